// The language list (src/languages.ts) for the build and test scripts, which run in plain node:
// the tags of the languages that come in a file of their own.
import { loadTs } from '../load-ts.mjs';

const { LOADABLE_LANGUAGES } = await loadTs('src/languages.ts');

/** `['es']`: each is door-help/locales/<lang> and dist/door-help.<lang>.js. */
export const LOADABLE_LANGUAGE_TAGS = LOADABLE_LANGUAGES.map((bundle) => bundle.lang);
