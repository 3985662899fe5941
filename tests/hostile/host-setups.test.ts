import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/all.js';
import { registerLocale } from '../../src/i18n/registry.js';
import { bundle as es } from '../../src/data/es/index.js';
import type { LocaleBundle } from '../../src/data/bundle.js';
import { browserLanguagesAre, captureConsole, forgetReaderState, inShadow, shadowText } from '../support/helpers.js';
import { frameWindow, loadFrame, removeFrames, renderedIn } from '../support/frames.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

const callHref = (el: Element) => el.shadowRoot!.querySelector('[part="call-button"]')?.getAttribute('href') ?? null;

/** Lets every element on the page finish the updates a change set off (settings refresh in a microtask). */
async function settled(...elements: Element[]) {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all(elements.map((el) => (el as Lit).updateComplete));
  }
}

describe('settings as site authors build pages', () => {
  beforeEach(forgetReaderState);
  afterEach(removeFrames);

  describe('wrappers', () => {
    it('a <door-help> nested in another keeps the outer one’s region (field by field)', async () => {
      const page = await fixture(html`<door-help region="GB"><door-help locale="en-GB"><door-emergency-steps></door-emergency-steps></door-help></door-help>`);
      const steps = page.querySelector('door-emergency-steps')!;
      await settled(steps);
      expect(callHref(steps)).to.equal('tel:999');
      expect(steps.shadowRoot!.querySelector('.region-note') === null, "('.region-note')").to.equal(true);
    });

    it('the nearest wrapper’s region wins; a child’s region=" " is not set and takes it', async () => {
      const page = await fixture(html`<door-help region="US"><door-help region="IE"><door-emergency-steps region=" "></door-emergency-steps></door-help></door-help>`);
      const steps = page.querySelector('door-emergency-steps')!;
      await settled(steps);
      expect(callHref(steps)).to.equal('tel:112');
    });

    it('a wrapper connected around elements after they rendered, and elements moved into one, follow it', async () => {
      const restore = browserLanguagesAre(['en-US']);
      try {
        const page = await fixture(html`<div lang="en"><door-emergency-steps></door-emergency-steps></div>`);
        const steps = page.querySelector('door-emergency-steps')!;
        await settled(steps);
        expect(callHref(steps)).to.equal('tel:911');
        const wrapper = document.createElement('door-help');
        wrapper.setAttribute('region', 'NZ');
        page.append(wrapper);
        wrapper.append(steps);
        await settled(steps, wrapper);
        expect(callHref(steps)).to.equal('tel:111');
        page.append(steps); // out again
        await settled(steps);
        expect(callHref(steps)).to.equal('tel:911');
      } finally {
        restore();
      }
    });

    it('a wrapper’s attribute changed by a page script updates the elements inside', async () => {
      const page = await fixture(html`<door-help region="AU"><div><door-emergency-steps></door-emergency-steps></div></door-help>`);
      const steps = page.querySelector('door-emergency-steps')!;
      await settled(steps);
      page.setAttribute('region', 'JP');
      await settled(steps, page);
      expect(callHref(steps)).to.equal('tel:119');
    });

    it('the diagnosis’s embedded steps follow the wrapper around the diagnosis', async () => {
      const page = await fixture(html`<door-help region="GB"><door-diagnosis></door-diagnosis></door-help>`);
      const diagnosis = page.querySelector('door-diagnosis')!;
      await settled(diagnosis);
      inShadow<HTMLInputElement>(diagnosis, 'fieldset[data-question="trapped"] input[value="yes"]').click();
      await settled(diagnosis);
      const embedded = inShadow(diagnosis, 'door-emergency-steps');
      await settled(embedded);
      expect(callHref(embedded)).to.equal('tel:999');
    });
  });

  describe('each define order of the npm entries (import sorters put them in alphabetical order)', () => {
    const orders = [
      ['door-diagnosis', 'door-emergency-steps', 'door-help', 'repair-cost'],
      ['repair-cost', 'door-emergency-steps', 'door-diagnosis', 'door-help'],
      ['door-help', 'repair-cost', 'door-diagnosis', 'door-emergency-steps'],
    ];
    for (const order of orders) {
      it(`${order.join(' → ')}: the wrapper’s region reaches every element and the cost follows the diagnosis`, async () => {
        // Absolute URLs: WebKit resolves a dynamic import in a srcdoc frame against about:srcdoc.
        const imports = order.map((tag) => `await import('${location.origin}/dist/define/${tag}.js'); await new Promise((r) => setTimeout(r, 30));`).join('\n');
        const frame = await loadFrame(`<!doctype html><html lang="en-US"><head></head><body>
          <door-help region="GB"><door-emergency-steps></door-emergency-steps><door-diagnosis></door-diagnosis><repair-cost></repair-cost></door-help>
          <script type="module">${imports} window.__done = true;</script></body></html>`);
        const win = frameWindow(frame) as ReturnType<typeof frameWindow> & { __done?: boolean };
        for (let i = 0; i < 200 && !win.__done; i += 1) await new Promise((r) => setTimeout(r, 20));
        const [steps] = await renderedIn(frame, 'door-emergency-steps');
        const [diagnosis] = await renderedIn(frame, 'door-diagnosis');
        const [cost] = await renderedIn(frame, 'repair-cost');
        await new Promise((r) => setTimeout(r, 30));
        expect(callHref(steps!)).to.equal('tel:999');
        diagnosis!.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-question="locks"] input[value="weak"]')!.click();
        await settled(diagnosis!, cost!);
        expect([...cost!.shadowRoot!.querySelectorAll<HTMLElement>('.row.highlighted')].map((r) => r.dataset.repair)).to.deep.equal(['actuator']);
        expect(win.__errors).to.deep.equal([]);
      });
    }

    it('the wrapper defined last, long after its children rendered a guess, replaces the guess', async () => {
      const frame = await loadFrame(`<!doctype html><html lang="en-US"><head></head><body>
        <door-help region="AU"><door-emergency-steps></door-emergency-steps></door-help>
        <script type="module">await import('${location.origin}/dist/define/door-emergency-steps.js'); window.__stepsDone = true;</script></body></html>`);
      const [steps] = await renderedIn(frame, 'door-emergency-steps');
      expect(callHref(steps!)).to.equal('tel:000'); // read from the wrapper's attribute before it is defined
      const win = frameWindow(frame) as ReturnType<typeof frameWindow> & { __late?: boolean };
      const script = frame.contentDocument!.createElement('script');
      script.type = 'module';
      script.textContent = `await import('${location.origin}/dist/define/door-help.js'); document.querySelector('door-help').region = 'NZ'; window.__late = true;`;
      frame.contentDocument!.body.append(script);
      for (let i = 0; i < 200 && !win.__late; i += 1) await new Promise((r) => setTimeout(r, 20));
      await settled(steps!);
      expect(callHref(steps!)).to.equal('tel:111');
    });
  });

  describe('languages', () => {
    it('a lang changed inside a shadow root (an app shell) updates the number', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<main lang="en-US"><door-emergency-steps></door-emergency-steps></main>';
      const steps = root.querySelector('door-emergency-steps')!;
      await settled(steps);
      expect(callHref(steps)).to.equal('tel:911');
      root.querySelector('main')!.setAttribute('lang', 'en-GB');
      await settled(steps);
      expect(callHref(steps)).to.equal('tel:999');
      host.setAttribute('lang', 'en-AU'); // the host's lang is farther away than <main>'s
      await settled(steps);
      expect(callHref(steps)).to.equal('tel:999');
    });

    it('an element moved to another document follows that document’s lang, and its changes', async () => {
      const frame = await loadFrame('<!doctype html><html lang="en-AU"><head></head><body></body></html>');
      const steps = await fixture<Lit>(html`<door-emergency-steps lang=""></door-emergency-steps>`);
      await settled(steps);
      frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(steps));
      await settled(steps);
      expect(callHref(steps)).to.equal('tel:000');
      frame.contentDocument!.documentElement.setAttribute('lang', 'en-NZ');
      await settled(steps);
      expect(callHref(steps)).to.equal('tel:111');
    });

    it('a language file from another release (keys missing) falls back key by key, with one warning and the call button', async () => {
      const partial = structuredClone(es) as unknown as { lang: string; emergency: { ui: Record<string, unknown> }; shared: Record<string, unknown> };
      partial.lang = 'es-XA';
      delete partial.emergency.ui.callButton;
      delete partial.shared.disclaimer;
      const warnings = captureConsole('warn');
      try {
        registerLocale(partial as unknown as LocaleBundle);
        const page = await fixture(html`<div lang="es-XA"><door-emergency-steps region="MX"></door-emergency-steps></div>`);
        const steps = page.querySelector('door-emergency-steps')!;
        await settled(steps);
        expect(inShadow(steps, '[part="call-button"]').textContent!.trim()).to.equal('Call 911');
        expect(inShadow(steps, '.short-answer').textContent).to.contain('Saque a todos');
        expect(inShadow(steps, '.disclaimer').textContent).to.contain('general safety help');
        expect(warnings.messages.filter((m) => m.includes('"es-XA" text lacks'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('hostile objects and degraded environments', () => {
    it('an Object.prototype with extra fields adds no number, verdict or link', async () => {
      const proto = Object.prototype as Record<string, unknown>;
      const added = { alternates: [{ number: '123', service: 'all' }], latches: 'secure', doorCount: 'one', seatNeeded: 'no', bookingUrl: 'javascript:alert(1)' };
      for (const [key, value] of Object.entries(added)) Object.defineProperty(proto, key, { value, configurable: true, writable: true, enumerable: false });
      try {
        const page = await fixture(html`<door-help region="US" .prices=${{ repairs: { latch: { min: 1, max: 2 } } }}>
          <door-emergency-steps></door-emergency-steps><door-diagnosis></door-diagnosis><repair-cost></repair-cost></door-help>`);
        const [steps, diagnosis, cost] = ['door-emergency-steps', 'door-diagnosis', 'repair-cost'].map((t) => page.querySelector(t)!);
        await settled(steps!, diagnosis!, cost!);
        expect(steps!.shadowRoot!.querySelectorAll('.call a[href^="tel:"]')).to.have.length(1);
        expect(inShadow(diagnosis!, '.driving').dataset.verdict).to.equal('undecided');
        expect(cost!.shadowRoot!.querySelector('a.book') === null, "('a.book')").to.equal(true);
        expect(cost!.shadowRoot!.querySelector('a[href^="javascript:"]') === null, '(a[href^="javascript:"])').to.equal(true);
      } finally {
        for (const key of Object.keys(added)) delete proto[key];
      }
    });

    it('without Intl, money is still shown (digits and currency code) and every element renders its disclaimer', async () => {
      const frame = await loadFrame('<script>delete window.Intl;</script><script src="/dist/door-help.js"></script>' +
        '<door-help region="GB"><door-emergency-steps></door-emergency-steps><door-diagnosis></door-diagnosis><repair-cost></repair-cost></door-help>');
      const [cost] = await renderedIn(frame, 'repair-cost');
      const [steps] = await renderedIn(frame, 'door-emergency-steps');
      await renderedIn(frame, 'door-diagnosis');
      expect(frameWindow(frame).Intl).to.equal(undefined);
      expect(cost!.shadowRoot!.querySelector('[data-repair="latch"] .range')!.textContent).to.equal('USD 250 to USD 550');
      expect(callHref(steps!)).to.equal('tel:999');
      for (const el of frame.contentDocument!.querySelectorAll('door-emergency-steps, door-diagnosis, repair-cost')) {
        expect(el.shadowRoot!.querySelector('[part="disclaimer"]')!.textContent, el.localName).to.contain('general safety help');
      }
      expect(frameWindow(frame).__errors).to.deep.equal([]);
    });

    it('with Intl.NumberFormat throwing, the ranges still show', async () => {
      const frame = await loadFrame('<script>Intl.NumberFormat = function () { throw new Error("broken"); };</script><script src="/dist/door-help.js"></script><repair-cost></repair-cost>');
      const [cost] = await renderedIn(frame, 'repair-cost');
      expect(cost!.shadowRoot!.querySelector('[data-repair="inside-handle"] .range')!.textContent).to.equal('USD 120 to USD 300');
      expect(frameWindow(frame).__errors).to.deep.equal([]);
    });

    for (const [where, currency] of [['element', 'euro'], ['wrapper', 'dollars']] as const) {
      it(`an unknown currency ("${currency}") on the ${where} is refused: notice, one warning, door-config-error, no dealer prices as dollars`, async () => {
        const warnings = captureConsole('warn');
        try {
          const prices = { repairs: { latch: { min: 300, max: 500 } } };
          const page = await fixture(
            where === 'element'
              ? html`<div><repair-cost currency=${currency} .prices=${prices}></repair-cost></div>`
              : html`<div><door-help currency=${currency} .prices=${prices}><repair-cost></repair-cost></door-help></div>`,
          );
          const cost = page.querySelector('repair-cost')!;
          await settled(cost);
          expect(inShadow(cost, '[part="notice"]').textContent).to.contain('currency');
          expect(inShadow(cost, '[data-repair="latch"] .range').textContent).to.equal('$250 to $550');
          expect(warnings.messages.filter((m) => m.includes(`currency="${currency}"`))).to.have.length(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('for= resolves only to a <door-diagnosis>: a page form with that id is refused, never a crash', async () => {
      const warnings = captureConsole('warn');
      try {
        const page = await fixture(html`<div><form id="diag"><input name="result" /><input name="answers" /></form><repair-cost for="diag"></repair-cost></div>`);
        const cost = page.querySelector('repair-cost')!;
        await cost.updateComplete;
        const error = oneEvent(cost, 'door-config-error');
        (cost as unknown as { htmlFor: string }).htmlFor = 'x';
        (cost as unknown as { htmlFor: string }).htmlFor = 'diag';
        expect((await error).detail.field).to.equal('for');
        await settled(cost);
        expect(shadowText(cost)).to.contain('$250 to $550');
        expect(cost.shadowRoot!.querySelectorAll('.row.highlighted')).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });

    it('in a sandboxed frame without allow-popups, the recall check never claims a tab opened', async () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
      frame.srcdoc = '<!doctype html><html lang="en"><head><script src="/dist/door-help.js"></script></head><body><door-emergency-steps region="US"></door-emergency-steps></body></html>';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const [steps] = await renderedIn(frame, 'door-emergency-steps');
      steps!.shadowRoot!.querySelector<HTMLInputElement>('#vin')!.value = '1HGCM82633A004352';
      steps!.shadowRoot!.querySelector<HTMLButtonElement>('button.check-recalls')!.click();
      await settled(steps!);
      expect(steps!.shadowRoot!.querySelector('.opened') === null, "('.opened')").to.equal(true);
      expect(steps!.shadowRoot!.querySelector<HTMLAnchorElement>('.recall-link')!.href).to.equal('https://www.nhtsa.gov/recalls?vin=1HGCM82633A004352');
    });

    it('prices-src that redirects to plain http on another origin is refused', async () => {
      const warnings = captureConsole('warn');
      try {
        const cost = await fixture<Lit>(html`<repair-cost prices-src="/test-api/redirect-prices.json"></repair-cost>`);
        const error = await oneEvent(cost, 'door-config-error');
        expect(error.detail.field).to.equal('prices-src');
        expect(error.detail.message).to.contain('redirected');
        await cost.updateComplete;
        expect(inShadow(cost, '[data-repair="latch"] .range').textContent).to.equal('$250 to $550');
      } finally {
        warnings.restore();
      }
    });
  });
});
