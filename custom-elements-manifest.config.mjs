// Generates custom-elements.json from the JSDoc headers of the element classes, and from it the
// editor data shipped in the package: VS Code custom data and JetBrains web-types.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/**
 * Two corrections to what the analyzer reads: it guesses an unnamed event for every
 * `dispatchEvent(new X())` (the @fires tags are the truth), and it lists the shared base class as
 * an element (only what has a tag is one).
 */
function tidyDeclarations() {
  return {
    name: 'door-help:tidy-declarations',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
      }
    },
  };
}

/** The manifest describes the shipped files (dist/*.js), not the TypeScript sources the package leaves out. */
function pointAtShippedFiles() {
  const shipped = (path) => (typeof path === 'string' ? path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') : path);
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shipped(child);
        else visit(child);
      }
    }
  };
  return { name: 'door-help:point-at-shipped-files', packageLinkPhase: ({ customElementsManifest }) => visit(customElementsManifest) };
}

export default {
  globs: ['src/components/**/*.ts', 'src/shared/element/door-help-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    tidyDeclarations(),
    // Editor data: written beside custom-elements.json and shipped (see package.json "files").
    customElementVsCodePlugin({ outdir: '.', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: '.', webTypesFileName: 'web-types.json', excludeCss: false }),
    // Last: the editor plugins read the source paths; the shipped manifest points at dist.
    pointAtShippedFiles(),
  ],
};
