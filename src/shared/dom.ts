/**
 * DOM look-ups the elements make when connected (never in constructors or render, which must
 * stay server-renderable).
 */

/** The `lang` of the element or its nearest ancestor, crossing shadow roots, else `<html lang>`. */
export function nearestLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return null;
}

export function navigatorLanguage(): string | null {
  return globalThis.navigator?.language ?? null;
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
