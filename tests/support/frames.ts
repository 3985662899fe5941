/** Test pages in iframes, each with its own window and custom element registry. */

/** Catches console errors and uncaught errors in the frame before any of its scripts run. */
const PROBE = `<script>
  window.__errors = [];
  window.__warnings = [];
  const error = console.error, warn = console.warn;
  console.error = (...a) => { __errors.push(a.map(String).join(' ')); error.apply(console, a); };
  console.warn = (...a) => { __warnings.push(a.map(String).join(' ')); warn.apply(console, a); };
  addEventListener('error', (e) => __errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
</script>`;

export type ProbedWindow = Window & typeof globalThis & { __errors: string[]; __warnings: string[] };

export async function loadFrame(html: string, { width = 800, height = 600 }: { width?: number; height?: number } = {}): Promise<HTMLIFrameElement> {
  // Same-origin frames share this tab's session storage: start each page without saved answers.
  sessionStorage.clear();
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const withProbe = html.includes('<head>') ? html.replace('<head>', `<head>${PROBE}`) : `<!doctype html><html lang="en"><head>${PROBE}</head><body>${html}</body></html>`;
  frame.srcdoc = withProbe;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Loads a page of this repo (e.g. /demo/blog.html) as the reader would get it. */
export async function loadRepoPage(path: string, options?: { width?: number; height?: number }): Promise<HTMLIFrameElement> {
  const source = await (await fetch(path)).text();
  return loadFrame(source.replace('<head>', `<head><base href="${path}">`), options);
}

export function frameWindow(frame: HTMLIFrameElement): ProbedWindow {
  return frame.contentWindow as ProbedWindow;
}

/** Waits until every element matching the selector has rendered its shadow root. */
export async function renderedIn(frame: HTMLIFrameElement, selector: string): Promise<HTMLElement[]> {
  const doc = frame.contentDocument!;
  for (let i = 0; i < 200; i += 1) {
    const elements = [...doc.querySelectorAll<HTMLElement>(selector)];
    // A first-stage screen (the script tag's, src/first-stage/) is not the element yet: wait for its takeover.
    if (elements.length && elements.every((el) => el.shadowRoot?.childElementCount && !el.hasAttribute('data-door-help-first-stage'))) {
      await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
      return elements;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${selector} did not render in ${frame.srcdoc.slice(0, 80)}`);
}

export function removeFrames(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}
