import { elementUpdated } from '@open-wc/testing';

/** The rendered, visible-ish text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function inShadow<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${element.localName}>'s shadow root`);
  return found;
}

export function allInShadow<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Replaces a property of an object for one test; call the returned function to restore it. */
export function replaceProperty(target: object, name: string, descriptor: PropertyDescriptor): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { configurable: true, ...descriptor });
  return () => {
    if (own) Object.defineProperty(target, name, own);
    else delete (target as Record<string, unknown>)[name];
  };
}

/** Collects console messages of one level while a test runs. */
export function captureConsole(level: 'warn' | 'error') {
  const messages: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console[level] = original) };
}

export async function settle(element: Element): Promise<void> {
  await elementUpdated(element);
}

/** Makes session storage throw on every access, as a locked-down browser does. */
export function blockSessionStorage(): () => void {
  return replaceProperty(window, 'sessionStorage', {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** Pretends the browser's languages are `languages` (navigator.languages and navigator.language) for one test. */
export function browserLanguagesAre(languages: string[]): () => void {
  const restoreList = replaceProperty(navigator, 'languages', { get: () => Object.freeze([...languages]) });
  const restoreOne = replaceProperty(navigator, 'language', { get: () => languages[0] ?? '' });
  return () => {
    restoreOne();
    restoreList();
  };
}

/** Forgets every reader choice, tick and answer kept for the session (storage and memory). */
export async function forgetReaderState(): Promise<void> {
  const { safeSessionStorage } = await import('../../src/logic/storage.js');
  const { slotOf } = await import('../../src/shared/platform/session-state.js');
  for (const [kind, key] of [
    ['region', 'door-help:region'],
    ['ticks', 'door-help:emergency-steps'],
    ['answers', 'door-help:diagnosis'],
    ['ticks', 'door-help:diagnosis:checks'],
  ] as const) safeSessionStorage.remove(slotOf(kind, key));
  sessionStorage.clear();
}
