import type { LocaleBundle } from '../data/bundle.js';

/**
 * The languages loaded on this page. It lives on a global symbol so that a separately loaded
 * locale file (dist/door-help.es.js) and the main script find each other in either load order.
 */
interface Registry {
  bundles: Map<string, LocaleBundle>;
  listeners: Set<() => void>;
}

const KEY = Symbol.for('door-help/locales@1');

function registry(): Registry {
  const global = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (global[KEY] ??= { bundles: new Map(), listeners: new Set() });
}

/**
 * Adds a language; elements showing it (or waiting for it) re-render. A bundle is checked here:
 * one without its own `lang` is refused with a warning; any key it lacks (a file from another
 * release) falls back to English where it is used (src/shared/controllers/settings.controller.ts).
 */
export function registerLocale(bundle: LocaleBundle): void {
  const lang: unknown = bundle !== null && typeof bundle === 'object' && Object.hasOwn(bundle, 'lang') ? bundle.lang : undefined;
  if (typeof lang !== 'string' || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(lang)) {
    console.warn('door-help: a language file without a valid `lang` was ignored; load one from the same door-help release.');
    return;
  }
  const { bundles, listeners } = registry();
  bundles.set(lang.toLowerCase(), bundle);
  for (const listener of [...listeners]) listener();
}

/** The primary language subtag: `es-US` → `es`. */
export function primaryLanguage(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The bundle for a language tag, by exact tag then primary language; undefined when not loaded. */
export function loadedBundle(lang: string | null | undefined): LocaleBundle | undefined {
  const { bundles } = registry();
  const tag = (lang ?? '').trim().toLowerCase();
  return bundles.get(tag) ?? bundles.get(primaryLanguage(tag));
}

export function onLocalesChange(listener: () => void): () => void {
  const { listeners } = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
