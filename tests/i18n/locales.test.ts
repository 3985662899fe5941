import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import '../../src/locales/all.js';
import { bundle as es } from '../../src/data/es/index.js';
import { ENGLISH as en, LANGUAGES, LOADABLE_LANGUAGES } from '../../src/languages.js';
import { costTextSchema, diagnosisTextSchema, emergencyTextSchema, repairWordsSchema, sharedTextSchema } from '../../src/data/schemas/index.js';
import { STATES, renderState } from '../a11y/states.js';
import { frameWindow, loadFrame, removeFrames, renderedIn } from '../support/frames.js';
import { shadowText } from '../support/helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** The shape of a bundle: every key path, every list length, and every id, but no words. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [`${path}[${value.length}]`, ...value.flatMap((item, i) => shape(item, `${path}[${i}]`))];
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => a.localeCompare(b))
      // A language may add a line of its own (Spanish: how to ask for a Spanish speaker).
      .filter(([key]) => key !== 'sayNote')
      .flatMap(([key, child]) => (key === 'id' ? [`${path}.id=${String(child)}`] : shape(child, `${path}.${key}`)));
  }
  return [`${path}:${typeof value}`];
}

/** Every English phrase of two or more words, placeholders cut out. */
function englishPhrases(value: unknown): string[] {
  if (typeof value === 'string') {
    return value
      .split(/\{\w+\}/)
      .map((part) => part.trim().replace(/[.:;,]$/, ''))
      .filter((part) => part.split(/\s+/).length >= 2);
  }
  if (Array.isArray(value)) return value.flatMap(englishPhrases);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => (key === 'id' || key === 'lang' ? [] : englishPhrases(child)));
  return [];
}

/** Text of an element and every shadow root inside it. */
function deepText(el: Element): string {
  const root = el.shadowRoot;
  const own = root ? [...root.childNodes].map((node) => node.textContent ?? '').join(' ') : '';
  const nested = root ? [...root.querySelectorAll('*')].filter((node) => node.shadowRoot).map(deepText).join(' ') : '';
  return `${own} ${nested}`.replace(/\s+/g, ' ');
}

