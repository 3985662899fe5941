// Every shipped language at once (`import 'door-help/locales/all'`): for the server render, the
// demo pages and the tests. A page that wants one language loads door-help/locales/<lang> (or
// dist/door-help.<lang>.js), made from src/languages.ts by the build (scripts/build/locale-entries.mjs).
import { registerLocale } from '../i18n/registry.js';
import { LOADABLE_LANGUAGES } from '../languages.js';

for (const bundle of LOADABLE_LANGUAGES) registerLocale(bundle);
