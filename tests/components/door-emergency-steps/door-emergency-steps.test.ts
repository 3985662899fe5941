import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/door-emergency-steps.js';
import type { DoorEmergencySteps } from '../../../src/components/door-emergency-steps/door-emergency-steps.js';
import { emergencyText } from '../../../src/data/en/emergency.js';
import { sharedText } from '../../../src/data/en/shared.js';
import { allInShadow, blockSessionStorage, browserLanguagesAre, captureConsole, forgetReaderState, inShadow, replaceProperty, shadowText } from '../../support/helpers.js';
import { readState } from '../../../src/shared/platform/session-state.js';
import { fill } from '../../../src/logic/template.js';

const KEY = 'door-help:emergency-steps';

async function steps(template = html`<door-emergency-steps region="US"></door-emergency-steps>`) {
  return fixture<DoorEmergencySteps>(template);
}

const callHref = (el: Element) => el.shadowRoot!.querySelector('[part="call-button"]')?.getAttribute('href') ?? null;
const telLinks = (el: Element) => allInShadow<HTMLAnchorElement>(el, 'a[href^="tel:"]').map((a) => a.getAttribute('href'));

/**
 * No country's number presented as the reader's: no call button; the country chooser first, then
 * call links for 112 and 911, each labelled as working from a mobile phone in most countries.
 */
function expectMobileNumbersOnly(el: DoorEmergencySteps) {
  expect(el.shadowRoot!.querySelector('a.call-button'), 'no call button').to.equal(null);
  expect(telLinks(el)).to.deep.equal(['tel:112', 'tel:911']);
  const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
  for (const link of links) expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(fill(emergencyText.ui.mobileCall, { number: link.getAttribute('href')!.slice(4) }));
  const chooser = inShadow(el, '.region-choice');
  expect(chooser.compareDocumentPosition(links[0]!) & Node.DOCUMENT_POSITION_FOLLOWING, 'the chooser first').to.be.greaterThan(0);
}

