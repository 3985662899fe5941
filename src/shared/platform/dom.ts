/** Marks a door-help element's own frame, whose `lang` is the language it shows, not a setting to inherit. */
export const FRAME_ATTRIBUTE = 'data-door-help-frame';

/**
 * Marks an element whose shadow root the script tag's first stage painted (src/first-stage/): the
 * element takes that markup over in its first render, as it takes over pre-rendered markup.
 */
export const FIRST_STAGE = 'data-door-help-first-stage';

/**
 * DOM look-ups the elements make when connected (never in constructors or render, which must
 * stay server-renderable).
 */

/** The parent element, or the host of the shadow root the element sits in. */
export function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && 'host' in root ? ((root as ShadowRoot).host ?? null) : null;
}

/** The `lang` of the element or its nearest ancestor, crossing shadow roots, else `<html lang>`. */
export function nearestLang(element: Element): string | null {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    // A door-help element's own frame says the language it shows; it is not a page setting.
    if (node.hasAttribute(FRAME_ATTRIBUTE)) continue;
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim()) return lang;
  }
  return null;
}

/** Every `<door-help>` around the element, nearest first, crossing shadow roots. */
export function enclosingWrappers(element: Element): Element[] {
  const wrappers: Element[] = [];
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    if (node.localName === 'door-help') wrappers.push(node);
  }
  return wrappers;
}

/** The roots an element lives in, innermost first: its shadow roots, then its document. */
export function rootsOf(element: Element): Node[] {
  const roots: Node[] = [];
  for (let root = element.getRootNode(); ; ) {
    roots.push(root);
    const host = (root as ShadowRoot).host;
    if (!host) return roots;
    root = host.getRootNode();
  }
}

/** Whether the element has been upgraded to the class registered for its tag. */
function isUpgraded(element: Element): boolean {
  return globalThis.customElements?.get(element.localName) === element.constructor;
}

/**
 * One setting of a door-help element that may not be upgraded yet: a property a framework set
 * before the definition (an own property), the upgraded element's property, else the attribute.
 * Never a value inherited from a polluted prototype.
 */
export function readSetting(element: Element, property: string, attribute = property): unknown {
  if (Object.hasOwn(element, property)) return (element as unknown as Record<string, unknown>)[property];
  if (isUpgraded(element)) return (element as unknown as Record<string, unknown>)[property];
  return element.getAttribute(attribute) ?? undefined;
}

/** The reader's browser languages, most preferred first. */
export function browserLanguages(): string[] {
  const nav = globalThis.navigator;
  const list = nav?.languages?.length ? [...nav.languages] : nav?.language ? [nav.language] : [];
  return list.filter((tag): tag is string => typeof tag === 'string');
}

let timeZone: string | undefined;

/** The device's IANA time zone, read once per page (making a date formatter is not free on a slow phone). */
export function deviceTimeZone(): string | undefined {
  timeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return timeZone;
}

/** Copies text; resolves false where the clipboard is unavailable or refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await globalThis.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
