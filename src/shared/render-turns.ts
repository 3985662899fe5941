/**
 * While a page loads, first renders take turns on the main thread, so a page that defines several
 * elements at once (a deferred script) never runs one long task: one render at a time, each
 * starting in the current task while it has spent less than TURN_MS, else in a new task.
 * Once the page has loaded, elements render at once, as Lit elements do. Browser-only; a server
 * render never waits.
 */
const TURN_MS = 12;

let taskStart: number | undefined;
let queue: Promise<unknown> = Promise.resolve();

function newTask(): Promise<void> {
  // A message is its own task and, unlike setTimeout, is not clamped or throttled.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

function startCounting(): void {
  taskStart = performance.now();
  // The next task starts the count again.
  void newTask().then(() => (taskStart = undefined));
}

// The task that evaluates this script has already spent its time (compiling door-help): no
// render starts in it. Checked lazily, since a server has no MessageChannel to wait with.
let loadedIn: 'pending' | 'done' = 'pending';
function skipLoadingTask(): void {
  if (loadedIn === 'done') return;
  loadedIn = 'done';
  taskStart = -Infinity;
  void newTask().then(() => (taskStart = undefined));
}

/** Whether `doc` is still loading (parsing, or running deferred scripts): then renders take turns. */
export function pageIsLoading(doc: Document | null | undefined): boolean {
  return Boolean(doc) && doc!.readyState !== 'complete';
}

/** Runs `render` (synchronous work) when its turn comes, after every render queued before it. */
export function takeTurn<T>(render: () => T): Promise<T> {
  skipLoadingTask();
  const turn = queue.then(async () => {
    if (taskStart !== undefined && performance.now() - taskStart >= TURN_MS) {
      await newTask();
      taskStart = undefined;
    }
    if (taskStart === undefined) startCounting();
    return render();
  });
  queue = turn.catch(() => undefined);
  return turn;
}
