// The build's entry for each language that comes in a file of its own (src/languages.ts): a
// module that registers the words of src/data/<lang>/, so a new language needs no entry file.
// `virtual:door-help/locale/<lang>` is door-help/locales/<lang> in the npm build (with its types
// file) and dist/door-help.<lang>.js for the script tag.
import { fileURLToPath } from 'node:url';

const PREFIX = 'virtual:door-help/locale/';
const root = fileURLToPath(new URL('../../', import.meta.url));

/** The entry id of a language's file. */
export const localeEntry = (lang) => `${PREFIX}${lang}`;

export function localeEntries(languages = []) {
  return {
    name: 'door-help:locale-entries',
    // Vite's library mode hands an entry over as a path under the root: the id is what follows.
    resolveId(id) {
      const at = id.indexOf(PREFIX);
      return at >= 0 ? `\0${id.slice(at)}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const lang = id.slice(PREFIX.length + 1);
      if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(lang)) throw new Error(`door-help: no language "${lang}"`);
      return [
        `// ${lang} for door-help: registering is the only effect; elements with lang="${lang}" (or inside one) switch.`,
        `import { bundle } from ${JSON.stringify(`${root}src/data/${lang}/index.ts`)};`,
        `import { registerLocale } from ${JSON.stringify(`${root}src/i18n/registry.ts`)};`,
        'registerLocale(bundle);',
      ].join('\n');
    },
    // The package build: door-help/locales/<lang> is imported for its effect alone; its types say so.
    generateBundle() {
      for (const lang of languages) this.emitFile({ type: 'asset', fileName: `types/locales/${lang}.d.ts`, source: `// Registers door-help's ${lang} words: import 'door-help/locales/${lang}'.\nexport {};\n` });
    },
  };
}
