// A dealer's price list: host input, checked in the browser by src/logic/prices.ts.
import { z } from 'zod';
import { repairIds } from '../repair-ids.js';
import { MAX_PRICE_LIST_TEXT } from '../limits.js';

// ── A dealer's price list (host input) ──────────────────────────────────────────────────────

/**
 * The specification of a dealer price list. The browser checks lists with a small hand-written
 * validator (src/logic/prices.ts), which the tests hold to this schema for thousands of
 * generated lists (tests/logic/prices.property.test.ts): zod itself never ships in the bundle.
 * `isCurrencyCode` and `isSafeLink` are passed in so the two share one rule for each.
 */
export function priceListSchema(isCurrencyCode: (code: string) => boolean, isSafeLink: (url: string) => boolean) {
  const shortText = z.string().max(MAX_PRICE_LIST_TEXT, `text of at most ${MAX_PRICE_LIST_TEXT} characters`);
  const amount = z.number().min(0, 'a number of 0 or more');
  const repairRange = z
    .strictObject({ min: amount, max: amount.nullable().optional(), note: shortText.optional() })
    .refine((range) => range.max == null || range.max >= range.min, { message: 'a max of at least min', path: ['max'] });
  return z.strictObject({
    /** The language of the dealer's own notes, e.g. `de` (BCP 47). */
    lang: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or de-AT').optional(),
    currency: z.string().refine(isCurrencyCode, 'an ISO 4217 currency code such as USD or EUR').optional(),
    laborRate: amount.optional(),
    note: shortText.optional(),
    bookingUrl: z.string().refine(isSafeLink, 'an https:// link').optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 ().-]{2,24}$/, 'a phone number of digits, spaces and + ( ) - .')
      // At least 7 digits: longer than every emergency number (3 to 5 digits, above), so a placeholder never dials one.
      .regex(/(?:\d\D*){7}/, 'a full phone number (at least 7 digits; never an emergency or short code)')
      .optional(),
    repairs: z.partialRecord(z.enum(repairIds), repairRange).optional(),
  });
}

