import { expect } from '@open-wc/testing';
import { checkVin, expectedCheckDigit, isNorthAmericanVin, normalizeVin } from '../../src/logic/vin.js';

describe('checkVin', () => {
  const table: [string, string, Record<string, unknown>][] = [
    ['a valid North American VIN', '1HGCM82633A004352', { ok: true, northAmerican: true, checkDigitMatches: true }],
    ['a valid VIN with check digit X', '1M8GDM9AXKP042788', { ok: true, checkDigitMatches: true }],
    ['lower case and spaces are tidied', ' 1hgcm8263 3a004352 ', { ok: true, vin: '1HGCM82633A004352' }],
    ['an empty field', '   ', { ok: false, error: 'empty' }],
    ['16 characters', '1HGCM82633A00435', { ok: false, error: 'length', length: 16 }],
    ['18 characters', '1HGCM82633A0043521', { ok: false, error: 'length', length: 18 }],
    ['the letter I', '1HGCM82633I004352', { ok: false, error: 'forbiddenLetters' }],
    ['the letter O', 'OHGCM82633A004352', { ok: false, error: 'forbiddenLetters' }],
    ['the letter Q', '1HGCM82633A00435Q', { ok: false, error: 'forbiddenLetters' }],
    ['punctuation', '1HGCM826*3A004352', { ok: false, error: 'characters' }],
    ['a North American VIN with a bad check digit', '1HGCM82643A004352', { ok: false, error: 'checkDigit' }],
    ['a European VIN with a non-matching check digit (soft)', 'WVWZZZ1JZXW000001', { ok: true, northAmerican: false, checkDigitMatches: false }],
  ];
  for (const [name, input, expected] of table) {
    it(name, () => {
      const result = checkVin(input) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(expected)) expect(result[key], key).to.equal(value);
    });
  }

  it('computes the check digit from the weighted sum modulo 11', () => {
    expect(expectedCheckDigit('1HGCM82633A004352')).to.equal('3');
    expect(expectedCheckDigit('11111111111111111')).to.equal('1');
  });

  it('treats world manufacturer codes 1–5 as North American', () => {
    expect(['1', '2', '3', '4', '5'].every((c) => isNorthAmericanVin(`${c}HGCM82633A004352`))).to.equal(true);
    expect(isNorthAmericanVin('JHMCM82633C004352')).to.equal(false);
  });

  it('normalizes dashes and spaces', () => {
    expect(normalizeVin('1hg-cm8 2633')).to.equal('1HGCM82633');
  });
});
