import { expect } from '@open-wc/testing';
import { emergencyLineFor, normalizeRegion, regionOfLanguageTag, resolveRegion, resolveSettings, type SettingsChain } from '../../src/logic/settings.js';

describe('resolveSettings: the chain, as a table', () => {
  const cases: [string, SettingsChain, { code: string | null; source: string; guess: boolean }][] = [
    ['the element’s own region wins', { own: { region: 'NZ' }, wrappers: [{ region: 'AU' }], lang: 'en-GB' }, { code: 'NZ', source: 'element', guess: false }],
    ['blank own region means not set: the wrapper’s', { own: { region: '  ' }, wrappers: [{ region: 'GB' }] }, { code: 'GB', source: 'wrapper', guess: false }],
    ['nearest wrapper first', { own: {}, wrappers: [{ region: 'IE' }, { region: 'GB' }] }, { code: 'IE', source: 'wrapper', guess: false }],
    ['field by field: an inner wrapper without a region does not hide the outer one', { own: {}, wrappers: [{ locale: 'en-GB' }, { region: 'GB' }] }, { code: 'GB', source: 'wrapper', guess: false }],
    ['aliases and case: uk → GB', { own: { region: ' uk ' } }, { code: 'GB', source: 'element', guess: false }],
    ['a malformed author region is refused, never replaced by a guess', { own: { region: 'united-kingdom' }, lang: 'en-US' }, { code: null, source: 'element', guess: false }],
    ['a well-formed region without a known number is kept (no number shown)', { own: { region: 'CN' }, lang: 'en-US' }, { code: 'CN', source: 'element', guess: false }],
    ['a non-string region is refused', { own: { region: 42 }, lang: 'en-US' }, { code: null, source: 'element', guess: false }],
    ['the reader’s choice beats a guess', { own: {}, lang: 'en-US', readerRegion: 'IE' }, { code: 'IE', source: 'reader', guess: false }],
    ['the reader’s choice fills in for an unusable author region', { own: { region: 'ZZ' }, readerRegion: 'GB' }, { code: 'GB', source: 'reader', guess: false }],
    ['the reader’s choice never beats an author’s known region', { own: { region: 'US' }, readerRegion: 'GB' }, { code: 'US', source: 'element', guess: false }],
    ['"another country" from the reader: no region', { own: {}, lang: 'en-GB', readerRegion: '' }, { code: null, source: 'reader', guess: false }],
    ['a stored region we do not know is not the reader’s choice: the guess stands', { own: {}, lang: 'en-GB', readerRegion: 'ZZ' }, { code: 'GB', source: 'language', guess: true }],
    ['a stored value that is no region at all is ignored too', { own: {}, lang: 'en-GB', readerRegion: '<img src=x>' }, { code: 'GB', source: 'language', guess: true }],
    ['the nearest lang is a guess', { own: {}, lang: 'en-AU', browserLanguages: ['en-US'] }, { code: 'AU', source: 'language', guess: true }],
    ['a language without a country falls to the browser, still a guess', { own: {}, lang: 'fr', browserLanguages: ['fr', 'fr-CA'] }, { code: 'CA', source: 'browser', guess: true }],
    ['es-419 names no country', { own: {}, lang: 'es-419', browserLanguages: ['es-419'] }, { code: null, source: 'none', guess: false }],
    ['nothing anywhere: no region, never US by default', { own: {}, lang: 'de', browserLanguages: ['de'] }, { code: null, source: 'none', guess: false }],
  ];
  for (const [name, chain, expected] of cases) {
    it(name, () => expect(resolveRegion(chain)).to.deep.include(expected));
  }

  it('gives the line only for a known region', () => {
    expect(resolveSettings({ own: { region: 'gb' } }).line).to.deep.include({ number: '999' });
    expect(resolveSettings({ own: { region: 'CN' } }).line).to.equal(null);
    expect(emergencyLineFor('constructor')).to.equal(null);
  });

  it('resolves locale, currency and theme field by field, language last for the locale', () => {
    const settings = resolveSettings({ own: { currency: ' ' }, wrappers: [{ theme: 'dark' }, { currency: 'EUR', locale: 'de-DE' }], lang: 'en-GB' });
    expect(settings).to.deep.include({ currency: 'EUR', locale: 'de-DE', theme: 'dark', lang: 'en-GB' });
    expect(resolveSettings({ own: {}, lang: 'es-US' }).locale).to.equal('es-US');
  });

  it('normalises one value in one place', () => {
    expect(normalizeRegion(undefined)).to.equal(undefined);
    expect(normalizeRegion('\t')).to.equal(undefined);
    expect(normalizeRegion('uk')).to.deep.equal({ code: 'GB' });
    expect(normalizeRegion('G B')).to.deep.equal({ refused: 'G B' });
    expect(regionOfLanguageTag('en-GB')).to.equal('GB');
    expect(regionOfLanguageTag('zh-Hant-TW')).to.equal('TW');
    expect(regionOfLanguageTag('not a tag!')).to.equal(null);
  });
});
