import { expect } from '@open-wc/testing';
import { emergencyLineFor, regionOfLanguageTag, resolveRegion } from '../../src/logic/region.js';

describe('emergency numbers by region', () => {
  const table: [string, string | null, string[]][] = [
    ['US', '911', []],
    ['CA', '911', []],
    ['MX', '911', []],
    ['PR', '911', []],
    ['GB', '999', ['112']],
    ['IE', '112', []],
    ['DE', '112', []],
    ['FR', '112', []],
    ['NO', '112', []],
    ['CH', '112', []],
    ['AU', '000', []],
    ['NZ', '111', []],
    ['IN', '112', []],
    ['JP', '119', ['110']],
    ['BR', null, []],
    ['ZZ', null, []],
  ];
  for (const [region, number, alternates] of table) {
    it(`${region} → ${number ?? 'no number'}`, () => {
      const line = emergencyLineFor(region);
      expect(line?.number ?? null).to.equal(number);
      expect((line?.alternates ?? []).map((alt) => alt.number)).to.deep.equal(alternates);
    });
  }

  it('never answers for an inherited object key', () => {
    expect(emergencyLineFor('constructor')).to.equal(null);
    expect(emergencyLineFor(null)).to.equal(null);
  });
});

describe('resolveRegion', () => {
  it('takes the explicit region first, upper-cased', () => {
    expect(resolveRegion({ explicit: 'gb', lang: 'en-US', navigatorLanguage: 'fr-FR' })).to.include({ region: 'GB', source: 'attribute' });
  });
  it('does not fall back when the explicit region is malformed: that could show a wrong number', () => {
    expect(resolveRegion({ explicit: 'United Kingdom', lang: 'en-US' })).to.include({ region: null, source: 'attribute' });
  });
  it('uses the region of the nearest lang', () => {
    expect(resolveRegion({ lang: 'en-AU', navigatorLanguage: 'en-US' })).to.include({ region: 'AU', source: 'lang' });
  });
  it('skips a lang without a region and uses the browser language', () => {
    expect(resolveRegion({ lang: 'en', navigatorLanguage: 'en-NZ' })).to.include({ region: 'NZ', source: 'navigator' });
  });
  it('defaults to US when nothing names a region', () => {
    expect(resolveRegion({ lang: 'en', navigatorLanguage: 'de' })).to.include({ region: 'US', source: 'default' });
  });
  it('ignores blank attributes and malformed language tags', () => {
    expect(resolveRegion({ explicit: '  ', lang: 'not a tag!', navigatorLanguage: 'es-MX' })).to.include({ region: 'MX', source: 'navigator' });
  });
  it('reads region subtags from language tags', () => {
    expect(regionOfLanguageTag('es-419')).to.equal('419');
    expect(regionOfLanguageTag('zh-Hant-TW')).to.equal('TW');
    expect(regionOfLanguageTag('')).to.equal(null);
  });
  it('a numeric UN region from lang is unknown, never a wrong number', () => {
    const resolved = resolveRegion({ lang: 'es-419' });
    expect(emergencyLineFor(resolved.region)).to.equal(null);
  });
});
