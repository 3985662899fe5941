import { expect } from '@open-wc/testing';
import { costOutlook, formatRange, likelyCauses, moneyFormatter, repairsForCauses, safeLocale, spanOf } from '../../src/logic/cost.js';
import { diagnose } from '../../src/logic/diagnose.js';
import { repairCatalog } from '../../src/data/repairs.js';
import { costText } from '../../src/data/en/cost.js';

describe('cost logic', () => {
  it('keeps the article’s six ranges, the stuck-closed job with both its figures and "or more"', () => {
    expect(repairCatalog.repairs.map((r) => [r.id, r.min, r.max, r.orMore ?? false])).to.deep.equal([
      ['child-lock-check', 0, 60, false],
      ['inside-handle', 120, 300, false],
      ['linkage', 150, 350, false],
      ['latch', 250, 550, false],
      ['actuator', 220, 500, false],
      ['stuck-closed', 300, 700, true],
    ]);
    const usd = moneyFormatter('en-US', 'USD');
    expect(formatRange({ min: 300, max: 700, orMore: true }, usd, costText.ui)).to.equal('$300 to $700 or more');
  });

  it('maps causes to repairs, judgement calls included', () => {
    expect(repairsForCauses(['child-lock'])).to.deep.equal(['child-lock-check']);
    expect(repairsForCauses(['inside-handle', 'linkage'])).to.deep.equal(['inside-handle', 'linkage']);
    expect(repairsForCauses(['frozen'])).to.deep.equal(['linkage', 'latch']);
    expect(repairsForCauses(['misalignment'])).to.deep.equal(['linkage']);
    expect(repairsForCauses([])).to.deep.equal([]);
  });

  it('adds the difficult-access job when the door opens from neither side', () => {
    expect(repairsForCauses(['latch', 'actuator'], { opensOutside: 'no' })).to.deep.equal(['latch', 'actuator', 'stuck-closed']);
  });

  it('prices the most likely band only once something is answered', () => {
    expect(likelyCauses(diagnose({}))).to.deep.equal([]);
    expect(likelyCauses(diagnose({ locks: 'weak' }))).to.deep.equal(['actuator']);
  });

  it('spans ranges, staying open when one is open and "or more" when the top one is', () => {
    expect(spanOf([{ min: 120, max: 300 }, { min: 150, max: 350 }])).to.deep.equal({ min: 120, max: 350, orMore: false });
    expect(spanOf([{ min: 250, max: 550 }, { min: 300, max: null }])).to.deep.equal({ min: 250, max: null });
    expect(spanOf([{ min: 250, max: 550 }, { min: 300, max: 700, orMore: true }])).to.deep.equal({ min: 250, max: 700, orMore: true });
    expect(spanOf([{ min: 250, max: 800 }, { min: 300, max: 700, orMore: true }])).to.deep.equal({ min: 250, max: 800, orMore: false });
    expect(spanOf([])).to.equal(null);
  });

  it('follows the cost takeaway', () => {
    expect(costOutlook({ opensOutside: 'yes', handleFeel: 'loose' })).to.equal('lower');
    expect(costOutlook({ opensOutside: 'no' })).to.equal('higher');
    expect(costOutlook({ locks: 'stuck' })).to.equal('higher');
    expect(costOutlook({ opensOutside: 'yes' })).to.equal(null);
  });

  it('formats money for the locale and currency, never inventing a maximum', () => {
    const usd = moneyFormatter('en-US', 'USD');
    expect(formatRange({ min: 120, max: 300 }, usd, costText.ui)).to.equal('$120 to $300');
    // One price is one price, and a dealer's 0 is said in words: never "$0 to $0".
    expect(formatRange({ min: 60, max: 60 }, usd, costText.ui)).to.equal('$60');
    expect(formatRange({ min: 0, max: 0 }, usd, costText.ui)).to.equal(costText.ui.noCharge);
    expect(formatRange({ min: 0, max: 60 }, usd, costText.ui)).to.equal('$0 to $60');
    // US dollars in any Spanish: "$120", as US Spanish readers expect.
    for (const locale of ['es', 'es-CO', 'es-MX', 'es-ES', 'es-US']) expect(moneyFormatter(locale, 'USD').format(1200), locale).to.equal('$1,200');
    expect(formatRange({ min: 300, max: null }, usd, costText.ui)).to.equal('$300 and up');
    const euro = moneyFormatter('de-DE', 'EUR');
    expect(formatRange({ min: 120, max: 300 }, euro, costText.ui)).to.equal(`120\u00a0€ to 300\u00a0€`);
  });

  it('falls back to en-US for a locale that is not one', () => {
    expect(safeLocale('de-DE')).to.equal('de-DE');
    expect(safeLocale('not a locale!')).to.equal('en-US');
    expect(safeLocale(undefined)).to.equal('en-US');
  });
});
