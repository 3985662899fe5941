import { defineConfig } from 'vite';
import { minifyCssTemplates } from './scripts/minify-templates.mjs';
import { sharedTrustedTypesPolicy } from './scripts/shared-trusted-types-policy.mjs';
import { ownSideEffects } from './scripts/own-side-effects.mjs';
import { ELEMENT_TAGS, SINGLE_FILE_TAGS } from './src/elements.js';

/**
 * Four builds, one config:
 * - `vite` (serve): the demo pages under /demo.
 * - `vite build`: the npm package, ES modules with lit and zod left to the consumer's bundler.
 * - `vite build --mode script`: dist/door-help.js, one self-contained classic script (IIFE) for a
 *   plain <script src>, and its ES-module twin dist/door-help.esm.js.
 * - `vite build --mode locale-es`: dist/door-help.es.js, the Spanish text for the script tag.
 * - `vite build --mode embed`: dist/embed.html, .css and .js, the page an <iframe> points at.
 * - `DOOR_HELP_ELEMENT=<tag> vite build --mode element`: dist/<tag>.js, one element alone
 *   (scripts/build-elements.mjs builds each).
 */
const packageEntries = {
  index: 'src/index.ts',
  'define/all': 'src/define/all.ts',
  ...Object.fromEntries(ELEMENT_TAGS.map((tag) => [`define/${tag}`, `src/define/${tag}.ts`])),
  'locales/es': 'src/locales/es.ts',
  ssr: 'src/ssr.ts',
  plain: 'src/plain.ts',
  'hydrate-support': 'src/hydrate-support.ts',
  react: 'src/react.ts',
  'react-jsx': 'src/react-jsx.ts',
  vue: 'src/vue.ts',
  svelte: 'src/svelte.ts',
};

/** A self-contained file for a <script> tag: everything bundled, minified, written beside the npm build. */
function scriptFile(entry: string, name: string, formats: ('iife' | 'es')[], fileName: (format: string) => string) {
  return {
    plugins: [ownSideEffects(), minifyCssTemplates(), sharedTrustedTypesPolicy()],
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

/** Copies the embed page and its style into dist/ beside embed.js. */
function copyEmbedPage() {
  return {
    name: 'door-help:embed-page',
    async closeBundle() {
      const { copyFileSync } = await import('node:fs');
      for (const file of ['embed.html', 'embed.css']) copyFileSync(`src/embed/${file}`, `dist/${file}`);
    },
  };
}

/** `npm start` serves the repository: its root redirects to the demo index, which is what there is to see. */
function redirectRootToDemo() {
  return {
    name: 'door-help:root-to-demo',
    configureServer(server: { middlewares: { use(handler: (req: { url?: string }, res: { statusCode: number; setHeader(name: string, value: string): void; end(): void }, next: () => void) => void): void } }) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/' && req.url !== '/index.html') return next();
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'script') {
    return scriptFile('src/script-tag.ts', 'DoorHelp', ['iife', 'es'], (format) => (format === 'iife' ? 'door-help.js' : 'door-help.esm.js'));
  }
  if (mode === 'element') {
    // One element as its own classic script (dist/door-emergency-steps.js, …), for pages that use only it.
    const tag = process.env.DOOR_HELP_ELEMENT ?? '';
    if (!(SINGLE_FILE_TAGS as readonly string[]).includes(tag)) throw new Error(`DOOR_HELP_ELEMENT: expected one of ${SINGLE_FILE_TAGS.join(', ')}, got "${tag}"`);
    return scriptFile(`src/define/${tag}.ts`, 'DoorHelp', ['iife'], () => `${tag}.js`);
  }
  if (mode === 'embed') {
    // The iframe page: its script, and its page and style copied beside it (src/embed/).
    const config = scriptFile('src/embed/embed.ts', 'DoorHelpEmbed', ['iife'], () => 'embed.js');
    return { ...config, plugins: [...config.plugins, copyEmbedPage()] };
  }
  if (mode === 'locale-es') {
    // Spanish as its own classic script, so English-only pages never download it.
    return scriptFile('src/locales/es.ts', 'DoorHelpEs', ['iife'], () => 'door-help.es.js');
  }
  return {
    plugins: [ownSideEffects(), minifyCssTemplates(), redirectRootToDemo()],
    server: { open: false },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2021',
      minify: false,
      lib: { entry: packageEntries, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^zod($|\/)/, /^@lit-labs\//, /^@lit\/react/, /^react($|\/)/, /^vue($|\/)/, /^svelte($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
