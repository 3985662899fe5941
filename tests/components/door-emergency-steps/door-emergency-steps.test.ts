import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/door-emergency-steps.js';
import type { DoorEmergencySteps } from '../../../src/components/door-emergency-steps/door-emergency-steps.js';
import { emergencyText } from '../../../src/data/en/emergency.js';
import { sharedText } from '../../../src/data/en/shared.js';
import { safeSessionStorage } from '../../../src/logic/storage.js';
import { allInShadow, blockSessionStorage, captureConsole, inShadow, replaceProperty, shadowText } from '../../helpers.js';

const KEY = 'door-help:emergency-steps';

async function steps(template = html`<door-emergency-steps region="US"></door-emergency-steps>`) {
  return fixture<DoorEmergencySteps>(template);
}

describe('<door-emergency-steps>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    safeSessionStorage.remove(KEY);
  });

  describe('renders every section from data', () => {
    it('shows the short answer first, then the call, then the sections in order', async () => {
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
      expect(inShadow(el, '.short-answer').textContent).to.contain('call 911');
    });

    it('lists the five do-nots, the eight steps with nested sub-steps, and what can wait', async () => {
      const el = await steps();
      expect(allInShadow(el, '.do-nots > li').map((li) => li.textContent!.trim())).to.deep.equal(emergencyText.doNots.items.map((i) => i.text));
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

    it('uses real headings at the configured level', async () => {
      const el = await steps(html`<door-emergency-steps region="US" heading-level="3"></door-emergency-steps>`);
      expect(inShadow(el, '.title').localName).to.equal('h3');
      expect(allInShadow(el, '.section-heading').every((h) => h.localName === 'h4')).to.equal(true);
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
      const restore = replaceProperty(navigator, 'clipboard', { get: () => ({ writeText: async (t: string) => void written.push(t) }) });
      try {
        inShadow<HTMLButtonElement>(el, 'button.copy').click();
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(written).to.deep.equal([emergencyText.sayToOperator]);
        expect(inShadow(el, '.call [role="status"]').textContent).to.equal(emergencyText.ui.copied);
      } finally {
        restore();
      }
    });

    it('tells the reader to copy by hand when the clipboard refuses', async () => {
      const el = await steps();
      const restore = replaceProperty(navigator, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new Error('denied')) }) });
      try {
        inShadow<HTMLButtonElement>(el, 'button.copy').click();
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(inShadow(el, '.call [role="status"]').textContent).to.equal(emergencyText.ui.copyFailed);
      } finally {
        restore();
      }
    });
  });

  describe('region', () => {
    const cases: [string, string | null][] = [
      ['US', '911'], ['CA', '911'], ['MX', '911'], ['PR', '911'], ['GB', '999'], ['IE', '112'], ['ES', '112'],
      ['CH', '112'], ['AU', '000'], ['NZ', '111'], ['IN', '112'], ['JP', '119'],
    ];
    for (const [region, number] of cases) {
      it(`${region} shows tel:${number}`, async () => {
        const el = await fixture<DoorEmergencySteps>(`<door-emergency-steps region="${region}"></door-emergency-steps>`);
        expect(inShadow(el, '[part="call-button"]').getAttribute('href')).to.equal(`tel:${number}`);
      });
    }

    for (const bad of ['ZZ', 'BR', 'united-kingdom', '<b>GB</b>', '9']) {
      it(`an unknown or malformed region "${bad}" shows no number and warns once`, async () => {
        const warnings = captureConsole('warn');
        try {
          const el = await fixture<DoorEmergencySteps>(html`<door-emergency-steps region=${bad}></door-emergency-steps>`);
          await fixture(html`<door-emergency-steps region=${bad}></door-emergency-steps>`);
          expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
          expect(inShadow(el, '.call-local').textContent).to.equal(emergencyText.ui.callLocal);
          expect(inShadow(el, '.short-answer').textContent).to.contain('your local emergency number');
          expect(shadowText(el)).not.to.match(/\b(911|999|112|000)\b/);
          expect(warnings.messages.filter((m) => m.includes(`"${bad}"`))).to.have.length(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('takes the region of the nearest lang', async () => {
      const wrapper = await fixture(html`<div lang="en-GB"><section><door-emergency-steps></door-emergency-steps></section></div>`);
      const el = wrapper.querySelector('door-emergency-steps')!;
      await el.updateComplete;
      expect(inShadow(el, '[part="call-button"]').getAttribute('href')).to.equal('tel:999');
    });

    it('falls back to the browser language, then US', async () => {
      const restore = replaceProperty(navigator, 'language', { get: () => 'en-NZ' });
      try {
        const el = await fixture<DoorEmergencySteps>(html`<door-emergency-steps></door-emergency-steps>`);
        expect(inShadow(el, '[part="call-button"]').getAttribute('href')).to.equal('tel:111');
      } finally {
        restore();
      }
      const restoreNoRegion = replaceProperty(navigator, 'language', { get: () => 'en' });
      try {
        const el = await fixture<DoorEmergencySteps>(html`<div lang="fr"><door-emergency-steps></door-emergency-steps></div>`);
        const steps = el.querySelector('door-emergency-steps')!;
        await steps.updateComplete;
        expect(inShadow(steps, '[part="call-button"]').getAttribute('href')).to.equal('tel:911');
      } finally {
        restoreNoRegion();
      }
    });

    it('updates the number when the region changes', async () => {
      const el = await steps();
      el.region = 'NZ';
      await el.updateComplete;
      expect(inShadow(el, '[part="call-button"]').getAttribute('href')).to.equal('tel:111');
    });
  });

  describe('ticking steps', () => {
    it('ticks a step, fires door-step-toggle and keeps it across a reload (new element)', async () => {
      const el = await steps();
      const box = inShadow<HTMLInputElement>(el, '#step-child-lock');
      setTimeout(() => box.click());
      const event = await oneEvent(el, 'door-step-toggle');
      expect(event.detail).to.deep.equal({ list: 'emergency', stepId: 'child-lock', done: true, doneCount: 1, total: 8 });
      await el.updateComplete;
      expect(inShadow(el, '.progress').textContent).to.equal('1 of 8 steps done');
      expect(JSON.parse(sessionStorage.getItem(KEY)!)).to.deep.equal(['child-lock']);

      const again = await steps();
      expect(inShadow<HTMLInputElement>(again, '#step-child-lock').checked).to.equal(true);
      expect(again.tickedSteps).to.deep.equal(['child-lock']);
    });

    it('keeps working in memory when storage throws', async () => {
      const restore = blockSessionStorage();
      try {
        const el = await steps();
        inShadow<HTMLInputElement>(el, '#step-make-safe').click();
        await el.updateComplete;
        expect(el.tickedSteps).to.deep.equal(['make-safe']);
        expect(inShadow(el, '.progress').textContent).to.equal('1 of 8 steps done');
      } finally {
        restore();
      }
    });
  });

  describe('recall check', () => {
    async function submitVin(el: DoorEmergencySteps, vin: string) {
      inShadow<HTMLInputElement>(el, '#vin').value = vin;
      inShadow<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
    }

    it('opens NHTSA’s lookup for a valid VIN in the US, in a new tab', async () => {
      const opened: unknown[][] = [];
      const restore = replaceProperty(window, 'open', { value: (...args: unknown[]) => (opened.push(args), null), writable: true });
      try {
        const el = await steps();
        const event = oneEvent(el, 'door-recall-open');
        await submitVin(el, '1hgcm82633a004352');
        const url = 'https://www.nhtsa.gov/recalls?vin=1HGCM82633A004352';
        expect(opened).to.deep.equal([[url, '_blank', 'noopener,noreferrer']]);
        expect((await event).detail).to.deep.equal({ vin: '1HGCM82633A004352', region: 'US', url });
        const link = inShadow<HTMLAnchorElement>(el, '#vin-message a');
        expect(link.href).to.equal(url);
        expect(link.target).to.equal('_blank');
      } finally {
        restore();
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

    it('outside the US says where to check, and only softly warns about a check digit', async () => {
      const opened: unknown[] = [];
      const restore = replaceProperty(window, 'open', { value: (...args: unknown[]) => (opened.push(args), null), writable: true });
      try {
        const el = await steps(html`<door-emergency-steps region="DE"></door-emergency-steps>`);
        await submitVin(el, 'WVWZZZ1JZXW000001');
        expect(opened).to.have.length(0);
        expect(el.shadowRoot!.querySelector('.error')).to.equal(null);
        expect(shadowText(el)).to.contain(emergencyText.recall.softCheckDigit);
        expect(shadowText(el)).to.contain(emergencyText.recall.elsewhere);
      } finally {
        restore();
      }
    });
  });

  describe('compact', () => {
    it('shows the short answer and call button, with the steps behind a toggle', async () => {
      const el = await steps(html`<door-emergency-steps region="US" compact></door-emergency-steps>`);
      const details = inShadow(el, '#details');
      const toggle = inShadow<HTMLButtonElement>(el, 'button.toggle');
      expect(getComputedStyle(details).display).to.equal('none');
      expect(inShadow(el, '[part="call-button"]').getAttribute('href')).to.equal('tel:911');
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
    it('is accessible with steps ticked and a VIN error', async () => {
      const el = await steps();
      inShadow<HTMLInputElement>(el, '#step-make-safe').click();
      inShadow<HTMLInputElement>(el, '#vin').value = 'bad';
      inShadow<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
