import { expect } from '@open-wc/testing';
import { isSafeLink, parsePriceList } from '../../src/logic/prices.js';

describe('parsePriceList', () => {
  const valid = {
    currency: 'EUR',
    laborRate: 95,
    note: 'Prices include VAT.',
    bookingUrl: 'https://dealer.example/book',
    phone: '+49 30 1234 5678',
    repairs: { latch: { min: 280, max: 480 }, 'stuck-closed': { min: 350 } },
  };

  it('accepts a full price list, as an object or JSON', () => {
    expect(parsePriceList(valid)).to.deep.equal({ ok: true, prices: valid });
    expect(parsePriceList(JSON.stringify(valid))).to.deep.equal({ ok: true, prices: valid });
  });

  const invalid: [string, unknown, string, RegExp][] = [
    ['malformed JSON', '{"repairs": {', 'prices', /valid JSON/],
    ['an unknown repair id', { repairs: { wheel: { min: 1, max: 2 } } }, 'prices.repairs.wheel', /unknown repair id/],
    ['a negative amount', { repairs: { latch: { min: -5, max: 2 } } }, 'prices.repairs.latch.min', /0 or more/],
    ['a non-numeric amount', { repairs: { latch: { min: '120', max: 300 } } }, 'prices.repairs.latch.min', /expected number/],
    ['NaN', { laborRate: Number.NaN }, 'prices.laborRate', /expected number/],
    ['min above max', { repairs: { latch: { min: 600, max: 300 } } }, 'prices.repairs.latch.max', /at least min/],
    ['an unknown currency', { currency: 'XYZ' }, 'prices.currency', /ISO 4217/],
    ['a non-https link', { bookingUrl: 'http://dealer.example/book' }, 'prices.bookingUrl', /https/],
    ['a javascript: link', { bookingUrl: 'javascript:alert(1)' }, 'prices.bookingUrl', /https/],
    ['a phone number with markup', { phone: '<b>555</b>' }, 'prices.phone', /phone number/],
    ['an unknown field', { bookingURL: 'https://x.example' }, 'prices.bookingURL', /unknown field/],
    ['the wrong shape', [1, 2, 3], 'prices', /expected object/],
    ['a note of 100 KB', { note: 'x'.repeat(100_001) }, 'prices.note', /at most 500/],
  ];
  for (const [name, input, field, message] of invalid) {
    it(`refuses ${name}, naming the field`, () => {
      const result = parsePriceList(input);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.field).to.equal(field);
      expect(result.message).to.match(message);
    });
  }

  it('accepts only https links', () => {
    expect(isSafeLink('https://a.example')).to.equal(true);
    expect(isSafeLink('data:text/html,hi')).to.equal(false);
    expect(isSafeLink('//a.example', 'http://page.example')).to.equal(false);
  });
});
