import { expect } from '@open-wc/testing';
import { emergencyLineFor, normalizeRegion, regionOfLanguageTag, resolveRegion, resolveSettings, type SettingsChain } from '../../src/logic/settings.js';
import { regionOfTimeZone } from '../../src/logic/time-zones.js';
import { timeZonesByCountry } from '../../src/data/time-zones.js';
import { emergencyNumbers } from '../../src/data/emergency-numbers.js';

describe('resolveSettings: the chain, as a table', () => {
  const cases: [string, SettingsChain, { code: string | null; source: string; guess: boolean }][] = [
    ['the element’s own region wins', { own: { region: 'NZ' }, wrappers: [{ region: 'AU' }], lang: 'en-GB' }, { code: 'NZ', source: 'element', guess: false }],
    ['blank own region means not set: the wrapper’s', { own: { region: '  ' }, wrappers: [{ region: 'GB' }] }, { code: 'GB', source: 'wrapper', guess: false }],
    ['nearest wrapper first', { own: {}, wrappers: [{ region: 'IE' }, { region: 'GB' }] }, { code: 'IE', source: 'wrapper', guess: false }],
    ['field by field: an inner wrapper without a region does not hide the outer one', { own: {}, wrappers: [{ locale: 'en-GB' }, { region: 'GB' }] }, { code: 'GB', source: 'wrapper', guess: false }],
    ['aliases and case: uk → GB', { own: { region: ' uk ' } }, { code: 'GB', source: 'element', guess: false }],
    ['a malformed author region is refused, never replaced by a guess', { own: { region: 'united-kingdom' }, lang: 'en-US' }, { code: null, source: 'element', guess: false }],
    ['a well-formed region without a known number is kept (no number shown)', { own: { region: 'BO' }, lang: 'en-US' }, { code: 'BO', source: 'element', guess: false }],
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
});

describe('resolveRegion: the time zone read only when the chain needs it', () => {
  it('is not read for a site author\'s region with a number, and read (once) for a guess', () => {
    let reads = 0;
    const zone = () => {
      reads += 1;
      return 'America/Chicago';
    };
    expect(resolveRegion({ own: { region: 'GB' }, lang: 'es', timeZone: zone })).to.deep.include({ code: 'GB', source: 'element' });
    expect(resolveRegion({ own: {}, wrappers: [{ region: 'FR' }], timeZone: zone })).to.deep.include({ code: 'FR', source: 'wrapper' });
    expect(reads).to.equal(0);
    expect(resolveRegion({ own: {}, lang: 'es', browserLanguages: ['es-CO'], timeZone: zone })).to.deep.include({ code: 'US', source: 'timezone', guess: true });
    expect(reads).to.equal(1);
  });
});

describe('resolveRegion: the time zone beats a language (language × time zone × author × reader choice)', () => {
  const cases: [string, SettingsChain, { code: string | null; source: string; guess: boolean }][] = [
    ['page es, browser es-CO, in Chicago → 911, not Colombia’s 123', { own: {}, lang: 'es', browserLanguages: ['es-CO'], timeZone: 'America/Chicago' }, { code: 'US', source: 'timezone', guess: true }],
    ['page en, browser ja-JP, in New York → the US, not Japan', { own: {}, lang: 'en', browserLanguages: ['ja-JP'], timeZone: 'America/New_York' }, { code: 'US', source: 'timezone', guess: true }],
    ['page en-GB in New York → the US, not 999', { own: {}, lang: 'en-GB', timeZone: 'America/New_York' }, { code: 'US', source: 'timezone', guess: true }],
    ['es-419 in Los Angeles → the US (the language names no country)', { own: {}, lang: 'es-419', browserLanguages: ['es-419'], timeZone: 'America/Los_Angeles' }, { code: 'US', source: 'timezone', guess: true }],
    ['Europe/London → GB', { own: {}, lang: 'en-US', timeZone: 'Europe/London' }, { code: 'GB', source: 'timezone', guess: true }],
    ['America/Bogota → CO', { own: {}, lang: 'es-MX', timeZone: 'America/Bogota' }, { code: 'CO', source: 'timezone', guess: true }],
    ['a renamed zone as an engine may still report it: Asia/Calcutta → IN', { own: {}, lang: 'en-US', timeZone: 'Asia/Calcutta' }, { code: 'IN', source: 'timezone', guess: true }],
    ['a zone in a one-country folder: Australia/Sydney → AU', { own: {}, timeZone: 'Australia/Sydney' }, { code: 'AU', source: 'timezone', guess: true }],
    ['America/Indiana/Knox → US', { own: {}, timeZone: 'America/Indiana/Knox' }, { code: 'US', source: 'timezone', guess: true }],
    ['UTC says nothing: the language guess stands', { own: {}, lang: 'en-GB', timeZone: 'UTC' }, { code: 'GB', source: 'language', guess: true }],
    ['Etc/GMT+5 says nothing', { own: {}, lang: 'en-AU', timeZone: 'Etc/GMT+5' }, { code: 'AU', source: 'language', guess: true }],
    ['a place without a number in our table: no country named for the reader, not the language’s', { own: {}, lang: 'en-US', timeZone: 'Africa/Nairobi' }, { code: null, source: 'timezone', guess: false }],
    ['not a zone name at all: says nothing', { own: {}, lang: 'en-GB', timeZone: 'nonsense' }, { code: 'GB', source: 'language', guess: true }],
    ['the reader’s own choice beats the time zone', { own: {}, timeZone: 'America/Chicago', readerRegion: 'MX' }, { code: 'MX', source: 'reader', guess: false }],
    ['"another country" from the reader beats it too', { own: {}, timeZone: 'America/Chicago', readerRegion: '' }, { code: null, source: 'reader', guess: false }],
    ['a site author’s region beats it', { own: {}, wrappers: [{ region: 'GB' }], timeZone: 'America/Chicago' }, { code: 'GB', source: 'wrapper', guess: false }],
    ['a site author’s unknown region is never replaced by a guess', { own: { region: 'ZZ' }, timeZone: 'America/Chicago' }, { code: 'ZZ', source: 'element', guess: false }],
    ['a server render has no time zone: today’s rules', { own: {}, lang: 'es-CO' }, { code: 'CO', source: 'language', guess: true }],
  ];
  for (const [name, chain, expected] of cases) {
    it(name, () => expect(resolveRegion(chain)).to.deep.include(expected));
  }

  it('every region of the number table has its zones, and each of them resolves to it', () => {
    for (const code of Object.keys(emergencyNumbers)) {
      const zones = (timeZonesByCountry[code] ?? '').split(' ').filter(Boolean);
      expect(zones.length, code).to.be.greaterThan(0);
      for (const zone of zones) {
        const name = zone.endsWith('/') ? `${zone}Somewhere` : zone;
        expect(regionOfTimeZone(name), `${zone}`).to.equal(code);
      }
    }
    for (const code of Object.keys(timeZonesByCountry)) expect(emergencyLineFor(code), code).to.not.equal(null);
  });

  it('where 112 reaches the police (CH, LI, NO), the ambulance number comes first and 112 is still offered', () => {
    for (const [code, ambulance] of [['CH', '144'], ['LI', '144'], ['NO', '113']] as const) {
      const line = emergencyLineFor(code)!;
      expect([line.number, line.service], code).to.deep.equal([ambulance, 'ambulance']);
      expect(line.alternates.map((alt) => alt.number), code).to.include('112');
    }
  });

  it('the regions readers in the US come from or travel to: the ambulance or rescue line first, each other line named', () => {
    // [region, first number, its service, the other numbers in order]
    const table: [string, string, string, string[]][] = [
      ['CN', '120', 'ambulance', ['119', '110']],
      ['TW', '119', 'ambulance-fire', ['110']],
      ['VN', '115', 'ambulance', ['114', '113']],
      ['GT', '122', 'ambulance-fire', ['123', '110']],
      ['CU', '104', 'ambulance', ['105', '106']],
      ['VE', '911', 'all', []],
      ['PE', '106', 'ambulance', ['116', '105']],
      ['CL', '131', 'ambulance', ['132', '133']],
      ['AR', '107', 'ambulance', ['911', '100', '101']],
      ['NI', '128', 'ambulance', ['115', '118']],
      ['JM', '110', 'ambulance-fire', ['112', '119']],
      ['NG', '112', 'all', []],
      ['TR', '112', 'all', []],
      ['RU', '112', 'all', ['103']],
      ['UA', '103', 'ambulance', ['112', '101', '102']],
      ['SA', '997', 'ambulance', ['911', '998', '999']],
      ['EG', '123', 'ambulance', ['180', '122']],
    ];
    for (const [code, number, service, others] of table) {
      const line = emergencyLineFor(code)!;
      expect([line.number, line.service, line.alternates.map((alt) => alt.number)], code).to.deep.equal([number, service, others]);
    }
    // 911 where only some provinces or regions answer it says so.
    expect(emergencyLineFor('AR')!.alternates[0]!.service).to.equal('some-areas');
    expect(emergencyLineFor('SA')!.alternates[0]!.service).to.equal('some-areas');
    // No single number a caller anywhere in the country reaches: no number shown, never a guess.
    for (const code of ['BO', 'HT', 'PK']) expect(emergencyLineFor(code), code).to.equal(null);
  });

  it('gives the line only for a known region', () => {
    expect(resolveSettings({ own: { region: 'gb' } }).line).to.deep.include({ number: '999' });
    expect(resolveSettings({ own: { region: 'BO' } }).line).to.equal(null);
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
