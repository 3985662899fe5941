import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/**
 * The attribute the server render (src/ssr.ts) writes on a pre-rendered element: the page settings
 * its markup was made with, as JSON. The first client render must reproduce that markup exactly
 * (Lit's hydration rule), so it uses these settings; what only the browser knows (wrappers,
 * languages, stored answers and ticks, the reader's region) comes in the update right after.
 */
export const RENDERED_WITH = 'data-door-help-rendered';

/** True while a pre-rendered element has not had its first client update. */
export function awaitingHydration(host: Host): boolean {
  return !host.hasUpdated && host.hasAttribute(RENDERED_WITH);
}

/** Runs `then` now, or right after a pre-rendered element's first client update. */
export function afterHydration(host: Host, then: () => void): void {
  if (!awaitingHydration(host)) {
    then();
    return;
  }
  void host.updateComplete.then(() => {
    if (host.isConnected) then();
  });
}

/**
 * Call right before the first render with the shadow root the element had when it connected:
 * pre-rendered markup (RENDERED_WITH on the host) on a page without Lit's hydration support is
 * cleared, so the element renders afresh over it instead of beside it. With the support, Lit
 * hydrates it instead.
 */
export function clearUnhydratedMarkup(host: HTMLElement & { renderOptions: { renderBefore?: ChildNode | null } }, prerendered: ShadowRoot | null): void {
  // Only our server's markup: a root a page attached itself (to lay out a wrapper) is the page's.
  // Lit's hydration support marks the elements it will hydrate (lit-element-hydrate-support.js).
  if (!prerendered || !host.hasAttribute(RENDERED_WITH) || (host as { _$needsHydration?: boolean })._$needsHydration) return;
  prerendered.replaceChildren();
  // LitElement renders before the root's first child, which was the server's markup.
  host.renderOptions.renderBefore = null;
}
