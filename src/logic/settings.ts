import { emergencyNumbers, recallLookups, regionAliases } from '../data/emergency-numbers.js';
import type { EmergencyNumber } from '../data/types.js';
import { regionOfTimeZone } from './time-zones.js';

/**
 * How every element decides its region, language, money locale, currency and theme: one pure
 * function over an explicit chain, so the browser, a server render and the tests all apply the
 * same rules. The DOM side (src/shared/controllers/settings.controller.ts) only reads the chain.
 *
 * Chain, first set value wins, field by field:
 *   1. the element's own attribute or property
 *   2. every enclosing `<door-help>`, nearest first
 *   3. (region only) the reader's own choice this session: a region we know, or "another country"
 *   4. (region only) the device's time zone, when it belongs to one country (./time-zones.ts);
 *      a real place outside the number table ends the chain with no number (no language guess)
 *   5. the nearest `lang` (crossing shadow roots to their hosts, up to `<html lang>`)
 *   6. the browser's languages
 * Regions from 4 to 6 are guesses and are shown as such. A server render has no time zone: it
 * keeps 5 and 6, and the browser's update after hydration adds 4. Whitespace means "not set".
 */

/** The settings one link of the chain may give: an element, or a `<door-help>` wrapper. */
export interface SettingsLayer {
  region?: unknown;
  locale?: unknown;
  currency?: unknown;
  theme?: unknown;
}

export interface SettingsChain {
  own: SettingsLayer;
  /** Enclosing `<door-help>` wrappers, nearest first. */
  wrappers?: readonly SettingsLayer[];
  /** The nearest `lang`, from the element up to the document's. */
  lang?: string | null | undefined;
  /** `navigator.languages`, in the reader's order. */
  browserLanguages?: readonly string[] | undefined;
  /** The region the reader chose this session; `''` when they chose "another country". */
  readerRegion?: string | null | undefined;
  /**
   * The device's IANA time zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`), browser
   * only; or a function that reads it, called only when the chain gets that far (the first date
   * formatter of a page costs tens of ms on a slow phone, and a site author's region never needs it).
   */
  timeZone?: string | null | undefined | (() => string | null | undefined);
}

/** Where a region came from. `timezone`, `language` and `browser` are guesses. */
export type RegionSource = 'element' | 'wrapper' | 'reader' | 'timezone' | 'language' | 'browser' | 'none';

export interface ResolvedRegion {
  /** An upper-case ISO 3166-1 alpha-2 code, or null when none is known or the setting is unusable. */
  code: string | null;
  source: RegionSource;
  /** Inferred from a language: the reader is offered a way to correct it. */
  guess: boolean;
  /** The site author's value when it was refused (for the one console message), else undefined. */
  refused?: string | undefined;
}

export interface ResolvedSettings {
  region: ResolvedRegion;
  /** The emergency line for the region, or null: never a number we are not sure of. */
  line: EmergencyNumber | null;
  /** The language tag the element speaks, e.g. `es-US`, or null when nothing names one. */
  lang: string | null;
  /** Locale for money: the element's or a wrapper's `locale`, else the language. */
  locale: string | null;
  /** A currency code as given (checked where it is used), or null. */
  currency: string | null;
  theme: string | null;
}

const ALPHA2 = /^[A-Z]{2}$/;

/** A set value, trimmed; undefined for "not set" (missing, null, or only whitespace). */
function given(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  return value;
}

type RegionValue = { code: string } | { refused: string } | undefined;

/** One region setting, normalised: upper case, aliases (`UK` → `GB`); refused when not a region code. */
export function normalizeRegion(value: unknown): RegionValue {
  const set = given(value);
  if (set === undefined) return undefined;
  if (typeof set !== 'string') return { refused: `(a ${typeof set}, not a string)` };
  const upper = set.toUpperCase();
  const code = Object.hasOwn(regionAliases, upper) ? regionAliases[upper]! : upper;
  return ALPHA2.test(code) ? { code } : { refused: set.slice(0, 40) };
}

/** The region subtag of a BCP 47 language tag (`en-GB` → `GB`), or null (also for `es-419`). */
export function regionOfLanguageTag(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string' || !tag.trim()) return null;
  try {
    const region = new Intl.Locale(tag.trim()).region;
    return region && ALPHA2.test(region) ? region : null;
  } catch {
    // No Intl.Locale (old engines) or not a tag: read the subtag by hand.
    const match = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(tag.trim());
    return match ? match[1]!.toUpperCase() : null;
  }
}

/**
 * The region is known and is not the US or a US territory (the area NHTSA's recall search
 * covers): the steps name no US club or agency, and US prices are labelled as US dollars.
 */
export function outsideUS(code: string | null): boolean {
  return Boolean(code) && !(Object.hasOwn(recallLookups, code!) && recallLookups[code!]!.service === 'nhtsa');
}