describe('<door-emergency-steps>', () => {
  beforeEach(forgetReaderState);

  describe('renders every section from data', () => {
    it('shows the short answer first, then the call, the cautions, then the steps and the rest in order', async () => {
      const el = await steps();
      const root = el.shadowRoot!;
      const order = ['.short-answer', '.call', '.do-nots', '.steps', '.can-wait', '.reassurance', '.scope-note', '.disclaimer'];
      const positions = order.map((selector) => {
        const node = root.querySelector(selector);
        expect(node, selector).to.exist;
        return [...root.querySelectorAll('*')].indexOf(node!);
      });
      expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
      expect(inShadow(el, '.short-answer').textContent).to.contain(emergencyText.shortAnswer.lead);
      expect(inShadow(el, '.short-answer').textContent).to.contain('Call 911 if anyone cannot get out safely');
    });

    it('lists the five do-nots, each a caution in its own words with a real ✕ marker, the eight steps and what can wait', async () => {
      const el = await steps();
      const items = allInShadow(el, '.do-nots > li');
      expect(items.map((li) => li.querySelector('.caution')!.textContent)).to.deep.equal(emergencyText.doNots.items.map((i) => i.text));
      for (const item of items) {
        expect(item.querySelector('.caution')!.textContent).to.match(/^(Don’t|Do not) /);
        const marker = item.querySelector('.marker')!;
        expect(marker.textContent).to.equal('✕');
        expect(marker.getAttribute('aria-hidden')).to.equal('true');
      }
      const stepItems = allInShadow(el, '.steps > li');
      expect(stepItems).to.have.length(8);
      emergencyText.steps.items.forEach((step, index) => {
        expect(stepItems[index]!.querySelector('label')!.textContent).to.contain(step.title.replace('{number}', '911'));
        expect(stepItems[index]!.querySelectorAll('.substeps > li')).to.have.length(step.substeps.length);
      });
      expect(allInShadow(el, '.can-wait > li')).to.have.length(3);
      expect(shadowText(el)).to.contain(emergencyText.reassurance.text);
      expect(shadowText(el)).to.contain(emergencyText.scopeNote);
      expect(inShadow(el, '.disclaimer').textContent).to.contain(sharedText.disclaimer);
    });

    it('keeps the order of the source where it matters: park with the brake on before anyone moves seats', async () => {
      const el = await steps();
      const text = inShadow(el, '[data-id="change-seat"]').textContent!;
      expect(text.indexOf('Park')).to.be.greaterThan(-1);
      expect(text.indexOf('parking brake')).to.be.lessThan(text.indexOf('move'));
      expect(text.indexOf('Park')).to.be.lessThan(text.indexOf('move'));
      expect(inShadow(el, '[data-id="make-safe"] label').textContent).to.equal('Pause and make your situation safe.');
    });

    it('uses real headings at the configured level', async () => {
      const el = await steps(html`<door-emergency-steps region="US" heading-level="3"></door-emergency-steps>`);
      expect(inShadow(el, '.title').localName).to.equal('h3');
      expect(allInShadow(el, '.section-heading').every((h) => h.localName === 'h4')).to.equal(true);
    });

    it('marks the language it shows and lays English out left to right on a right-to-left page', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar-AE"><door-emergency-steps></door-emergency-steps></div>`);
      const el = wrapper.querySelector('door-emergency-steps')!;
      await el.updateComplete;
      const frame = inShadow(el, '.frame');
      expect(frame.getAttribute('lang')).to.equal('en');
      expect(getComputedStyle(frame).direction).to.equal('ltr');
    });
  });

  describe('the call button', () => {
    it('is a tel: link to the region’s number with the words to say beside it', async () => {
      const el = await steps(html`<door-emergency-steps region="GB"></door-emergency-steps>`);
      const call = inShadow<HTMLAnchorElement>(el, '[part="call-button"]');
      expect(call.getAttribute('href')).to.equal('tel:999');
      expect(call.textContent!.trim()).to.equal('Call 999');
      expect(inShadow(el, '.call').textContent).to.contain('112 also works');
      expect(inShadow(el, '.call .say-words').textContent).to.equal(emergencyText.sayToOperator);
      // English needs no line beside the words; Spanish says how to get a Spanish speaker.
      expect(el.shadowRoot!.querySelector('.say-note')).to.equal(null);
      await import('../../../src/locales/all.js');
      const es = await steps(html`<door-emergency-steps region="US" lang="es"></door-emergency-steps>`);
      // The page's language is read once connected: the update after the first shows Spanish.
      for (let i = 0; i < 5 && !es.shadowRoot!.querySelector('.say-note'); i++) await new Promise((resolve) => setTimeout(resolve, 20)).then(() => es.updateComplete);
      expect(inShadow(es, '.call .say-note').textContent).to.contain('«Spanish»');
    });

    it('fires door-call with the number when pressed', async () => {
      const el = await steps(html`<door-emergency-steps region="AU"></door-emergency-steps>`);
      const call = inShadow<HTMLAnchorElement>(el, '[part="call-button"]');
      call.addEventListener('click', (event) => event.preventDefault(), { once: true });
      setTimeout(() => call.click());
      const event = await oneEvent(document, 'door-call');
      expect(event.detail).to.deep.equal({ number: '000', region: 'AU' });
      expect(event.composed && event.bubbles).to.equal(true);
    });

    it('copies the words to say, and says so', async () => {
      const el = await steps();
      const written: string[] = [];
      const restore = replaceProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void written.push(text) } });
      try {
        inShadow<HTMLButtonElement>(el, 'button.copy').click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(written).to.deep.equal([emergencyText.sayToOperator]);
        expect(inShadow(el, '.call .status').textContent).to.equal(emergencyText.ui.copied);
      } finally {
        restore();
      }
    });

    it('tells the reader to copy by hand when the clipboard refuses', async () => {
      const el = await steps();
      const restore = replaceProperty(navigator, 'clipboard', {
        value: {
          writeText: async () => {
            throw new DOMException('denied', 'NotAllowedError');
          },
        },
      });
      try {
        inShadow<HTMLButtonElement>(el, 'button.copy').click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(inShadow(el, '.call .status').textContent).to.equal(emergencyText.ui.copyFailed);
      } finally {
        restore();
      }
    });
  });

  describe('region set by the site author', () => {
    // Every region of the table with its first number; each number is a call link.
    const cases: [string, string][] = [
      ['US', '911'], ['CA', '911'], ['MX', '911'], ['PR', '911'], ['GU', '911'], ['VI', '911'], ['AS', '911'], ['MP', '911'],
      ['PH', '911'], ['DO', '911'], ['CR', '911'], ['PA', '911'], ['SV', '911'], ['HN', '911'], ['EC', '911'], ['UY', '911'], ['PY', '911'],
      ['GB', '999'], ['IM', '999'], ['JE', '999'], ['GG', '999'], ['IE', '112'], ['ES', '112'], ['DE', '112'], ['NO', '113'], ['CH', '144'], ['LI', '144'],
      ['AU', '000'], ['NZ', '111'], ['IN', '112'], ['CO', '123'], ['HK', '999'], ['JP', '119'], ['KR', '119'], ['SG', '995'],
      ['AE', '998'], ['IL', '101'], ['BR', '192'], ['ZA', '10177'],
    ];
    for (const [region, number] of cases) {
      it(`${region} calls ${number}, shown plainly (no guess note)`, async () => {
        const el = await fixture<DoorEmergencySteps>(`<door-emergency-steps region="${region}"></door-emergency-steps>`);
        expect(callHref(el)).to.equal(`tel:${number}`);
        expect(el.shadowRoot!.querySelector('.region-choice') === null, "('.region-choice')").to.equal(true);
      });
    }

    it('accepts the common mistake UK (and lower case) as GB', async () => {
      for (const region of ['UK', 'uk', ' gb ']) {
        const el = await fixture<DoorEmergencySteps>(html`<door-emergency-steps region=${region}></door-emergency-steps>`);
        expect(callHref(el), region).to.equal('tel:999');
      }
    });

    it('words for the reader’s country: outside the US the roadside and recall steps name no US club or agency', async () => {
      for (const region of ['GB', 'DE']) {
        const el = await steps(html`<door-emergency-steps region=${region}></door-emergency-steps>`);
        expect(inShadow(el, '[data-id="who-to-call"]').textContent, region).to.equal(emergencyText.ui.roadsideElsewhere);
        expect(inShadow(el, '#step-recall-check').closest('li')!.querySelector('.check-detail')!.textContent, region).to.equal(emergencyText.ui.recallElsewhere);
        expect(shadowText(el), region).not.to.contain('AAA');
        expect(shadowText(el), region).not.to.contain('NHTSA');
      }
      const us = await steps(html`<door-emergency-steps region="US"></door-emergency-steps>`);
      expect(inShadow(us, '[data-id="who-to-call"]').textContent).to.contain('AAA');
      expect(shadowText(us)).to.contain('NHTSA');
      const pr = await steps(html`<door-emergency-steps region="PR"></door-emergency-steps>`);
      expect(inShadow(pr, '[data-id="who-to-call"]').textContent, 'a US territory').to.contain('AAA');
    });

    it('every sentence that tells the reader to call carries the call link: the short answer and step 5, each dialling what the button dials', async () => {
      const el = await steps(html`<door-emergency-steps region="GB"></door-emergency-steps>`);
      expect(inShadow(el, '.short-answer a[href="tel:999"]').textContent).to.equal('999');
      const stepCall = inShadow<HTMLAnchorElement>(el, '[data-id="call-emergency"] a.step-call');
      expect(stepCall.getAttribute('href')).to.equal('tel:999');
      expect(stepCall.textContent!.trim()).to.equal('Call 999');
      const calls: string[] = [];
      el.addEventListener('door-call', (event) => calls.push((event as CustomEvent).detail.number));
      stepCall.addEventListener('click', (event) => event.preventDefault(), { once: true });
      stepCall.click();
      expect(calls).to.deep.equal(['999']);
      for (const link of allInShadow<HTMLAnchorElement>(el, 'a[href^="tel:"]')) expect(link.textContent, link.getAttribute('href')!).to.contain(link.getAttribute('href')!.slice(4));
    });

    it('names the service of each number where a country splits its lines, ambulance or rescue first', async () => {
      const el = await steps(html`<door-emergency-steps region="BR"></door-emergency-steps>`);
      expect(inShadow(el, '[part="call-button"]').textContent!.trim()).to.equal('Call 192: ambulance');
      expect(allInShadow<HTMLAnchorElement>(el, '.call a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:192', 'tel:193', 'tel:190']);
      expect(allInShadow(el, '.alternate').map((a) => a.textContent!.trim())).to.deep.equal(['For fire and rescue: 193.', 'For police: 190.']);
      const au = await steps(html`<door-emergency-steps region="AU"></door-emergency-steps>`);
      expect(inShadow(au, '.alternate').textContent!.trim()).to.equal('From a mobile phone, 112 works too.');
      const jp = await steps(html`<door-emergency-steps region="JP"></door-emergency-steps>`);
      expect(inShadow(jp, '[part="call-button"]').textContent!.trim()).to.equal('Call 119: ambulance and fire');
      // Argentina: 911 only where a province answers it, said so.
      const ar = await steps(html`<door-emergency-steps region="AR"></door-emergency-steps>`);
      expect(inShadow(ar, '[part="call-button"]').textContent!.trim()).to.equal('Call 107: ambulance');
      expect(allInShadow(ar, '.alternate').map((a) => a.textContent!.trim())).to.deep.equal(['In some areas, 911 reaches every service.', 'For fire and rescue: 100.', 'For police: 101.']);
      const es = await steps(html`<door-emergency-steps region="AR" lang="es"></door-emergency-steps>`);
      await import('../../../src/locales/all.js');
      await es.updateComplete;
      expect(inShadow(es, '.alternate').textContent!.trim()).to.equal('En algunas zonas, el 911 atiende todos los servicios.');
    });

    for (const bad of ['ZZ', 'BO', 'united-kingdom', '<b>GB</b>', '9']) {
      it(`an unknown or malformed region "${bad}" shows no country's number, says so, offers the chooser and 112 and 911 from a mobile phone, and warns once`, async () => {
        const warnings = captureConsole('warn');
        try {
          const el = await fixture<DoorEmergencySteps>(html`<door-emergency-steps region=${bad}></door-emergency-steps>`);
          await fixture(html`<door-emergency-steps region=${bad}></door-emergency-steps>`);
          expectMobileNumbersOnly(el);
          expect(inShadow(el, '.call-local').textContent).to.equal(emergencyText.ui.callLocal);
          expect(inShadow(el, '.short-answer').textContent).to.contain('your local emergency number');
          expect(inShadow(el, '.region-note').textContent).to.equal(emergencyText.ui.unknownRegion);
          expect(warnings.messages.filter((m) => m.includes(`"${bad.trim()}"`)).length).to.equal(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('updates the number when the region changes', async () => {
      const el = await steps();
      el.region = 'NZ';
      await el.updateComplete;
      expect(callHref(el)).to.equal('tel:111');
    });
  });

  describe('region guessed from a language, and the reader’s correction', () => {
    it('takes the nearest lang’s country as a guess, says so, and offers the reader a choice', async () => {
      const wrapper = await fixture(html`<div lang="en-GB"><section><door-emergency-steps></door-emergency-steps></section></div>`);
      const el = wrapper.querySelector('door-emergency-steps')!;
      await el.updateComplete;
      expect(callHref(el)).to.equal('tel:999');
      expect(inShadow(el, '.region-note').textContent).to.equal(fill(emergencyText.ui.regionGuess, { country: 'United Kingdom' }));
      expect(shadowText(el)).to.contain(emergencyText.ui.mobileNumbers);
      expect(inShadow(el, '.region-choice span').textContent).to.equal('Not in United Kingdom? Choose your country');
      expect(inShadow<HTMLSelectElement>(el, '.region-choice select').value).to.equal('GB');
    });

    it('the reader’s choice replaces the guess on every element, for the session, but never a site author’s region', async () => {
      const page = await fixture(html`<div lang="en-GB">
        <door-emergency-steps id="a"></door-emergency-steps><door-emergency-steps id="b"></door-emergency-steps>
        <door-emergency-steps id="set" region="GB"></door-emergency-steps>
      </div>`);
      const [a, b, set] = ['#a', '#b', '#set'].map((s) => page.querySelector<DoorEmergencySteps>(s)!);
      await Promise.all([a, b, set].map((el) => el.updateComplete));
      const select = inShadow<HTMLSelectElement>(a, '.region-choice select');
      select.value = 'IE';
      select.dispatchEvent(new Event('change'));
      await Promise.all([a.updateComplete, b.updateComplete, set.updateComplete]);
      expect([callHref(a), callHref(b), callHref(set)]).to.deep.equal(['tel:112', 'tel:112', 'tel:999']);
      expect(a.shadowRoot!.querySelector('.region-note') === null, "('.region-note')").to.equal(true);
      expect(inShadow(a, '.region-choice span').textContent).to.equal('Not in Ireland? Choose your country');
      const later = await fixture<DoorEmergencySteps>(html`<door-emergency-steps lang="en-US"></door-emergency-steps>`);
      expect(callHref(later), 'kept for the session').to.equal('tel:112');
    });

    it('choosing "another country" shows the honest local-number words, with no number', async () => {
      const wrapper = await fixture(html`<div lang="en-AU"><door-emergency-steps></door-emergency-steps></div>`);
      const el = wrapper.querySelector('door-emergency-steps')!;
      await el.updateComplete;
      const select = inShadow<HTMLSelectElement>(el, '.region-choice select');
      select.value = '-';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expectMobileNumbersOnly(el);
      expect(inShadow(el, '.region-note').textContent).to.equal(emergencyText.ui.noRegion);
    });

    it('falls back to the browser’s languages as a guess', async () => {
      const restore = browserLanguagesAre(['en', 'en-NZ']);
      try {
        const el = await fixture<DoorEmergencySteps>(html`<door-emergency-steps lang="en"></door-emergency-steps>`);
        expect(callHref(el)).to.equal('tel:111');
        expect(inShadow(el, '.region-note').textContent).to.equal(fill(emergencyText.ui.regionGuess, { country: 'New Zealand' }));
      } finally {
        restore();
      }
    });

    it('with no country anywhere shows no number as if it were the reader’s: the local number, and what 112 and 911 reach', async () => {
      const restore = browserLanguagesAre(['de', 'fr']);
      try {
        const wrapper = await fixture(html`<div lang="de"><door-emergency-steps></door-emergency-steps></div>`);
        const el = wrapper.querySelector('door-emergency-steps')!;
        await el.updateComplete;
        expectMobileNumbersOnly(el);
        expect(inShadow(el, '.call-local').textContent).to.equal(emergencyText.ui.callLocal);
        expect(inShadow(el, '.region-note').textContent).to.equal(emergencyText.ui.noRegion);
        expect(inShadow(el, '.region-choice span').textContent).to.equal(emergencyText.ui.chooseCountryFirst);
      } finally {
        restore();
      }
    });
  });

  describe('ticking steps', () => {
    it('ticks a step, fires door-step-toggle and keeps it across a reload (new element)', async () => {
      const el = await steps();
      // The rear-door, other-exit and call steps apply to some readers only: counted once ticked.
      expect(inShadow(el, '.progress').textContent).to.equal('0 of 5 steps done');
      const box = inShadow<HTMLInputElement>(el, '#step-child-lock');
      setTimeout(() => box.click());
      const event = await oneEvent(el, 'door-step-toggle');
      expect(event.detail).to.deep.equal({ list: 'emergency', stepId: 'child-lock', done: true, doneCount: 1, total: 6 });
      await el.updateComplete;
      expect(inShadow(el, '.progress').textContent).to.equal('1 of 6 steps done');
      expect(readState('ticks', KEY)).to.equal('child-lock');

      const again = await steps();
      expect(inShadow<HTMLInputElement>(again, '#step-child-lock').checked).to.equal(true);
      expect(again.tickedSteps).to.deep.equal(['child-lock']);
    });

    it('two lists with one key are one state: a tick in either shows in both and neither overwrites the other', async () => {
      const page = await fixture(html`<div><door-emergency-steps region="US"></door-emergency-steps><door-emergency-steps region="US"></door-emergency-steps></div>`);
      const [a, b] = [...page.querySelectorAll<DoorEmergencySteps>('door-emergency-steps')];
      // First renders take their turns (src/shared/element/render-turns.ts): wait for both.
      await Promise.all([a!.updateComplete, b!.updateComplete]);
      inShadow<HTMLInputElement>(a!, '#step-make-safe').click();
      inShadow<HTMLInputElement>(b!, '#step-child-lock').click();
      await Promise.all([a!.updateComplete, b!.updateComplete]);
      expect(a!.tickedSteps).to.deep.equal(['make-safe', 'child-lock']);
      expect(b!.tickedSteps).to.deep.equal(['make-safe', 'child-lock']);
      expect(readState('ticks', KEY)).to.equal('make-safe child-lock');
    });

    it('keeps working in memory when storage throws', async () => {
      const restore = blockSessionStorage();
      try {
        const el = await steps();
        inShadow<HTMLInputElement>(el, '#step-make-safe').click();
        await el.updateComplete;
        expect(el.tickedSteps).to.deep.equal(['make-safe']);
        expect(inShadow(el, '.progress').textContent).to.equal('1 of 5 steps done');
      } finally {
        restore();
      }
    });
  });

  describe('recall check', () => {
    async function submitVin(el: DoorEmergencySteps, vin: string) {
      inShadow<HTMLInputElement>(el, '#vin').value = vin;
      inShadow<HTMLButtonElement>(el, 'button.check-recalls').click();
      await el.updateComplete;
    }

    /** window.open that records its calls and returns a fake tab (or null, as a blocked popup does). */
    function fakeOpen(result: 'tab' | 'blocked') {
      const opened: unknown[][] = [];
      const tab = { opener: window as unknown };
      const restore = replaceProperty(window, 'open', { value: (...args: unknown[]) => (opened.push(args), result === 'tab' ? tab : null), writable: true });
      return { opened, tab, restore };
    }

    it('opens NHTSA’s lookup for a valid VIN in the US in a new tab, cut off from this page, and says so', async () => {
      const fake = fakeOpen('tab');
      try {
        const el = await steps();
        const event = oneEvent(el, 'door-recall-open');
        await submitVin(el, '1hgcm82633a004352');
        const url = 'https://www.nhtsa.gov/recalls?vin=1HGCM82633A004352';
        expect(fake.opened).to.deep.equal([[url, '_blank']]);
        expect(fake.tab.opener).to.equal(null);
        expect((await event).detail).to.deep.equal({ vin: '1HGCM82633A004352', region: 'US', url });
        expect(inShadow(el, '.opened').textContent).to.equal('We opened NHTSA’s recall lookup in a new tab.');
        const link = inShadow<HTMLAnchorElement>(el, '#vin-message a');
        expect(link.href).to.equal(url);
        expect(link.target).to.equal('_blank');
      } finally {
        fake.restore();
      }
    });

    it('never says a tab opened when none did (sandboxed frame, popup blocker): it shows the link to open', async () => {
      const fake = fakeOpen('blocked');
      try {
        const el = await steps();
        await submitVin(el, '1HGCM82633A004352');
        expect(fake.opened).to.have.length(1);
        expect(el.shadowRoot!.querySelector('.opened') === null, "('.opened')").to.equal(true);
        expect(shadowText(el).includes('We opened'), 'no "opened" claim').to.equal(false);
        expect(inShadow<HTMLAnchorElement>(el, '#vin-message a').href).to.equal('https://www.nhtsa.gov/recalls?vin=1HGCM82633A004352');
      } finally {
        fake.restore();
      }
    });

    it('in Canada links Transport Canada’s recalls database, which searches by make, model and year', async () => {
      const fake = fakeOpen('tab');
      try {
        const el = await steps(html`<door-emergency-steps region="CA"></door-emergency-steps>`);
        await submitVin(el, '1HGCM82633A004352');
        expect(fake.opened[0]![0]).to.equal('https://wwwapps.tc.gc.ca/Saf-Sec-Sur/7/VRDB-BDRV/search-recherche/menu.aspx?lang=eng');
        expect(shadowText(el)).to.contain('Transport Canada’s motor vehicle recalls database');
        expect(shadowText(el)).to.contain(emergencyText.recall.searchHint);
        expect(shadowText(el)).not.to.contain('NHTSA’s recall lookup');
      } finally {
        fake.restore();
      }
    });

    it('in GB and AU links the official recall checks', async () => {
      const fake = fakeOpen('tab');
      try {
        for (const [region, url] of [['GB', 'https://www.gov.uk/check-vehicle-recall'], ['AU', 'https://www.vehiclerecalls.gov.au/']] as const) {
          const el = await steps(html`<door-emergency-steps region=${region}></door-emergency-steps>`);
          await submitVin(el, 'WVWZZZ1JZXW000001');
          expect(inShadow<HTMLAnchorElement>(el, '.recall-link').href).to.equal(url);
        }
      } finally {
        fake.restore();
      }
    });

    it('blocks an invalid VIN with a message and keeps focus in the field', async () => {
      const el = await steps();
      await submitVin(el, '1HGCM82643A004352');
      expect(inShadow(el, '.error').textContent).to.equal(emergencyText.recall.errors.checkDigit);
      expect(inShadow(el, '#vin').getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement?.id).to.equal('vin');
      await submitVin(el, 'ABC');
      expect(inShadow(el, '.error').textContent).to.equal('A VIN has 17 characters. This one has 3.');
    });

    it('where no official search covers the car, sends the reader to the carmaker or regulator, and only softly warns about a check digit', async () => {
      const fake = fakeOpen('tab');
      try {
        const el = await steps(html`<door-emergency-steps region="DE"></door-emergency-steps>`);
        await submitVin(el, 'WVWZZZ1JZXW000001');
        expect(fake.opened).to.have.length(0);
        expect(el.shadowRoot!.querySelector('.error') === null, "('.error')").to.equal(true);
        expect(el.shadowRoot!.querySelector('.recall-link') === null, "('.recall-link')").to.equal(true);
        expect(shadowText(el)).to.contain(emergencyText.recall.softCheckDigit);
        expect(shadowText(el)).to.contain(emergencyText.recall.elsewhere);
      } finally {
        fake.restore();
      }
    });
  });

  describe('compact', () => {
    it('shows the short answer, the call button and the cautions, with the steps behind a toggle', async () => {
      const el = await steps(html`<door-emergency-steps region="US" compact></door-emergency-steps>`);
      const details = inShadow(el, '#details');
      const toggle = inShadow<HTMLButtonElement>(el, 'button.toggle');
      expect(getComputedStyle(details).display).to.equal('none');
      expect(callHref(el)).to.equal('tel:911');
      const doNots = inShadow(el, '.do-nots');
      expect(doNots.closest('#details') === null, 'the cautions are not folded away').to.equal(true);
      expect(doNots.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(allInShadow(el, '.do-nots .caution')).to.have.length(5);
      expect(getComputedStyle(inShadow(el, '.disclaimer')).display).not.to.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(details).display).not.to.equal('none');
    });
  });

  describe('accessibility', () => {
    it('is accessible by default', async () => {
      await expect(await steps()).to.be.accessible();
    });
    it('is accessible when compact', async () => {
      await expect(await steps(html`<door-emergency-steps region="US" compact></door-emergency-steps>`)).to.be.accessible();
    });
    it('is accessible with a guessed region and its chooser', async () => {
      const wrapper = await fixture(html`<div lang="en-GB"><door-emergency-steps></door-emergency-steps></div>`);
      const el = wrapper.querySelector('door-emergency-steps')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('is accessible with steps ticked and a VIN error', async () => {
      const el = await steps();
      inShadow<HTMLInputElement>(el, '#step-make-safe').click();
      inShadow<HTMLInputElement>(el, '#vin').value = 'bad';
      inShadow<HTMLButtonElement>(el, 'button.check-recalls').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
