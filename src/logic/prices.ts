import { repairIds } from '../data/repair-ids.js';
import { MAX_PRICE_LIST_TEXT } from '../data/limits.js';
import type { RepairId } from '../data/types.js';
import { isCurrencyCode } from './cost.js';

/** A dealer's own prices, as a site gives them (property, JSON attribute or `prices-src`). */
export interface PriceList {
  /** The language of the dealer's own notes (they are the dealer's words, not the page's). */
  lang?: string | undefined;
  currency?: string | undefined;
  laborRate?: number | undefined;
  note?: string | undefined;
  bookingUrl?: string | undefined;
  phone?: string | undefined;
  repairs?: Partial<Record<RepairId, { min: number; max?: number | null | undefined; note?: string | undefined }>> | undefined;
}

export type PriceListParse =
  | { ok: true; prices: PriceList }
  | { ok: false; field: string; message: string; /** A short copy of the refused value, for the console. */ received?: string };

/** What a refused currency should have been, for the site author (price lists and `currency`). */
export const CURRENCY_EXPECTED = 'an ISO 4217 currency code such as USD or EUR';

/** A JSON attribute or response larger than this is refused before parsing. */
export const MAX_PRICE_LIST_CHARS = 100_000;

/** Only https links (or same-page relative ones resolved to https) may be rendered. */
export function isSafeLink(value: string, base?: string): boolean {
  try {
    return new URL(value, base).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The price-list rules of `priceListSchema` (src/data/schemas/prices.ts), checked by hand: zod would add
 * 6 KB to every page (and 120 KB under esbuild) for this one small shape. The tests hold the two
 * to the same answers and the same field names. Reads own properties only.
 */
const PHONE = /^\+?[0-9][0-9 ().-]{2,24}$/;
/**
 * A dealer's number has at least 7 digits. Every emergency number we know is 3 to 5 digits
 * (src/data/schemas/prices.ts), so no placeholder such as "000", "911", "999" or "112" can become a
 * "service desk" button that dials an emergency line, and no other short code either.
 */
const FULL_NUMBER = /(?:\d\D*){7}/;
export const PHONE_EXPECTED = 'a full phone number (at least 7 digits; never an emergency or short code) of digits, spaces and + ( ) - .';

/** A trunk "(0)" written after a country code ("+44 (0)20 …") is not dialled from abroad or a mobile: dropped. */
const TRUNK_AFTER_COUNTRY = /^(\+\d{1,3})[\s.-]*\(0\)[\s.-]*/;

/** The dealer's number as the reader sees it: exactly the digits the link dials, in the dealer's grouping. */
export function shownPhone(phone: string): string {
  return phone.trim().replace(TRUNK_AFTER_COUNTRY, '$1 ').replace(/\s+/g, ' ');
}

/** The dealer's number as the `tel:` link dials it: digits, and a leading + for a country code. */
export function dialledPhone(phone: string): string {
  const shown = shownPhone(phone);
  return (shown.startsWith('+') ? '+' : '') + shown.replace(/\D/g, '');
}
const TOP_FIELDS = ['lang', 'currency', 'laborRate', 'note', 'bookingUrl', 'phone', 'repairs'] as const;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const RANGE_FIELDS = ['min', 'max', 'note'] as const;

class Refusal {
  constructor(
    readonly path: string[],
    readonly message: string,
  ) {}
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (record: Record<string, unknown>, key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);

function text(value: unknown, path: string[]): string {
  if (typeof value !== 'string') throw new Refusal(path, 'expected string');
  if (value.length > MAX_PRICE_LIST_TEXT) throw new Refusal(path, `expected text of at most ${MAX_PRICE_LIST_TEXT} characters`);
  return value;
}

function amount(value: unknown, path: string[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Refusal(path, 'expected number');
  if (value < 0) throw new Refusal(path, 'expected a number of 0 or more');
  return value;
}

function matching(value: unknown, path: string[], test: (text: string) => boolean, what: string): string {
  if (typeof value !== 'string') throw new Refusal(path, 'expected string');
  if (!test(value)) throw new Refusal(path, `expected ${what}`);
  return value;
}

function unknownKeys(record: Record<string, unknown>, known: readonly string[], path: string[], message: string) {
  const extra = Object.keys(record).find((key) => !known.includes(key));
  if (extra !== undefined) throw new Refusal([...path, extra], message);
}

function repairRange(value: unknown, path: string[]) {
  if (!isRecord(value)) throw new Refusal(path, 'expected object');
  const min = amount(own(value, 'min'), [...path, 'min']);
  const rawMax = own(value, 'max');
  const max = rawMax === undefined || rawMax === null ? rawMax : amount(rawMax, [...path, 'max']);
  const rawNote = own(value, 'note');
  const note = rawNote === undefined ? undefined : text(rawNote, [...path, 'note']);
  unknownKeys(value, RANGE_FIELDS, path, 'unknown field');
  if (max != null && max < min) throw new Refusal([...path, 'max'], 'expected a max of at least min');
  return { min, max, note };
}

/** Checks a parsed list; returns a fresh object whose every field is an own property. */
function checkPriceList(value: unknown): PriceList {
  if (!isRecord(value)) throw new Refusal([], 'expected object');
  const field = (key: (typeof TOP_FIELDS)[number], check: (input: unknown, path: string[]) => unknown) => {
    const input = own(value, key);
    return input === undefined ? undefined : check(input, [key]);
  };
  const prices: PriceList = {
    lang: field('lang', (v, p) => matching(v, p, (tag) => LANGUAGE_TAG.test(tag), 'a language tag such as en or de-AT')) as string | undefined,
    currency: field('currency', (v, p) => matching(v, p, isCurrencyCode, CURRENCY_EXPECTED)) as string | undefined,
    laborRate: field('laborRate', amount) as number | undefined,
    note: field('note', text) as string | undefined,
    bookingUrl: field('bookingUrl', (v, p) => matching(v, p, (url) => isSafeLink(url), 'an https:// link')) as string | undefined,
    phone: field('phone', (v, p) => matching(v, p, (phone) => PHONE.test(phone) && FULL_NUMBER.test(phone), PHONE_EXPECTED)) as string | undefined,
    repairs: field('repairs', (input, path) => {
      if (!isRecord(input)) throw new Refusal(path, 'expected record');
      // No prototype: reading `repairs.latch` never finds a value a page put on Object.prototype.
      const repairs = Object.create(null) as NonNullable<PriceList['repairs']>;
      for (const key of Object.keys(input)) {
        if (!(repairIds as readonly string[]).includes(key)) throw new Refusal([...path, key], `unknown repair id; expected one of ${repairIds.join(', ')}`);
        const range = own(input, key);
        if (range !== undefined) repairs[key as RepairId] = repairRange(range, [...path, key]);
      }
      return repairs;
    }) as PriceList['repairs'],
  };
  unknownKeys(value, TOP_FIELDS, [], 'unknown field');
  return prices;
}

/**
 * Validates a dealer price list. A string is read as JSON. On any error the whole list is refused
 * (the bundled ranges stay) and the first problem is named for the site author.
 */
export function parsePriceList(input: unknown): PriceListParse {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_PRICE_LIST_CHARS) return { ok: false, field: 'prices', message: `expected JSON under ${MAX_PRICE_LIST_CHARS} characters` };
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, field: 'prices', message: 'expected valid JSON' };
    }
  }
  try {
    return { ok: true, prices: checkPriceList(value) };
  } catch (error) {
    if (!(error instanceof Refusal)) return { ok: false, field: 'prices', message: `a price list could not be checked (${String(error)})` };
    const refused = valueAt(value, error.path);
    return {
      ok: false,
      field: ['prices', ...error.path].join('.'),
      message: error.message,
      received: refused === undefined ? undefined : preview(refused),
    };
  }
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) value = isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  return value;
}

function preview(value: unknown): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    shown = String(value);
  }
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}
