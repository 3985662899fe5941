import { adoptStyles, render, type CSSResultOrNative, type ReactiveControllerHost, type RenderOptions } from 'lit';
import { warnOnce } from '../platform/warn.js';
import { FIRST_STAGE } from '../platform/dom.js';

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
 * Our server's markup in a pre-rendered element's shadow root (or the first stage's, painted by
 * the script tag), taken when the element connects, so the first update can tell what happened
 * to it. Null for any other root (a root a page attached itself, to lay out a wrapper, is the page's).
 */
export function serverMarkupOf(host: HTMLElement, root: ShadowRoot | null): ChildNode[] | null {
  return root && (host.hasAttribute(RENDERED_WITH) || host.hasAttribute(FIRST_STAGE)) && root.firstChild ? [...root.childNodes] : null;
}

/** What the first update needs to start again from nothing. */
export interface FreshRender {
  root: ShadowRoot;
  styles: readonly CSSResultOrNative[];
  options: RenderOptions;
  value: () => unknown;
}

/**
 * The first update of a pre-rendered element, whether or not the page loaded Lit's hydration
 * support, in whichever build of Lit, without reading Lit's private fields (the production build
 * renames them). Lit either hydrates the server's nodes in place, or renders afresh after them
 * (LitElement's `renderBefore` is set to null when the root is made, so the new render never
 * hangs off a server node): new nodes in the root mean a fresh render, and the server's nodes go.
 * A hydration that throws (markup that does not match) ends in a clean render with the page's
 * settings, never in an empty element. All in the same task: no frame shows both, or neither.
 */
export function firstUpdateOver(server: ChildNode[], update: () => void, fresh: FreshRender): void {
  try {
    update();
  } catch (error) {
    server.forEach((node) => node.remove());
    // The hydration path skipped adopting the styles: the server's <style> carried them.
    adoptStyles(fresh.root, [...fresh.styles]);
    render(fresh.value(), fresh.root, { ...fresh.options, renderBefore: null });
    warnOnce(`pre-rendered markup could not be taken over (${String((error as Error)?.message ?? error).slice(0, 120)}); it was rendered afresh. Render it with the same door-help release.`);
    return;
  }
  const kept = new Set<Node>(server);
  if ([...fresh.root.childNodes].some((node) => !kept.has(node))) server.forEach((node) => node.remove());
}

/**
 * Markup already in an element's shadow root (pre-rendered, or painted by the script tag's first
 * stage), taken over in its first update: one helper for every element, the wrapper included.
 */
export class MarkupTakeover {
  private markup: ChildNode[] | null = null;

  /** In `createRenderRoot`: takes the markup, and places fresh renders after it, never before one of its nodes. */
  root(host: HTMLElement, options: RenderOptions, create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
    this.markup = serverMarkupOf(host, host.shadowRoot);
    const root = create();
    if (this.markup) options.renderBefore = null;
    return root;
  }

  /**
   * In `update`: the first update over the markup, replaced in the same turn as the first render,
   * never earlier (a frame painted in between would show an empty element, and the page would jump).
   */
  update(update: () => void, fresh: FreshRender): void {
    const markup = this.markup;
    this.markup = null;
    if (markup) firstUpdateOver(markup, update, fresh);
    else update();
  }
}
