import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/all.js';
import type { RepairCost } from '../../../src/components/repair-cost/repair-cost.js';
import type { DoorDiagnosis } from '../../../src/components/door-diagnosis/door-diagnosis.js';
import { costText } from '../../../src/data/en/cost.js';
import { sharedText } from '../../../src/data/en/shared.js';
import { safeSessionStorage } from '../../../src/logic/storage.js';
import { allInShadow, captureConsole, inShadow, shadowText } from '../../support/helpers.js';

const rangeOf = (el: RepairCost, id: string) => inShadow(el, `[data-repair="${id}"] .range`).textContent;
const highlightedIds = (el: RepairCost) => allInShadow(el, '.row.highlighted').map((row) => row.dataset.repair);

async function answer(el: DoorDiagnosis, question: string, option: string) {
  // A first render takes its turn (src/shared/element/render-turns.ts): wait for it before answering.
  await el.updateComplete;
  (el.shadowRoot!.querySelector(`fieldset[data-question="${question}"] input[value="${option}"]`) as HTMLInputElement).click();
  await el.updateComplete;
}

describe('<repair-cost>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    safeSessionStorage.remove('door-help:diagnosis');
  });

  describe('content', () => {
    it('shows every repair with its range, what it applies to and what raises it', async () => {
      const el = await fixture<RepairCost>(html`<repair-cost></repair-cost>`);
      expect(allInShadow(el, '.row').map((row) => row.dataset.repair)).to.deep.equal([
        'child-lock-check', 'inside-handle', 'linkage', 'latch', 'actuator', 'stuck-closed',
      ]);
      expect(rangeOf(el, 'child-lock-check')).to.equal('$0 to $60');
      expect(rangeOf(el, 'inside-handle')).to.equal('$120 to $300');
      expect(rangeOf(el, 'linkage')).to.equal('$150 to $350');
      expect(rangeOf(el, 'latch')).to.equal('$250 to $550');
      expect(rangeOf(el, 'actuator')).to.equal('$220 to $500');
      // The source's "$300 to $700+": both figures, and that it can run higher.
      expect(rangeOf(el, 'stuck-closed')).to.equal('$300 to $700 or more');
      for (const [id, words] of Object.entries(costText.repairs)) {
        const row = inShadow(el, `[data-repair="${id}"]`);
        expect(row.textContent).to.contain(words.name);
        expect(row.textContent).to.contain(words.appliesTo);
        if (words.raisedBy) expect(row.textContent).to.contain(words.raisedBy);
      }
    });

    it('lists the five cost factors, the takeaway, parts and tools, the estimates note and the disclaimer', async () => {
      const el = await fixture<RepairCost>(html`<repair-cost></repair-cost>`);
      expect(allInShadow(el, '.factors li').map((li) => li.textContent)).to.deep.equal(costText.factors.items);
      expect(shadowText(el)).to.contain(costText.takeaway.lower);
      expect(shadowText(el)).to.contain(costText.takeaway.higher);
      expect(allInShadow(el, '.parts li')).to.have.length(7);
      expect(shadowText(el)).to.contain(costText.estimatesNote);
      expect(inShadow(el, '.disclaimer').textContent).to.equal(sharedText.disclaimer);
      expect(el.shadowRoot!.querySelector('.expected') === null, "('.expected')").to.equal(true);
    });

    it('formats in the element’s locale: de-DE shows US dollars the German way', async () => {
      const el = await fixture<RepairCost>(html`<repair-cost locale="de-DE"></repair-cost>`);
      expect(rangeOf(el, 'inside-handle')).to.equal('120\u00a0$ to 300\u00a0$');
    });
  });

  describe('highlight', () => {
    it('follows a diagnosis through <door-help>, live', async () => {
      const wrapper = await fixture(html`<door-help><door-diagnosis></door-diagnosis><repair-cost></repair-cost></door-help>`);
      const diagnosis = wrapper.querySelector('door-diagnosis')!;
      const cost = wrapper.querySelector('repair-cost')!;
      await cost.updateComplete;
      expect(highlightedIds(cost)).to.deep.equal([]);
      await answer(diagnosis, 'locks', 'weak');
      await cost.updateComplete;
      expect(highlightedIds(cost)).to.deep.equal(['actuator']);
      expect(inShadow(cost, '.expected-range').textContent).to.equal('$220 to $500');
      expect(inShadow(cost, '.expected-for').textContent).to.contain('Failed lock actuator');
      await answer(diagnosis, 'opensOutside', 'no');
      await cost.updateComplete;
      expect(highlightedIds(cost)).to.deep.equal(['actuator', 'stuck-closed']);
      expect(inShadow(cost, '.expected-range').textContent).to.equal('$220 to $700 or more');
      expect(inShadow(cost, '[data-outlook="higher"]').classList.contains('current')).to.equal(true);
    });

    it('follows <door-diagnosis id> named by for=', async () => {
      const page = await fixture(html`<div><door-diagnosis id="diag"></door-diagnosis><repair-cost for="diag"></repair-cost></div>`);
      const diagnosis = page.querySelector('door-diagnosis')!;
      const cost = page.querySelector('repair-cost')!;
      await answer(diagnosis, 'doorPosition', 'front');
      await answer(diagnosis, 'handleFeel', 'loose');
      await cost.updateComplete;
      expect(highlightedIds(cost)).to.deep.equal(['inside-handle', 'linkage']);
      expect(inShadow(cost, '.expected-range').textContent).to.equal('$120 to $350');
      await answer(diagnosis, 'opensOutside', 'yes');
      await cost.updateComplete;
      expect(inShadow(cost, '[data-outlook="lower"]').classList.contains('current')).to.equal(true);
    });

    it('one route: an answer re-renders each cost that follows the diagnosis once (for= and the wrapper alike), and no other cost', async () => {
      const page = await fixture(html`<div>
        <door-help><door-diagnosis id="one-route"></door-diagnosis><repair-cost for="one-route"></repair-cost><repair-cost></repair-cost></door-help>
        <door-help><door-diagnosis storage-key="another-car"></door-diagnosis><repair-cost></repair-cost></door-help>
      </div>`);
      // The second diagnosis keeps its own answers (diagnoses that share a storage key follow each other).
      const diagnosis = page.querySelector<DoorDiagnosis>('#one-route')!;
      const costs = [...page.querySelectorAll<RepairCost>('repair-cost')];
      await Promise.all(costs.map((cost) => cost.updateComplete));
      await answer(diagnosis, 'doorPosition', 'front');
      const settled = () => new Promise((resolve) => setTimeout(resolve, 50));
      await settled();
      const renders = costs.map(() => 0);
      costs.forEach((cost, i) => cost.addController({ hostUpdated: () => (renders[i] += 1) }));
      await answer(diagnosis, 'handleFeel', 'loose');
      await settled();
      expect(renders, 'renders of: the for= cost, the wrapper’s cost, the other wrapper’s cost').to.deep.equal([1, 1, 0]);
      expect(highlightedIds(costs[0]!)).to.deep.equal(['inside-handle', 'linkage']);
      expect(highlightedIds(costs[1]!)).to.deep.equal(['inside-handle', 'linkage']);
      expect(highlightedIds(costs[2]!)).to.deep.equal([]);
    });

    it('follows the diagnosis when a framework sets htmlFor after connecting it, before its first render (as @lit/react does)', async () => {
      const page = await fixture(html`<div><door-diagnosis id="diag-late"></door-diagnosis></div>`);
      const diagnosis = page.querySelector('door-diagnosis')!;
      const cost = document.createElement('repair-cost');
      page.append(cost);
      cost.htmlFor = 'diag-late';
      await cost.updateComplete;
      await answer(diagnosis, 'doorPosition', 'front');
      await answer(diagnosis, 'handleFeel', 'loose');
      await cost.updateComplete;
      expect(highlightedIds(cost)).to.deep.equal(['inside-handle', 'linkage']);
    });

    it('follows the only <door-diagnosis> on the page with no for= and no wrapper, and the diagnosis offers its cost', async () => {
      const page = await fixture(html`<div><article><door-diagnosis mode="form"></door-diagnosis></article><aside><repair-cost></repair-cost></aside></div>`);
      const diagnosis = page.querySelector('door-diagnosis')!;
      const cost = page.querySelector('repair-cost')!;
      await answer(diagnosis, 'locks', 'weak');
      await cost.updateComplete;
      expect(highlightedIds(cost)).to.deep.equal(['actuator']);
      // A second diagnosis makes "the only one" ambiguous: the cost follows none rather than guess.
      const second = document.createElement('door-diagnosis');
      page.append(second);
      await second.updateComplete;
      await answer(diagnosis, 'handleFeel', 'loose');
      await cost.updateComplete;
      expect(highlightedIds(cost)).to.deep.equal([]);
    });

    it('one rule both ways: the diagnosis offers "What it costs" exactly when a cost follows it', async () => {
      const { pairedCosts, pairedDiagnosis } = await import('../../../src/shared/pairing.js');
      const page = await fixture(html`<div>
        <door-help id="w1"><door-diagnosis id="d1"></door-diagnosis><repair-cost id="c1"></repair-cost></door-help>
        <door-diagnosis id="d2"></door-diagnosis>
        <repair-cost id="c2" for="d2"></repair-cost>
        <repair-cost id="c3"></repair-cost>
        <repair-cost id="c4" for="c1"></repair-cost>
      </div>`);
      const byId = (id: string) => page.querySelector(`#${id}`)!;
      expect(pairedDiagnosis(byId('c1'))).to.equal(byId('d1'));
      expect(pairedDiagnosis(byId('c2'))).to.equal(byId('d2'));
      expect(pairedDiagnosis(byId('c3')), 'two diagnoses on the page, no for=, no wrapper').to.equal(null);
      expect(pairedDiagnosis(byId('c4')), 'for= naming a cost').to.equal(null);
      expect(pairedCosts(byId('d1'))).to.deep.equal([byId('c1')]);
      expect(pairedCosts(byId('d2'))).to.deep.equal([byId('c2')]);
    });

    it('takes a cause fixed by hand', async () => {
      const el = await fixture<RepairCost>(html`<repair-cost cause="frozen"></repair-cost>`);
      expect(highlightedIds(el)).to.deep.equal(['linkage', 'latch']);
      expect(inShadow(el, '.expected-range').textContent).to.equal('$150 to $550');
    });

    it('warns about an unknown cause or a missing for target, and shows no highlight', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await fixture<RepairCost>(html`<repair-cost cause="gremlins"></repair-cost>`);
        expect(highlightedIds(el)).to.deep.equal([]);
        const missing = await fixture<RepairCost>(html`<repair-cost for="nowhere"></repair-cost>`);
        expect(highlightedIds(missing)).to.deep.equal([]);
        expect(warnings.messages.some((m) => m.includes('cause="gremlins"'))).to.equal(true);
        expect(warnings.messages.some((m) => m.includes('for="nowhere"'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('dealer price lists', () => {
    const dealer = {
      currency: 'EUR',
      laborRate: 95,
      note: 'Prices include VAT.',
      bookingUrl: 'https://dealer.example/book',
      phone: '+49 30 1234 5678',
      repairs: { latch: { min: 280, max: 480, note: 'OEM latch' } },
    };

    it('shows the dealer’s ranges in their currency beside the bundled ones, with a call to action', async () => {
      const el = await fixture<RepairCost>(html`<repair-cost locale="de-DE" .prices=${dealer}></repair-cost>`);
      expect(rangeOf(el, 'latch')).to.equal('280\u00a0€ to 480\u00a0€');
      expect(inShadow(el, '[data-repair="latch"] .source').textContent).to.equal(costText.ui.dealerPrices);
      expect(rangeOf(el, 'actuator')).to.equal('220\u00a0$ to 500\u00a0$');
      expect(inShadow(el, '[data-repair="actuator"] .source').textContent).to.equal(costText.ui.usEstimates);
      expect(inShadow(el, '.labor-rate').textContent).to.equal('Labor rate: 95\u00a0€ an hour');
      expect(shadowText(el)).to.contain('Prices include VAT.');
      const book = inShadow<HTMLAnchorElement>(el, '.cta a.book');
      expect(book.href).to.equal('https://dealer.example/book');
      expect(book.rel).to.contain('noopener');
      expect(inShadow<HTMLAnchorElement>(el, '.cta a.phone').getAttribute('href')).to.equal('tel:+493012345678');
    });

    it('one headline in one currency: the shop’s price, labelled, with the booking link right under it', async () => {
      const wrapper = await fixture(html`<door-help region="GB"><repair-cost cause="frozen" locale="en-GB" .prices=${{ ...dealer, currency: 'GBP' }}></repair-cost></door-help>`);
      const el = wrapper.querySelector('repair-cost')!;
      await el.updateComplete;
      expect(inShadow(el, '.expected-range').textContent).to.equal('£280 to £480');
      expect(inShadow(el, '.expected-source').textContent).to.equal(costText.ui.dealerPrices);
      expect(inShadow(el, '.expected-range').textContent).not.to.match(/\$/);
      // The frozen mechanism has a second repair (linkage) with no shop price: said, not mixed in.
      expect(inShadow(el, '.expected-note').textContent).to.equal(costText.ui.partlyPriced);
      const [expected, book] = [inShadow(el, '.expected'), inShadow(el, '.cta a.book')];
      expect(expected.nextElementSibling, 'the call to action follows the headline').to.equal(book.closest('.cta'));
      expect(book.getBoundingClientRect().top - expected.getBoundingClientRect().bottom).to.be.below(40);
      // Rows without a shop price say they are US prices in dollars (the reader is in GB).
      expect(inShadow(el, '[data-repair="actuator"] .source').textContent).to.equal(costText.ui.usEstimatesAbroad);
    });

    it('with no shop price for the cause, the headline is the typical US range, said to be in US dollars outside the US', async () => {
      const gb = (await fixture(html`<door-help region="GB"><repair-cost cause="actuator"></repair-cost></door-help>`)).querySelector('repair-cost')!;
      await gb.updateComplete;
      expect(inShadow(gb, '.expected-source').textContent).to.equal(costText.ui.usEstimatesAbroad);
      const us = (await fixture(html`<door-help region="US"><repair-cost cause="actuator"></repair-cost></door-help>`)).querySelector('repair-cost')!;
      await us.updateComplete;
      expect(inShadow(us, '.expected-source').textContent).to.equal(costText.ui.usEstimates);
      // A shop that checks the child lock for free: said in words, never "$0 to $0".
      const child = await fixture<RepairCost>(html`<repair-cost cause="child-lock" .prices=${{ repairs: { 'child-lock-check': { min: 0, max: 0 } } }}></repair-cost>`);
      expect(inShadow(child, '.expected-range').textContent).to.equal(costText.ui.noCharge);
    });

    it('a phone with a trunk "(0)" shows the digits it dials; a placeholder that is an emergency number is refused, with one message', async () => {
      const el = await fixture<RepairCost>(html`<repair-cost .prices=${{ phone: '+44 (0)20 7946 0000' }}></repair-cost>`);
      const link = inShadow<HTMLAnchorElement>(el, '.cta a.phone');
      expect(link.getAttribute('href')).to.equal('tel:+442079460000');
      expect(link.textContent!.replace(/\D/g, '')).to.equal('442079460000');
      expect(link.querySelector('[translate="no"]')!.textContent).to.equal('+44 20 7946 0000');
      const warnings = captureConsole('warn');
      try {
        const placeholder = await fixture<RepairCost>(html`<door-help region="AU"><repair-cost .prices=${{ phone: '000', bookingUrl: 'https://dealer.example/book' }}></repair-cost></door-help>`);
        const cost = placeholder.querySelector('repair-cost')!;
        await cost.updateComplete;
        expect(cost.shadowRoot!.querySelector('a.phone'), 'no service-desk button that dials 000').to.equal(null);
        expect(cost.shadowRoot!.querySelector('a[href="tel:000"]')).to.equal(null);
        expect(warnings.messages.filter((m) => m.includes('phone'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('reads a JSON attribute', async () => {
      const el = await fixture<RepairCost>(html`<repair-cost prices='{"repairs":{"inside-handle":{"min":99,"max":199}}}'></repair-cost>`);
      expect(rangeOf(el, 'inside-handle')).to.equal('$99 to $199');
    });

    it('hides the call to action when no link or number is given, and lets a slot replace it', async () => {
      const plain = await fixture<RepairCost>(html`<repair-cost></repair-cost>`);
      expect(inShadow(plain, '.cta').hidden).to.equal(true);
      const slotted = await fixture<RepairCost>(html`<repair-cost .prices=${dealer}><a slot="cta" href="/service">Our service desk</a></repair-cost>`);
      const slot = inShadow<HTMLSlotElement>(slotted, 'slot[name="cta"]');
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Our service desk']);
    });

    const invalid: [string, unknown, string][] = [
      ['malformed JSON', '{"repairs":', 'prices'],
      ['an unknown repair id', { repairs: { wheel: { min: 1, max: 2 } } }, 'prices.repairs.wheel'],
      ['a negative amount', { repairs: { latch: { min: -1, max: 5 } } }, 'prices.repairs.latch.min'],
      ['a non-numeric amount', { repairs: { latch: { min: 'cheap', max: 5 } } }, 'prices.repairs.latch.min'],
      ['min above max', { repairs: { latch: { min: 900, max: 5 } } }, 'prices.repairs.latch.max'],
      ['an unknown currency', { currency: 'ABC' }, 'prices.currency'],
      ['a non-https link', { bookingUrl: 'http://dealer.example' }, 'prices.bookingUrl'],
      ['a javascript: link', { bookingUrl: 'javascript:alert(document.cookie)' }, 'prices.bookingUrl'],
    ];
    for (const [name, prices, field] of invalid) {
      it(`keeps the bundled ranges for ${name}: a notice, one warning, an error event`, async () => {
        const warnings = captureConsole('warn');
        try {
          const el = document.createElement('repair-cost');
          const error = oneEvent(el, 'door-config-error');
          el.prices = prices;
          document.body.append(el);
          expect((await error).detail.field).to.equal(field);
          await el.updateComplete;
          expect(rangeOf(el, 'latch')).to.equal('$250 to $550');
          const notice = inShadow(el, '[part="notice"]');
          expect(notice.textContent).to.contain(field);
          expect(el.shadowRoot!.querySelector('a[href^="javascript:"], a[href^="http:"]') === null, '(a[href^="javascript:"], a[href^="http:"])').to.equal(true);
          expect(warnings.messages.filter((m) => m.includes(field))).to.have.length(1);
          el.remove();
        } finally {
          warnings.restore();
        }
      });
    }

    it('renders supplied text as text, never as HTML', async () => {
      const el = await fixture<RepairCost>(html`<repair-cost .prices=${{ note: '<img src=x onerror="window.pwned=1">Note' }}></repair-cost>`);
      expect(el.shadowRoot!.querySelector('img') === null, "('img')").to.equal(true);
      expect(inShadow(el, '.dealer-note').textContent).to.equal('<img src=x onerror="window.pwned=1">Note');
      expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('fetches prices-src only when given, and keeps the bundled ranges when it fails', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = document.createElement('repair-cost');
        const error = oneEvent(el, 'door-config-error');
        el.pricesSrc = '/no-such-price-list.json';
        document.body.append(el);
        expect((await error).detail.field).to.equal('prices-src');
        await el.updateComplete;
        expect(rangeOf(el, 'latch')).to.equal('$250 to $550');
        expect(inShadow(el, '[part="notice"]').textContent).to.contain('prices-src');
        el.remove();
      } finally {
        warnings.restore();
      }
    });

    it('loads a same-site prices-src', async () => {
      const el = await fixture<RepairCost>(html`<repair-cost prices-src="/tests/fixtures/prices.json"></repair-cost>`);
      for (let i = 0; i < 50 && rangeOf(el, 'latch') === '$250 to $550'; i += 1) await new Promise((r) => setTimeout(r, 20));
      expect(rangeOf(el, 'latch')).to.equal('$199 to $399');
    });

    it('refuses a prices-src that is neither https nor this site', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = document.createElement('repair-cost');
        const error = oneEvent(el, 'door-config-error');
        el.pricesSrc = 'javascript:alert(1)';
        document.body.append(el);
        expect((await error).detail).to.deep.equal({ field: 'prices-src', message: 'expected an https:// URL or one on this site' });
        el.remove();
      } finally {
        warnings.restore();
      }
    });
  });

  describe('accessibility', () => {
    it('is accessible plain', async () => {
      await expect(await fixture(html`<repair-cost></repair-cost>`)).to.be.accessible();
    });
    it('is accessible highlighted', async () => {
      await expect(await fixture(html`<repair-cost cause="latch"></repair-cost>`)).to.be.accessible();
    });
    it('is accessible with a dealer list and with a notice', async () => {
      await expect(
        await fixture(html`<repair-cost .prices=${{ bookingUrl: 'https://d.example', phone: '555 0100', laborRate: 80 }}></repair-cost>`),
      ).to.be.accessible();
      const warnings = captureConsole('warn');
      try {
        await expect(await fixture(html`<repair-cost prices="{oops"></repair-cost>`)).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  });
});
