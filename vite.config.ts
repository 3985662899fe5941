import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyCssTemplates } from './scripts/build/minify-templates.mjs';
import { sharedTrustedTypesPolicy } from './scripts/build/shared-trusted-types-policy.mjs';
import { ownSideEffects } from './scripts/build/own-side-effects.mjs';
import { firstScreenWords } from './scripts/build/first-stage.mjs';
import { localeEntries, localeEntry } from './scripts/build/locale-entries.mjs';
import { ELEMENT_TAGS, SINGLE_FILE_TAGS, tagsDefinedWith, type ElementTag } from './src/elements.js';
import { LOADABLE_LANGUAGES } from './src/languages.js';

const LANGUAGE_TAGS = LOADABLE_LANGUAGES.map((bundle) => bundle.lang);

/**
 * The builds, one config:
 * - `vite` (serve): the demo pages under /demo.
 * - `vite build`: the npm package, ES modules with lit left to the consumer's bundler.
 * - `vite build --mode script`: dist/door-help.esm.js, every element in one ES module.
 * - `DOOR_HELP_ELEMENT=<tag> vite build --mode parts`: dist/parts/<tag>.js, one element as a
 *   self-contained ES module, which its single-element first stage loads.
 * - `DOOR_HELP_STAGE=<door-help|tag> vite build --mode stage`: dist/door-help.js and dist/<tag>.js,
 *   the classic scripts for a plain <script src>: the first stage (src/first-stage/), which paints
 *   the emergency steps' first screen and then loads the elements (door-help.esm.js, or the part).
 * - `DOOR_HELP_LANGUAGE=<lang> vite build --mode locale`: dist/door-help.<lang>.js, one language's
 *   words for the script tag (each language of src/languages.ts but English).
 * - `vite build --mode embed`: dist/embed.html, .css and .js, the page an <iframe> points at.
 * (scripts/build/build-scripts.mjs runs each part and each stage.)
 */
const packageEntries = {
  index: 'src/index.ts',
  'define/all': 'src/define/all.ts',
  'define/lazy': 'src/define/lazy.ts',
  ...Object.fromEntries(ELEMENT_TAGS.map((tag) => [`define/${tag}`, `src/define/${tag}.ts`])),
  'locales/all': 'src/locales/all.ts',
  ...Object.fromEntries(LANGUAGE_TAGS.map((lang) => [`locales/${lang}`, localeEntry(lang)])),
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
    plugins: [ownSideEffects(), minifyCssTemplates(), sharedTrustedTypesPolicy(), localeEntries()],
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

/** Copies the embed page and its style into dist/ beside embed.js, with a script line for each language's file. */
function copyEmbedPage() {
  return {
    name: 'door-help:embed-page',
    async closeBundle() {
      const { copyFileSync, readFileSync, writeFileSync } = await import('node:fs');
      copyFileSync('src/embed/embed.css', 'dist/embed.css');
      const lines = LANGUAGE_TAGS.map((lang) => `<script src="./door-help.${lang}.js" defer></script>`).join('\n    ');
      writeFileSync('dist/embed.html', readFileSync('src/embed/embed.html', 'utf8').replace('<!-- door-help:languages -->', lines));
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
    return scriptFile('src/script-tag.ts', 'DoorHelp', ['es'], () => 'door-help.esm.js');
  }
  if (mode === 'parts') {
    // One element as a self-contained ES module (dist/parts/<tag>.js), which its first stage loads.
    const tag = process.env.DOOR_HELP_ELEMENT ?? '';
    if (!(SINGLE_FILE_TAGS as readonly string[]).includes(tag)) throw new Error(`DOOR_HELP_ELEMENT: expected one of ${SINGLE_FILE_TAGS.join(', ')}, got "${tag}"`);
    return scriptFile(`src/define/${tag}.ts`, 'DoorHelp', ['es'], () => `parts/${tag}.js`);
  }
  if (mode === 'stage') {
    // The first stage: no Lit but its style sheet helpers, so `lit` is only css-tag here.
    const name = process.env.DOOR_HELP_STAGE ?? '';
    const tags = name === 'door-help' ? ELEMENT_TAGS : (SINGLE_FILE_TAGS as readonly string[]).includes(name) ? [name] : null;
    if (!tags) throw new Error(`DOOR_HELP_STAGE: expected door-help or one of ${SINGLE_FILE_TAGS.join(', ')}, got "${name}"`);
    const config = scriptFile('src/first-stage/stage.ts', 'DoorHelp', ['iife'], () => `${name}.js`);
    // The modules it may load, smallest first, each with the tags it defines and its SRI hash (they
    // are built before the stages: scripts/build/build-scripts.mjs). door-help.js loads one element's
    // part for a page that uses only that one, and door-help.esm.js (every element) otherwise.
    const moduleOf = (file: string, tags: readonly string[]) => {
      const bytes = readFileSync(`dist/${file}`);
      return { module: { file, tags, integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}` }, size: bytes.length };
    };
    const parts = (name === 'door-help' ? SINGLE_FILE_TAGS : [name as ElementTag]).map((tag) => moduleOf(`parts/${tag}.js`, tagsDefinedWith(tag)));
    const modules = [...parts.sort((a, b) => a.size - b.size), ...(name === 'door-help' ? [moduleOf('door-help.esm.js', ELEMENT_TAGS)] : [])].map(({ module }) => module);
    return {
      ...config,
      plugins: [...config.plugins, firstScreenWords()],
      define: {
        __DOOR_HELP_STAGE_TAGS__: JSON.stringify(tags),
        __DOOR_HELP_STAGE_FILE__: JSON.stringify(`${name}.js`),
        __DOOR_HELP_STAGE_MODULES__: JSON.stringify(modules),
        __DOOR_HELP_STAGE_PAINTS__: JSON.stringify(tags.includes('door-emergency-steps')),
      },
      resolve: { alias: [{ find: /^lit$/, replacement: '@lit/reactive-element/css-tag.js' }] },
    };
  }
  if (mode === 'embed') {
    // The iframe page: its script, and its page and style copied beside it (src/embed/).
    const config = scriptFile('src/embed/embed.ts', 'DoorHelpEmbed', ['iife'], () => 'embed.js');
    return { ...config, plugins: [...config.plugins, copyEmbedPage()] };
  }
  if (mode === 'locale') {
    // One language as its own classic script, so pages in other languages never download it.
    const lang = process.env.DOOR_HELP_LANGUAGE ?? '';
    if (!LANGUAGE_TAGS.includes(lang)) throw new Error(`DOOR_HELP_LANGUAGE: expected one of ${LANGUAGE_TAGS.join(', ')}, got "${lang}"`);
    return scriptFile(localeEntry(lang), 'DoorHelpLocale', ['iife'], () => `door-help.${lang}.js`);
  }
  return {
    plugins: [ownSideEffects(), minifyCssTemplates(), localeEntries(LANGUAGE_TAGS), redirectRootToDemo()],
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
