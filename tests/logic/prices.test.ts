import { expect } from '@open-wc/testing';
import { dialledPhone, isSafeLink, parsePriceList, shownPhone } from '../../src/logic/prices.js';

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
    for (const input of [valid, JSON.stringify(valid)]) {
      const result = parsePriceList(input);
      expect(result.ok).to.equal(true);
      // Fields not given are own properties set to undefined; JSON drops them.
      expect(JSON.parse(JSON.stringify(result.ok && result.prices))).to.deep.equal(valid);
    }
  });

  it('returns fresh objects: a polluted Object.prototype never adds a link, a phone or a range', () => {
    const result = parsePriceList({ repairs: { linkage: { min: 100, max: 200 } } });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    // An old script pollutes the prototype after the list was validated (non-enumerable, as careful ones do).
    const proto = Object.prototype as Record<string, unknown>;
    for (const [key, value] of [['bookingUrl', 'javascript:alert(1)'], ['phone', '<b>1</b>'], ['latch', { min: 1, max: 2 }]] as const) {
      Object.defineProperty(proto, key, { value, configurable: true, writable: true, enumerable: false });
    }
    try {
      expect(result.prices.bookingUrl).to.equal(undefined);
      expect(result.prices.phone).to.equal(undefined);
      expect(result.prices.repairs!.latch).to.equal(undefined);
      expect(result.prices.repairs!.linkage).to.deep.include({ min: 100, max: 200 });
    } finally {
      delete proto.bookingUrl;
      delete proto.phone;
      delete proto.latch;
    }
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
    ...(['000', '911', '999', '112', '+1 911', '1-1-2', '(0) 999'] as const).map(
      (phone) => [`the placeholder or emergency number "${phone}" as the dealer's phone`, { phone }, 'prices.phone', /at least 7 digits/] as [string, unknown, string, RegExp],
    ),
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

describe('dealer phones: shown as dialled', () => {
  const cases: [string, string, string][] = [
    ['+44 (0)20 7946 0000', '+44 20 7946 0000', '+442079460000'],
    ['+44(0)20 7946 0000', '+44 20 7946 0000', '+442079460000'],
    ['+49 30 1234 5678', '+49 30 1234 5678', '+493012345678'],
    ['020 7946 0000', '020 7946 0000', '02079460000'],
    ['555.0100', '555.0100', '5550100'],
    ['+1  555 0100', '+1 555 0100', '+15550100'],
  ];
  for (const [given, shown, dialled] of cases) {
    it(`"${given}" shows "${shown}" and dials ${dialled}`, () => {
      expect(parsePriceList({ phone: given }).ok).to.equal(true);
      expect(shownPhone(given)).to.equal(shown);
      expect(dialledPhone(given)).to.equal(dialled);
      expect(shown.replace(/\D/g, ''), 'the digits shown are the digits dialled').to.equal(dialled.replace(/\D/g, ''));
    });
  }
});