describe('locales', () => {
  afterEach(removeFrames);

  it('the list of languages (src/languages.ts): English first, each tag once', () => {
    expect(LANGUAGES[0]).to.equal(en);
    expect(new Set(LANGUAGES.map((bundle) => bundle.lang)).size).to.equal(LANGUAGES.length);
    expect(LOADABLE_LANGUAGES.map((bundle) => bundle.lang)).to.include('es');
  });

  // Every language but English, from the list: a new one is held to all of this with no new test.
  for (const bundle of LOADABLE_LANGUAGES) {
    const { lang } = bundle;
    describe(lang, () => {
      it('has exactly the same ids, keys and list lengths as English', () => {
        expect(shape(bundle)).to.deep.equal(shape({ ...en, lang }));
      });

      it('passes the same schemas', () => {
        expect(sharedTextSchema.safeParse(bundle.shared).success).to.equal(true);
        expect(repairWordsSchema.safeParse(bundle.repair).success).to.equal(true);
        expect(emergencyTextSchema.safeParse(bundle.emergency).success).to.equal(true);
        expect(diagnosisTextSchema.safeParse(bundle.diagnosis).success).to.equal(true);
        expect(costTextSchema.safeParse(bundle.cost).success).to.equal(true);
      });

      for (const name of Object.keys(STATES)) {
        it(`${name}: no English is shown`, async () => {
          const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
          const el = await renderState(name);
          wrapper.append(el);
          await el.updateComplete;
          for (const inner of el.shadowRoot!.querySelectorAll<Lit>('door-emergency-steps')) await inner.updateComplete;
          const text = deepText(el);
          expect(text, name).to.contain(name.startsWith('repair') ? bundle.cost.heading : name.startsWith('diagnosis') ? bundle.diagnosis.heading : bundle.emergency.heading);
          const shown = englishPhrases(en).filter((phrase) => text.includes(phrase));
          expect(shown, name).to.deep.equal([]);
        });
      }

      it(`the script tag pages: the words arrive from door-help.${lang}.js, in either load order`, async () => {
        for (const scripts of [
          `<script src="/dist/door-help.js"></script><script src="/dist/door-help.${lang}.js"></script>`,
          `<script src="/dist/door-help.${lang}.js"></script><script src="/dist/door-help.js"></script>`,
        ]) {
          const frame = await loadFrame(`<!doctype html><html lang="${lang}"><head>${scripts}</head><body><door-diagnosis></door-diagnosis></body></html>`);
          const [el] = await renderedIn(frame, 'door-diagnosis');
          expect(el!.shadowRoot!.querySelector('.title')!.textContent).to.equal(bundle.diagnosis.heading);
          expect(frameWindow(frame).__errors).to.deep.equal([]);
          removeFrames();
        }
      });

      it(`without door-help.${lang}.js, the page shows English and tells the site author once, naming the file`, async () => {
        const frame = await loadFrame(`<!doctype html><html lang="${lang}"><head><script src="/dist/door-help.js"></script></head><body><repair-cost></repair-cost><repair-cost></repair-cost></body></html>`);
        const [cost] = await renderedIn(frame, 'repair-cost');
        expect(cost!.shadowRoot!.querySelector('.title')!.textContent).to.equal(en.cost.heading);
        expect(frameWindow(frame).__warnings.filter((w) => w.includes(`door-help.${lang}.js`))).to.have.length(1);
      });

      it('pages in other languages never load it: the main file has none of its words, its own file has them', async () => {
        const main = await (await fetch('/dist/door-help.js')).text();
        for (const phrase of [bundle.diagnosis.heading, bundle.cost.heading]) expect(main).not.to.contain(phrase);
        const own = await (await fetch(`/dist/door-help.${lang}.js`)).text();
        expect(own).to.contain(bundle.cost.heading);
      });
    });
  }

  it('takes the element’s own lang, then the nearest ancestor’s, then <html lang>', async () => {
    const own = await fixture<Lit>(html`<door-diagnosis lang="es"></door-diagnosis>`);
    expect(shadowText(own)).to.contain('¿Por qué la puerta no abre por dentro?');
    const nested = await fixture<HTMLElement>(html`<section lang="es-MX"><div><repair-cost></repair-cost></div></section>`);
    const cost = nested.querySelector<Lit>('repair-cost')!;
    await cost.updateComplete;
    expect(shadowText(cost)).to.contain('Cuánto puede costar la reparación');
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    html_.setAttribute('lang', 'es');
    try {
      const fromHtml = await fixture<Lit>(html`<door-emergency-steps region="US"></door-emergency-steps>`);
      expect(shadowText(fromHtml)).to.contain('Llamar al 911');
    } finally {
      if (before === null) html_.removeAttribute('lang');
      else html_.setAttribute('lang', before);
    }
  });

  it('changing lang at run time re-renders, on the element or an ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><door-emergency-steps region="US"></door-emergency-steps></div>`);
    const el = wrapper.querySelector<Lit>('door-emergency-steps')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="call-button"]')!.textContent!.trim()).to.equal('Call 911');
    wrapper.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="call-button"]')!.textContent!.trim()).to.equal('Llamar al 911');
    el.setAttribute('lang', 'en-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="call-button"]')!.textContent!.trim()).to.equal('Call 911');
  });

  it('money follows the locale', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es-US"><repair-cost></repair-cost></div>`);
    const cost = wrapper.querySelector<Lit>('repair-cost')!;
    await cost.updateComplete;
    const expected = new Intl.NumberFormat('es-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    expect(cost.shadowRoot!.querySelector('[data-repair="inside-handle"] .range')!.textContent).to.equal(
      `${expected.format(120)} a ${expected.format(300)}`,
    );
    expect(cost.shadowRoot!.querySelector('[data-repair="stuck-closed"] .range')!.textContent).to.equal(`${expected.format(300)} a ${expected.format(700)} o más`);
  });

  describe('cautions and templates read correctly on their own, in every language', () => {
    // How a caution starts in each language: a language without its rule here fails below.
    const NEGATIVE: Record<string, RegExp> = { en: /^(Don’t|Do not) /, es: /^No / };
    for (const bundle of LANGUAGES) {
      const name = bundle.lang;
      it(`${name}: every do-not item, read alone, starts with a negative`, () => {
        const negative = Object.hasOwn(NEGATIVE, name) ? NEGATIVE[name] : undefined;
        expect(negative, `how a caution starts in "${name}": add it to NEGATIVE above`).to.be.instanceOf(RegExp);
        for (const item of bundle.emergency.doNots.items) expect(item.text, item.id).to.match(negative!);
      });

      it(`${name}: compact mode shows the do-nots, each with its negative, outside the folded steps`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div lang=${`${bundle.lang}-US`}><door-emergency-steps region="US" compact></door-emergency-steps></div>`);
        const steps = wrapper.querySelector<Lit>('door-emergency-steps')!;
        await steps.updateComplete;
        const cautions = [...steps.shadowRoot!.querySelectorAll('.do-nots .caution')];
        expect(cautions.map((c) => c.textContent)).to.deep.equal(bundle.emergency.doNots.items.map((i) => i.text));
        expect(cautions.every((c) => c.closest('#details') === null && c.getBoundingClientRect().height > 0)).to.equal(true);
      });
    }

    it('Spanish templates read correctly with a number and with the local-number words', () => {
      const { ui } = es.emergency;
      const fills = [ui.numberWords.replace('{number}', '911'), ui.localNumberWords];
      const templates = [es.emergency.shortAnswer.callIf, ...es.emergency.steps.items.map((step) => step.title), ...es.emergency.steps.items.map((step) => step.detail ?? '')].filter((t) => t.includes('{number}'));
      expect(templates.length).to.be.greaterThan(1);
      for (const template of templates) {
        for (const words of fills) {
          const sentence = template.replace('{number}', words);
          expect(sentence, sentence).not.to.match(/\bal su\b|\ba al\b|\bal al\b|\bllame su\b/i);
          expect(sentence, sentence).to.match(/[Ll]lame (al \d+|a su número local de emergencias)/);
        }
      }
    });

    it('the unknown-region and no-region sentences exist in every language and name no single country’s number as the reader’s', async () => {
      for (const bundle of LANGUAGES) {
        const lang = `${bundle.lang}-US`;
        const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><door-emergency-steps region="ZZ"></door-emergency-steps></div>`);
        const steps = wrapper.querySelector<Lit>('door-emergency-steps')!;
        await steps.updateComplete;
        expect(steps.shadowRoot!.querySelector('.call-local')!.textContent).to.equal(bundle.emergency.ui.callLocal);
        expect(steps.shadowRoot!.querySelector('.region-note')!.textContent).to.equal(bundle.emergency.ui.unknownRegion);
        expect(steps.shadowRoot!.querySelector('a.call-button') === null, 'no call button').to.equal(true);
        // Only 112 and 911, each said to work from a mobile phone in most countries.
        const links = [...steps.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((link) => [link.getAttribute('href'), link.textContent!.replace(/\s+/g, ' ').trim()]);
        expect(links).to.deep.equal(['112', '911'].map((number) => [`tel:${number}`, bundle.emergency.ui.mobileCall.replace('{number}', number)]));
      }
    });

    it('Spanish uses one term per thing: "seguro" only in "seguro para niños"', () => {
      const text = JSON.stringify(es).toLowerCase();
      const uses = text.match(/\bseguros?\b(?! para niños)/g) ?? [];
      expect(uses, 'every "seguro" not followed by "para niños"').to.deep.equal([]);
      expect(text).not.to.contain('no estoy seguro');
      expect(text).not.to.contain('operadora');
    });

    it('the English bundle is US English', () => {
      const text = JSON.stringify(en).toLowerCase();
      for (const british of ['dearer', 'colour', 'tyre', 'petrol', 'bonnet', 'windscreen', 'car park']) expect(text, british).not.to.contain(british);
    });
  });
});
