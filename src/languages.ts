import type { LocaleBundle } from './data/bundle.js';
import { bundle as en } from './data/en/index.js';
import { bundle as es } from './data/es/index.js';
import { primaryLanguage } from './i18n/registry.js';

/**
 * Every language door-help ships, once. English is built into the elements and is what any
 * missing word falls back to; each other language is loaded by a file of its own. A new language
 * is a folder of words in src/data/<lang>/ (its index exports `bundle`; the schemas and the tests
 * check it against English) and a line here: the builds (door-help/locales/<lang> and
 * dist/door-help.<lang>.js), the iframe page, the server render, the plain HTML, the demo and the
 * tests read this list.
 */
export const LANGUAGES: readonly LocaleBundle[] = [en, es];

/** The built-in language. */
export const ENGLISH: LocaleBundle = en;

/** The languages that come in a file of their own (every one but English). */
export const LOADABLE_LANGUAGES: readonly LocaleBundle[] = LANGUAGES.filter((bundle) => bundle !== en);

/** The shipped bundle for a language tag, by exact tag then primary language (`es-MX` → `es`); English otherwise. */
export function shippedBundle(lang: string | null | undefined): LocaleBundle {
  const tag = (lang ?? '').trim().toLowerCase();
  const primary = primaryLanguage(tag);
  return LANGUAGES.find((bundle) => bundle.lang === tag) ?? LANGUAGES.find((bundle) => bundle.lang === primary) ?? en;
}
