import { emergencyNumbers } from '../../data/emergency-numbers.js';

const cache = new Map<string, { code: string; name: string }[]>();

/** A region's name in a language ("United Kingdom"), or its code where `Intl.DisplayNames` is missing. */
export function regionName(code: string, lang: string): string {
  return regionList(lang).find((entry) => entry.code === code)?.name ?? code;
}

/** Every region with a known emergency number, named in the language and sorted by name. */
export function regionList(lang: string): { code: string; name: string }[] {
  let list = cache.get(lang);
  if (list) return list;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  list = Object.keys(emergencyNumbers).map((code) => {
    let name = code;
    try {
      name = names?.of(code) ?? code;
    } catch {
      // A code this engine does not name: show the code.
    }
    return { code, name };
  });
  try {
    list.sort((a, b) => a.name.localeCompare(b.name, lang));
  } catch {
    list.sort((a, b) => (a.name < b.name ? -1 : 1));
  }
  cache.set(lang, list);
  return list;
}
