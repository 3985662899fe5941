import { defineConfig } from 'vite';
import { minifyCssTemplates } from './scripts/minify-templates.mjs';
import { sharedTrustedTypesPolicy } from './scripts/shared-trusted-types-policy.mjs';

/**
 * Four builds, one config:
 * - `vite` (serve): the demo pages under /demo.
 * - `vite build`: the npm package, ES modules with lit and zod left to the consumer's bundler.
 * - `vite build --mode script`: dist/door-help.js, one self-contained classic script (IIFE) for a
 *   plain <script src>, and its ES-module twin dist/door-help.esm.js.
 * - `vite build --mode locale-es`: dist/door-help.es.js, the Spanish text for the script tag.
 */
const packageEntries = {
  index: 'src/index.ts',
  'define/all': 'src/define/all.ts',
  'define/door-emergency-steps': 'src/define/door-emergency-steps.ts',
  'define/door-diagnosis': 'src/define/door-diagnosis.ts',
  'define/repair-cost': 'src/define/repair-cost.ts',
  'define/door-help': 'src/define/door-help.ts',
  'locales/es': 'src/locales/es.ts',
};

/** A self-contained file for a <script> tag: everything bundled, minified, written beside the npm build. */
function scriptFile(entry: string, name: string, formats: ('iife' | 'es')[], fileName: (format: string) => string) {
  return {
    plugins: [minifyCssTemplates(), sharedTrustedTypesPolicy()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      lib: { entry, name, formats, fileName },
      // Library builds keep whitespace in ES output; these are finished files, so minify them fully.
      rolldownOptions: { output: { minify: true } },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'script') {
    return scriptFile('src/script-tag.ts', 'DoorHelp', ['iife', 'es'], (format) => (format === 'iife' ? 'door-help.js' : 'door-help.esm.js'));
  }
  if (mode === 'locale-es') {
    // Spanish as its own classic script, so English-only pages never download it.
    return scriptFile('src/locales/es.ts', 'DoorHelpEs', ['iife'], () => 'door-help.es.js');
  }
  return {
    plugins: [minifyCssTemplates()],
    server: { open: false },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2021',
      minify: false,
      lib: { entry: packageEntries, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^zod($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
