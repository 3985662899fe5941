/**
 * The registration modules are side effects by design. package.json's "sideEffects" lists only the
 * shipped files (dist/), so builds that start from src/ (the script files, the bench's
 * single-element builds) are told about src/ directly.
 */
export function ownSideEffects() {
  return {
    name: 'door-help:own-side-effects',
    transform(code, id) {
      if (/\/src\/(define\/[^/]+|locales\/[^/]+|script-tag)\.ts$/.test(id)) return { code, moduleSideEffects: true };
      return null;
    },
  };
}