/** The emergency line for a region, or null when we do not know it for sure. */
export function emergencyLineFor(code: string | null): EmergencyNumber | null {
  return code && Object.hasOwn(emergencyNumbers, code) ? emergencyNumbers[code]! : null;
}

export function resolveRegion(chain: SettingsChain): ResolvedRegion {
  const layers: [SettingsLayer, RegionSource][] = [[chain.own, 'element'], ...(chain.wrappers ?? []).map((w): [SettingsLayer, RegionSource] => [w, 'wrapper'])];
  let authorRefused: ResolvedRegion | undefined;
  for (const [layer, source] of layers) {
    const value = normalizeRegion(layer.region);
    if (!value) continue;
    if ('code' in value) {
      // A site author's region with a known number is final; the reader cannot be shown another.
      if (emergencyLineFor(value.code)) return { code: value.code, source, guess: false };
      authorRefused = { code: value.code, source, guess: false };
    } else {
      // Refused: never fall back to a guess that could be a wrong number.
      authorRefused = { code: null, source, guess: false, refused: value.refused };
    }
    break;
  }
  // The reader's own choice fills in where the author gave no usable region, and beats any guess.
  // Only a choice the chooser offers counts: a region we know, or '' ("another country"). Anything
  // else in storage was not the reader's (another script on the site, an older format).
  const reader = typeof chain.readerRegion === 'string' ? chain.readerRegion : undefined;
  if (reader === '') return { code: null, source: 'reader', guess: false };
  const chosen = reader === undefined ? undefined : normalizeRegion(reader);
  if (chosen && 'code' in chosen && emergencyLineFor(chosen.code)) return { code: chosen.code, source: 'reader', guess: false };
  if (authorRefused) return authorRefused;
  // The time zone beats every language: it says where the device is, a language only what it reads.
  const fromZone = regionOfTimeZone(typeof chain.timeZone === 'function' ? chain.timeZone() : chain.timeZone);
  if (fromZone) return { code: fromZone, source: 'timezone', guess: true };
  if (fromZone === null) return { code: null, source: 'timezone', guess: false };
  const fromLang = regionOfLanguageTag(chain.lang);
  if (fromLang) return { code: fromLang, source: 'language', guess: true };
  for (const tag of chain.browserLanguages ?? []) {
    const fromBrowser = regionOfLanguageTag(tag);
    if (fromBrowser) return { code: fromBrowser, source: 'browser', guess: true };
  }
  return { code: null, source: 'none', guess: false };
}

/** The first text value set along the element and its wrappers, trimmed; non-text values are skipped. */
function firstText(chain: SettingsChain, field: keyof SettingsLayer): string | null {
  for (const layer of [chain.own, ...(chain.wrappers ?? [])]) {
    const value = given(layer[field]);
    if (typeof value === 'string') return value;
  }
  return null;
}

export function resolveSettings(chain: SettingsChain): ResolvedSettings {
  const region = resolveRegion(chain);
  const lang = typeof chain.lang === 'string' && chain.lang.trim() ? chain.lang.trim() : null;
  return {
    region,
    line: emergencyLineFor(region.code),
    lang,
    locale: firstText(chain, 'locale') ?? lang,
    currency: firstText(chain, 'currency'),
    theme: firstText(chain, 'theme'),
  };
}

/** The page's part of the chain, as a server render records it on a pre-rendered element. */
export type PageSettings = Omit<SettingsChain, 'own'>;

const LAYER_FIELDS = ['region', 'locale', 'currency', 'theme'] as const;

const textOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A layer of plain strings, read from own properties only. */
function layerOf(value: unknown): SettingsLayer {
  const layer: Record<string, string | undefined> = {};
  if (value && typeof value === 'object') {
    for (const field of LAYER_FIELDS) if (Object.hasOwn(value, field)) layer[field] = textOrUndefined((value as Record<string, unknown>)[field]);
  }
  return layer;
}

/** Writes the wrappers and language a server rendered with (the browser's own inputs stay out). */
export function encodePageSettings(page: PageSettings): string {
  return JSON.stringify({ wrappers: (page.wrappers ?? []).map(layerOf), lang: textOrUndefined(page.lang) ?? null });
}

/** Reads what `encodePageSettings` wrote; anything else is an empty page. Never throws. */
export function decodePageSettings(text: string | null | undefined): PageSettings {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    return {};
  }
  if (!value || typeof value !== 'object') return {};
  const record = value as Record<string, unknown>;
  const wrappers = Object.hasOwn(record, 'wrappers') && Array.isArray(record.wrappers) ? record.wrappers.slice(0, 8).map(layerOf) : [];
  const lang = Object.hasOwn(record, 'lang') ? textOrUndefined(record.lang) : undefined;
  return { wrappers, lang: lang ?? null };
}
