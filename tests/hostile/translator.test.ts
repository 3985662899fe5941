// A page translator rewrites text as Chrome's page translation does: every text node it translates
// is replaced by <font> wrappers holding the new words, and the page's `lang` is set to the target
// language. Lit then keeps writing into the text nodes it made, which are no longer on screen. What
// the reader sees must still be what is dialled, and the verdict shown must be the verdict.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import '../../src/locales/all.js';
import type { DoorDiagnosis } from '../../src/components/door-diagnosis/door-diagnosis.js';
import { diagnosisText } from '../../src/data/en/diagnosis.js';
import { browserLanguagesAre, forgetReaderState } from '../support/helpers.js';
import { bundle as es } from '../../src/data/es/index.js';
import { fill } from '../../src/logic/template.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** Wraps every text node under `root` (shadow roots too) in <font><font>, as Chrome's translator does; `translate="no"` is left alone. */
function translatePage(root: Node, rewrite: (text: string) => string = (text) => text): number {
  let wrapped = 0;
  const roots: Node[] = [root];
  while (roots.length) {
    const current = roots.pop()!;
    const walker = document.createTreeWalker(current, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element && node.shadowRoot) roots.push(node.shadowRoot);
      if (node instanceof Text && node.data.trim() && !node.parentElement?.closest('[translate="no"], style, script')) texts.push(node);
    }
    for (const text of texts) {
      const outer = document.createElement('font');
      const inner = document.createElement('font');
      inner.textContent = rewrite(text.data);
      outer.append(inner);
      text.replaceWith(outer);
      wrapped += 1;
    }
  }
  return wrapped;
}

async function settled(...elements: Element[]) {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all(elements.map((el) => (el as Lit).updateComplete));
  }
}

/** Each call link on screen: the digits its words show, and the number it dials. */
function callLinks(element: Element) {
  return [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.call-button, a.alternate')].map((link) => ({
    shown: (link.textContent ?? '').replace(/\D+/g, ' ').trim(),
    dialled: link.getAttribute('href')!.replace('tel:', ''),
  }));
}

function expectShownIsDialled(element: Element) {
  const links = callLinks(element);
  expect(links.length, 'call links').to.be.greaterThan(0);
  for (const { shown, dialled } of links) expect(shown.split(' '), `shows ${shown}, dials ${dialled}`).to.include(dialled);
}

describe('a page translator rewriting the text', () => {
  let restoreLanguages: (() => void) | undefined;
  beforeEach(forgetReaderState);
  afterEach(() => restoreLanguages?.());

  it('numbers are marked not to be translated, and the translator leaves them as they are', async () => {
    const place = await fixture(html`<div lang="en-GB"><door-emergency-steps></door-emergency-steps></div>`);
    const steps = place.querySelector('door-emergency-steps')!;
    await settled(steps);
    const numbers = [...steps.shadowRoot!.querySelectorAll('[translate="no"]')].map((node) => node.textContent);
    expect(numbers).to.include('999');
    // As laid out, the words and the number keep their space (innerText follows the layout).
    expect(steps.shadowRoot!.querySelector<HTMLElement>('a.call-button')!.innerText.trim()).to.equal('Call 999');
    expect(steps.shadowRoot!.querySelector<HTMLElement>('a.alternate')!.innerText.trim()).to.equal('112 also works here.');
    translatePage(steps.shadowRoot!, (text) => text.toUpperCase().replace(/\d/g, '#'));
    expectShownIsDialled(steps);
  });

  it('the translator then sets the page language: the new number is shown and dialled alike', async () => {
    restoreLanguages = (() => {
      const restore = browserLanguagesAre(['es']);
      return restore;
    })();
    const place = await fixture(html`<div lang="en-GB"><door-emergency-steps></door-emergency-steps></div>`);
    const steps = place.querySelector('door-emergency-steps')!;
    await settled(steps);
    expect(callLinks(steps)[0]).to.deep.equal({ shown: '999', dialled: '999' });
    expect(translatePage(steps.shadowRoot!)).to.be.greaterThan(20);
    place.setAttribute('lang', 'es-ES');
    await settled(steps);
    expect(callLinks(steps)[0]!.dialled).to.equal('112');
    expectShownIsDialled(steps);
    // The words around the number are the new language's, not the old words the translator wrapped.
    expect(steps.shadowRoot!.querySelector('a.call-button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(fill(es.emergency.ui.callButton, { number: '112' }));
    // The sentence that names the number says the same number.
    expect(steps.shadowRoot!.querySelector('.short-answer')!.textContent).to.contain('112').and.not.contain('999');
  });

  it('the reader picks another country after the page was translated: the button shows and dials its number', async () => {
    const place = await fixture(html`<div lang="en-GB"><door-emergency-steps></door-emergency-steps></div>`);
    const steps = place.querySelector('door-emergency-steps')!;
    await settled(steps);
    translatePage(steps.shadowRoot!);
    const chooser = steps.shadowRoot!.querySelector<HTMLSelectElement>('.region-choice select')!;
    chooser.value = 'US';
    chooser.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(steps);
    expect(callLinks(steps)[0]).to.deep.equal({ shown: '911', dialled: '911' });
    expect(steps.shadowRoot!.querySelectorAll('a.call-button').length).to.equal(1);
    const stepCall = steps.shadowRoot!.querySelector('[data-id="call-emergency"] label')!.textContent!;
    expect(stepCall).to.contain('911').and.not.contain('999');
  });

  it('a verdict that turns "not safe" reads "not safe", in the form and one question at a time', async () => {
    for (const mode of ['form', 'guided'] as const) {
      const diagnosis = await fixture<DoorDiagnosis>(html`<door-diagnosis mode=${mode}></door-diagnosis>`);
      const answers = { trapped: 'no', opensOutside: 'yes', doorPosition: 'rear', doorCount: 'one', locks: 'normal', handleFeel: 'loose', sound: 'nothing', history: ['freezing'], latches: 'secure', seatNeeded: 'no' } as const;
      diagnosis.answers = answers;
      await settled(diagnosis);
      const verdictText = () =>
        (diagnosis.shadowRoot!.querySelector(mode === 'form' ? '.driving .verdict' : '.guided-verdict')?.textContent ?? '').replace(/\s+/g, ' ').trim();
      expect(verdictText(), mode).to.contain(diagnosisText.driving.verdicts['ok-for-now'].label);
      translatePage(diagnosis.shadowRoot!);
      diagnosis.answers = { ...answers, latches: 'not-secure' };
      await settled(diagnosis);
      expect(diagnosis.result.driving.verdict, mode).to.equal('not-safe');
      expect(verdictText(), mode).to.contain(diagnosisText.driving.verdicts['not-safe'].label);
      expect(verdictText(), mode).not.to.contain(diagnosisText.driving.verdicts['ok-for-now'].label);
      diagnosis.remove();
      await forgetReaderState();
    }
  });
});
