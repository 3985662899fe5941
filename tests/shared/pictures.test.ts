import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { engine } from '../support/engine.js';
import '../../src/define/all.js';
import '../../src/locales/all.js';
import type { DoorDiagnosis } from '../../src/components/door-diagnosis/door-diagnosis.js';
import { diagnosisText } from '../../src/data/en/diagnosis.js';
import { sharedText } from '../../src/data/en/shared.js';
import { bundle as es } from '../../src/data/es/index.js';
import { allInShadow, forgetReaderState, inShadow } from '../support/helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

const hotParts = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGElement>('[data-picture="release"] svg [data-part].hot')].map((part) => part.dataset.part);
const taggedLegend = (el: Element) => allInShadow(el, '[data-picture="release"] .legend li.hot').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('the drawings', () => {
  beforeEach(forgetReaderState);

  it('the release drawing highlights the parts behind the most likely causes, and follows the ranking', async () => {
    const el = await fixture<DoorDiagnosis>(html`<door-diagnosis mode="form"></door-diagnosis>`);
    await el.updateComplete;
    expect(hotParts(el), 'no clue yet: nothing highlighted').to.deep.equal([]);
    el.answers = { opensOutside: 'yes', handleFeel: 'loose', doorPosition: 'front' };
    await el.updateComplete;
    expect(hotParts(el)).to.deep.equal(['handle', 'link']);
    const words = diagnosisText.releasePicture;
    expect(taggedLegend(el)).to.deep.equal([`${words.parts.handle} (${words.highlightedTag})`, `${words.parts.link} (${words.highlightedTag})`]);
    expect(inShadow(el, '[data-picture="release"] .picture-caption').textContent).to.contain(
      words.highlighted.replace('{parts}', `${words.parts.handle}; ${words.parts.link}`),
    );
    // The reader changes an answer: the highlight moves with the ranking.
    inShadow<HTMLInputElement>(el, 'fieldset[data-question="opensOutside"] input[value="no"]').click();
    inShadow<HTMLInputElement>(el, 'fieldset[data-question="handleFeel"] input[value="normal"]').click();
    await el.updateComplete;
    const likely = el.result.causes.filter((c) => c.band === 'most-likely').map((c) => c.id);
    expect(likely).to.include.members(['latch', 'actuator']);
    expect(hotParts(el)).to.deep.equal(['latch', 'actuator']);
  });

  it('each drawing is an image named by its text alternative, in the language shown, with its legend in words', async () => {
    const el = await fixture<DoorDiagnosis>(html`<door-diagnosis mode="form" .answers=${{ opensOutside: 'yes', doorPosition: 'rear' }}></door-diagnosis>`);
    await el.updateComplete;
    const release = inShadow(el, '[data-picture="release"] svg');
    expect(release.getAttribute('role')).to.equal('img');
    expect(release.getAttribute('aria-label')).to.equal(diagnosisText.releasePicture.description);
    const lock = inShadow(el, '.cause[data-cause="child-lock"] > [data-picture="child-lock"] svg');
    expect(lock.getAttribute('aria-label')).to.equal(sharedText.childLockPicture.description);
    expect(allInShadow(el, '.cause[data-cause="child-lock"] > [data-picture="child-lock"] .legend li').map((li) => li.textContent)).to.deep.equal(
      Object.values(sharedText.childLockPicture.parts),
    );
    expect(lock.textContent).to.contain(sharedText.childLockPicture.locked).and.contain(sharedText.childLockPicture.unlocked);
    const spanish = await fixture<DoorDiagnosis>(html`<door-diagnosis lang="es" mode="form"></door-diagnosis>`);
    await spanish.updateComplete;
    expect(inShadow(spanish, '[data-picture="release"] svg').getAttribute('aria-label')).to.equal(es.diagnosis.releasePicture.description);
  });

  it('the child lock is drawn in the emergency steps’ child-lock step, and in plain view in the diagnosis only while it is a most likely cause', async () => {
    const steps = await fixture<Lit>(html`<door-emergency-steps region="US"></door-emergency-steps>`);
    await steps.updateComplete;
    expect(steps.shadowRoot!.querySelector('li[data-id="child-lock"] [data-picture="child-lock"]')).to.exist;
    expect(steps.shadowRoot!.querySelectorAll('[data-picture]')).to.have.length(1);
    const front = await fixture<DoorDiagnosis>(html`<door-diagnosis mode="form" .answers=${{ doorPosition: 'front' }}></door-diagnosis>`);
    await front.updateComplete;
    expect(front.shadowRoot!.querySelector('.cause[data-cause="child-lock"] > [data-picture]')).to.be.null;
    expect(front.shadowRoot!.querySelector('.cause[data-cause="child-lock"] details [data-picture="child-lock"]')).to.exist;
  });

  it('no inline style anywhere (strict CSP), and the drawings scale to a 320 px phone without sideways scroll', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 320px"><door-diagnosis mode="form" .answers=${{ opensOutside: 'yes', doorPosition: 'rear' }}></door-diagnosis><door-emergency-steps region="US"></door-emergency-steps></div>`);
    for (const el of box.children as unknown as Lit[]) {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[style]'), el.localName).to.have.length(0);
      for (const svg of el.shadowRoot!.querySelectorAll('svg')) {
        const rect = svg.getBoundingClientRect();
        expect(rect.width, 'drawn').to.be.greaterThan(150);
        expect(rect.right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
      }
    }
  });

  it('dark mode reaches the drawing through the element’s tokens', async () => {
    const light = await fixture<Lit>(html`<door-emergency-steps region="US"></door-emergency-steps>`);
    const dark = await fixture<Lit>(html`<door-emergency-steps region="US" theme="dark"></door-emergency-steps>`);
    await Promise.all([light.updateComplete, dark.updateComplete]);
    const stroke = (el: Lit) => getComputedStyle(el.shadowRoot!.querySelector('[data-picture] svg')!).stroke;
    const fillOf = (el: Lit) => getComputedStyle(el.shadowRoot!.querySelector('[data-picture] .panel')!).fill;
    expect(stroke(dark)).to.not.equal(stroke(light));
    expect(fillOf(dark)).to.not.equal(fillOf(light));
    // Lines are the element's text colour, so they meet the text's contrast.
    expect(stroke(dark)).to.equal(getComputedStyle(dark).color);
    // A host's accent token colours the highlight.
    const themed = await fixture<Lit>(html`<door-emergency-steps region="US" style="--door-help-accent: rgb(1, 2, 3)"></door-emergency-steps>`);
    await themed.updateComplete;
    expect(getComputedStyle(themed.shadowRoot!.querySelector('[data-picture] svg .hot')!).fill).to.equal('rgb(1, 2, 3)');
  });

  it('prints black on white, the highlight solid black (Chromium only: the others cannot emulate print here)', async function () {
    if (engine !== 'chromium') this.skip();
    const el = await fixture<DoorDiagnosis>(html`<door-diagnosis mode="form" theme="dark" .answers=${{ opensOutside: 'yes', handleFeel: 'loose' }}></door-diagnosis>`);
    await el.updateComplete;
    await executeServerCommand('emulate-print', { active: true });
    try {
      const svg = inShadow(el, '[data-picture="release"] svg');
      expect(getComputedStyle(svg).stroke).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(svg.querySelector('.panel')!).fill).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(svg.querySelector('.hot:not(.link)')!).fill).to.equal('rgb(0, 0, 0)');
    } finally {
      await executeServerCommand('emulate-print', { active: false });
    }
  });

  it('a guided diagnosis prints the answers given and its result, not a question waiting for a tap (Chromium only)', async function () {
    if (engine !== 'chromium') this.skip();
    const box = await fixture<HTMLElement>(html`<div style="width: 375px"><door-diagnosis .answers=${{ trapped: 'no', history: ['water'] }}></door-diagnosis></div>`);
    const el = box.firstElementChild as DoorDiagnosis;
    await el.updateComplete;
    const shown = (selector: string) => Boolean(el.shadowRoot!.querySelector(selector)?.getClientRects().length);
    expect(shown('.guided-question'), 'on screen: the question').to.be.true;
    await executeServerCommand('emulate-print', { active: true });
    try {
      expect(shown('.guided-question'), 'on paper: no question').to.be.false;
      expect(shown('.guided-answers li[data-question="history"]'), 'on paper: the answers given').to.be.true;
      expect(shown('[part="driving"]'), 'on paper: the verdict').to.be.true;
    } finally {
      await executeServerCommand('emulate-print', { active: false });
    }
  });
});
