/**
 * A language bundle from another release may lack a key, or have one of the wrong shape. Each
 * such key falls back to English on its own, so the element still shows everything (the call
 * button included) and only that piece is in English. A text a language adds that English does
 * not have (an optional line) is kept. Pure; reads the bundle's own properties only.
 */
export function withEnglishFallback<T>(given: unknown, english: T, path = '', missing: string[] = []): T {
  if (typeof english === 'string') {
    if (typeof given === 'string' && given.trim()) return given as T;
  } else if (Array.isArray(english)) {
    if (Array.isArray(given) && given.length === english.length) {
      return english.map((item, index) => withEnglishFallback(given[index], item, `${path}[${index}]`, missing)) as T;
    }
  } else if (english !== null && typeof english === 'object') {
    if (given !== null && typeof given === 'object' && !Array.isArray(given)) {
      const result: Record<string, unknown> = {};
      for (const key of Object.keys(english)) {
        const value = Object.hasOwn(given, key) ? (given as Record<string, unknown>)[key] : undefined;
        result[key] = withEnglishFallback(value, (english as Record<string, unknown>)[key], path ? `${path}.${key}` : key, missing);
      }
      // A line a language adds where English needs none (Spanish: how to ask for a Spanish
      // speaker): kept when it is text, so an optional key of the schema reaches the element.
      for (const key of Object.keys(given)) {
        const value = (given as Record<string, unknown>)[key];
        if (!Object.hasOwn(english, key) && typeof value === 'string' && value.trim()) result[key] = value;
      }
      return result as T;
    }
  } else if (typeof given === typeof english) {
    return given as T;
  }
  missing.push(path || '(all)');
  return english;
}
