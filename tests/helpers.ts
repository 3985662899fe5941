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
