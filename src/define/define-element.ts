import { VERSION } from '../version.js';

/** Elements carry the version that defined them, so a second copy can tell itself from a stranger. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version: string;
}

/**
 * Registers a door-help element once per page. The same version loaded twice (script tag twice,
 * or script tag plus npm build) is a silent no-op; another door-help version gets a warning; a
 * tag taken by another library gets an error naming the conflict. None of them throws.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  // The page's Trusted Types policy list refused Lit's policy (already said in one console error,
  // scripts/build/shared-trusted-types-policy.mjs): an element that cannot render is not started.
  if ((globalThis as Record<symbol, unknown>)[Symbol.for('door-help/trusted-types-refused')]) return;
  let existing: Partial<VersionedElement> | undefined;
  try {
    existing = registry.get(tag) as Partial<VersionedElement> | undefined;
  } catch {
    existing = undefined;
  }
  if (!existing) {
    // Each tag in its own guard: a registry that refuses one (a polyfill, a patched define) must
    // not stop the others, nor throw into the page.
    try {
      registry.define(tag, element);
    } catch (error) {
      console.error(`door-help ${VERSION}: the page's custom element registry refused <${tag}> (${String((error as Error)?.message ?? error).slice(0, 120)}); the other door-help elements are unaffected.`);
    }
    return;
  }
  if (existing === element || existing.version === VERSION) return;
  if (typeof existing.version === 'string') {
    console.warn(
      `door-help ${VERSION}: <${tag}> is already defined by door-help ${existing.version}; that copy stays in use. Load one version per page.`,
    );
  } else {
    console.error(
      `door-help ${VERSION}: the tag <${tag}> is already taken by another library, so door-help's <${tag}> was not defined. The other door-help elements are unaffected.`,
    );
  }
}
