import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { z } from 'zod';
import { priceListSchema } from '../../src/data/schemas/index.js';
import { repairIds } from '../../src/data/repair-ids.js';
import { isCurrencyCode } from '../../src/logic/cost.js';
import { isSafeLink, parsePriceList } from '../../src/logic/prices.js';

/**
 * The browser checks price lists by hand; the zod schema is the specification. For thousands of
 * generated lists, valid and broken, both must accept and refuse the same ones, and (for a list
 * with one defect) name the same field.
 */
const spec = priceListSchema(isCurrencyCode, (url) => isSafeLink(url));

/** The field a zod issue names, as the elements name it to a site author. */
function fieldOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') path.push(issue.keys[0]!);
  if (issue.code === 'invalid_key') path.push(String(issue.input));
  return ['prices', ...path].join('.');
}

const amount = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 5000, noNaN: true }));
const validRange = fc.record({ min: amount, max: fc.option(amount, { nil: undefined }), note: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }) }, { requiredKeys: ['min'] })
  .map((range) => (range.max !== undefined && range.max < range.min ? { ...range, max: range.min + 1 } : range));
const validList = fc.record(
  {
    currency: fc.constantFrom('USD', 'EUR', 'GBP', 'CAD', 'MXN', 'JPY'),
    laborRate: amount,
    note: fc.string({ maxLength: 80 }),
    bookingUrl: fc.constantFrom('https://dealer.example/book', 'https://x.example/a?b=c'),
    phone: fc.constantFrom('+1 555 0100', '(020) 7946 0000', '555.0100'),
    repairs: fc.dictionary(fc.constantFrom(...repairIds), validRange, { maxKeys: 4 }),
  },
  { requiredKeys: [] },
);

/** Wrong values for any field: types, ranges, text, links, null, NaN, Infinity, arrays, objects. */
const wrongValue = fc.oneof(
  fc.constantFrom(null, Number.NaN, Number.POSITIVE_INFINITY, -1, -0.5, '', 'XYZ', 'euro', 'usd', 'http://a.example', 'javascript:alert(1)', '<b>1</b>', '1', 'x'.repeat(501), [], [1], {}, true, 0, 'https://ok.example', 'EUR'),
  fc.string({ maxLength: 20 }),
  fc.double(),
);

/** One defect in an otherwise valid list: a wrong value in one place, or an unknown key. */
const oneDefect = fc.tuple(validList, fc.constantFrom('currency', 'laborRate', 'note', 'bookingUrl', 'phone', 'repairs', 'range', 'unknown', 'unknownRepair', 'minAboveMax'), wrongValue, fc.constantFrom(...repairIds), fc.constantFrom('min', 'max', 'note'))
  .map(([list, where, wrong, repair, key]) => {
    const copy: Record<string, unknown> = structuredClone(list);
    if (where === 'unknown') copy.bookingURL = 'https://x.example';
    else if (where === 'unknownRepair') copy.repairs = { ...(copy.repairs as object), wheel: { min: 1 } };
    else if (where === 'minAboveMax') copy.repairs = { [repair]: { min: 600, max: 300 } };
    else if (where === 'range') copy.repairs = { [repair]: { min: 10, max: 20, [key]: wrong } };
    else copy[where] = wrong;
    return copy;
  });

describe('price lists: the hand-written check agrees with the zod specification', () => {
  it('accepts every valid list the spec accepts, with the same values', () => {
    fc.assert(
      fc.property(validList, (list) => {
        const spec_ = spec.safeParse(list);
        const ours = parsePriceList(list);
        expect(ours.ok, JSON.stringify(list)).to.equal(spec_.success);
        if (ours.ok && spec_.success) expect(JSON.parse(JSON.stringify(ours.prices))).to.deep.equal(JSON.parse(JSON.stringify(spec_.data)));
      }),
      { numRuns: 1500, seed: 20261122 },
    );
  });

  it('refuses the same broken lists and names the same field', () => {
    fc.assert(
      fc.property(oneDefect, (list) => {
        const spec_ = spec.safeParse(list);
        const ours = parsePriceList(list);
        expect(ours.ok, JSON.stringify(list)).to.equal(spec_.success);
        if (!ours.ok && !spec_.success) expect(ours.field, JSON.stringify(list)).to.equal(fieldOf(spec_.error.issues[0]!));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });

  it('agrees on arbitrary JSON values too (accept or refuse)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        expect(parsePriceList(value).ok, JSON.stringify(value)).to.equal(spec.safeParse(value).success);
      }),
      { numRuns: 1000, seed: 20261122 },
    );
  });
});
