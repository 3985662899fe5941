import { z } from 'zod/mini';
import { repairIds } from '../data/repair-ids.js';
import type { RepairId } from '../data/schemas.js';
import { isCurrencyCode } from './cost.js';

/** A dealer's own prices, as a site gives them (property, JSON attribute or `prices-src`). */
export interface PriceList {
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

/** Text longer than this in a price list is a mistake, not a note. */
const MAX_TEXT = 500;
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
 * Built on first use, not at import: the package root stays free of side effects, and pages that
 * never pass a price list never pay for it. zod/mini parses objects without compiling code, so
 * it never probes `new Function` (a violation under a strict CSP); tests/hostile/csp.test.ts
 * would catch a switch to classic zod, which does unless `jitless` is set before its first schema.
 */
let priceListSchema: ReturnType<typeof buildPriceListSchema> | undefined;

function getPriceListSchema() {
  priceListSchema ??= buildPriceListSchema();
  return priceListSchema;
}

function buildPriceListSchema() {
  const shortText = z.string().check(z.maxLength(MAX_TEXT, `text of at most ${MAX_TEXT} characters`));
  const amount = z.number().check(z.gte(0, 'a number of 0 or more'));
  const repairRange = z
    .strictObject({ min: amount, max: z.optional(z.nullable(amount)), note: z.optional(shortText) })
    .check(z.refine((range) => range.max == null || range.max >= range.min, { message: 'a max of at least min', path: ['max'] }));
  return z.strictObject({
    currency: z.optional(z.string().check(z.refine(isCurrencyCode, 'an ISO 4217 currency code such as USD or EUR'))),
    laborRate: z.optional(amount),
    note: z.optional(shortText),
    bookingUrl: z.optional(z.string().check(z.refine((url) => isSafeLink(url), 'an https:// link'))),
    phone: z.optional(z.string().check(z.regex(/^\+?[0-9][0-9 ().-]{2,24}$/, 'a phone number of digits, spaces and + ( ) - .'))),
    repairs: z.optional(z.partialRecord(z.enum(repairIds), repairRange)),
  });
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
    case 'invalid_key':
      return issue.path.at(-1) === 'repairs'
        ? `unknown repair id; expected one of ${repairIds.join(', ')}`
        : 'unknown field';
    default:
      return `expected ${issue.message}`;
  }
}

/** The path of an issue, down to the offending key for unknown keys. */
function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  if (issue.code === 'unrecognized_keys') return [...issue.path, issue.keys[0]!];
  if (issue.code === 'invalid_key') return [...issue.path, String(issue.input)];
  return issue.path;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
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
  let result: ReturnType<ReturnType<typeof getPriceListSchema>['safeParse']>;
  try {
    result = getPriceListSchema().safeParse(value);
  } catch (error) {
    // zod cannot build schemas on a page whose old scripts added enumerable keys to
    // Object.prototype; refuse the list rather than let the error reach the element.
    return { ok: false, field: 'prices', message: `a price list could not be checked on this page (${error instanceof Error ? error.message : String(error)})` };
  }
  if (result.success) return { ok: true, prices: freshPriceList(result.data as PriceList) };
  const issue = result.error.issues[0]!;
  const path = issuePath(issue);
  const refused = valueAt(value, path);
  const received = refused === undefined ? undefined : preview(refused);
  return { ok: false, field: ['prices', ...path.map(String)].join('.'), message: describe(issue), received };
}

function preview(value: unknown): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}

/**
 * The validated list as a fresh object whose every field is an own property (undefined where not
 * given) and whose repairs have no prototype, so reading `bookingUrl` or `repairs.latch` never
 * finds a value a page put on Object.prototype.
 */
function freshPriceList(valid: PriceList): PriceList {
  let repairs: PriceList['repairs'];
  if (valid.repairs) {
    repairs = Object.create(null) as NonNullable<PriceList['repairs']>;
    for (const id of Object.keys(valid.repairs) as RepairId[]) {
      const range = valid.repairs[id]!;
      repairs[id] = { min: range.min, max: Object.hasOwn(range, 'max') ? range.max : undefined, note: Object.hasOwn(range, 'note') ? range.note : undefined };
    }
  }
  const own = <K extends keyof PriceList>(key: K): PriceList[K] => (Object.hasOwn(valid, key) ? valid[key] : undefined);
  return {
    currency: own('currency'),
    laborRate: own('laborRate'),
    note: own('note'),
    bookingUrl: own('bookingUrl'),
    phone: own('phone'),
    repairs,
  };
}
