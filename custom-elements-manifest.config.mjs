// Generates custom-elements.json from the JSDoc headers of the element classes.
/** The analyzer guesses an unnamed event for every `dispatchEvent(new X())`; the @fires tags are the truth. */
function dropUnnamedEvents() {
  return {
    name: 'door-help:drop-unnamed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/shared/door-help-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropUnnamedEvents()],
};
