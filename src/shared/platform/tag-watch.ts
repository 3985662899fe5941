/**
 * Watches a document for door-help tags, so their code loads only when a page uses them (the
 * script tag's first stage, `door-help/define/lazy`). `visit` runs now, when parsing ends, on each
 * batch of added nodes until every tag has been found, and once the page is idle with the tags
 * found inside open shadow roots, where an observer on the document sees nothing.
 */
export function watchTags(doc: Document, tags: readonly string[], visit: (found: readonly string[]) => void): void {
  const seen = new Set<string>();
  const report = (found: Iterable<string>) => {
    const list = [...found].filter((tag) => tags.includes(tag));
    list.forEach((tag) => seen.add(tag));
    visit(list);
  };
  const look = () => report(tags.filter((tag) => doc.querySelector(tag)));
  look();
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', look, { once: true });
  if (typeof MutationObserver === 'function') {
    const observer = new MutationObserver(() => {
      look();
      if (seen.size === tags.length) observer.disconnect();
    });
    observer.observe(doc, { childList: true, subtree: true });
  }
  const deepLook = () => {
    try {
      report(tagsIn(doc));
    } catch {
      // A page that broke the DOM's query methods: the tags in the document were found above.
    }
  };
  whenIdle(doc, deepLook);
}

/** Runs `then` once the page has loaded and the main thread is idle (or 2 s later at most). */
export function whenIdle(doc: Document, then: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => void }).requestIdleCallback;
  const later = () => (idle ? idle(then, { timeout: 2000 }) : setTimeout(then, 200));
  if (doc.readyState === 'complete') later();
  else doc.defaultView?.addEventListener('load', later, { once: true });
}

/** The tags in a tree, open shadow roots included. */
function tagsIn(root: Document | ShadowRoot, found = new Set<string>()): Set<string> {
  for (const element of root.querySelectorAll('*')) {
    found.add(element.localName);
    if (element.shadowRoot) tagsIn(element.shadowRoot, found);
  }
  return found;
}
