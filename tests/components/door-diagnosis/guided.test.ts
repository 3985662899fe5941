import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/all.js';
import type { DoorDiagnosis } from '../../../src/components/door-diagnosis/door-diagnosis.js';
import { diagnosisText } from '../../../src/data/en/diagnosis.js';
import { repairWords } from '../../../src/data/en/repair-words.js';
import { ANNOUNCE_DELAY_MS } from '../../../src/shared/controllers/announcer.controller.js';
import { allInShadow, forgetReaderState, inShadow } from '../../support/helpers.js';
import { readState } from '../../../src/shared/platform/session-state.js';

const announced = () => new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS + 50));
const guided = diagnosisText.guided;

/** A diagnosis `width` px wide (phone-narrow below 30em), with this markup. */
async function at(width: number, template = html`<door-diagnosis region="US"></door-diagnosis>`) {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = box.firstElementChild as DoorDiagnosis;
  await el.updateComplete;
  return el;
}

/** On screen: rendered and not hidden (with no mode, the presentation not shown is hidden, then left out once the width is read). */
const shown = (el: Element | null) => Boolean(el && el.getClientRects().length > 0);
const current = (el: DoorDiagnosis) => el.shadowRoot!.querySelector<HTMLFieldSetElement>('.guided-question')?.dataset.question;
const announcement = (el: DoorDiagnosis) => el.querySelector('[slot="door-help-announcer"]')!.textContent ?? '';

/** Taps an option of the question on screen ('' = "Not sure"; 'next' = "Next"/"None of these"). */
async function tap(el: DoorDiagnosis, option: string) {
  const buttons = allInShadow<HTMLButtonElement>(el, '.guided-question button');
  const button = option === 'next' ? buttons.find((b) => b.classList.contains('next')) : buttons.find((b) => b.dataset.option === option);
  expect(button, `option "${option}" of ${current(el)}`).to.exist;
  button!.click();
  await el.updateComplete;
}

describe('<door-diagnosis> one question at a time', () => {
  beforeEach(forgetReaderState);

  it('with no mode: one question at a time on a phone-narrow element, all questions on a wide one; once the width is read only that one is rendered', async () => {
    const narrow = await at(375);
    expect(shown(narrow.shadowRoot!.querySelector('.guided-view'))).to.be.true;
    expect(shown(narrow.shadowRoot!.querySelector('fieldset[data-question="opensOutside"]:not(.guided-question)'))).to.be.false;
    const wide = await at(800);
    expect(shown(wide.shadowRoot!.querySelector('.guided-view'))).to.be.false;
    expect(shown(wide.shadowRoot!.querySelector('fieldset[data-question="opensOutside"]'))).to.be.true;
    // The safety question is on top in both.
    expect(shown(narrow.shadowRoot!.querySelector('fieldset[data-question="trapped"]'))).to.be.true;
    // After layout the element reads its width and leaves the hidden presentation out.
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await frames();
    await narrow.updateComplete;
    await wide.updateComplete;
    expect(allInShadow(narrow, 'fieldset.question:not(.guided-question)').map((f) => f.dataset.question)).to.deep.equal(['trapped']);
    expect(wide.shadowRoot!.querySelector('.guided-view')).to.be.null;
    // Made wide, the narrow one shows all questions again.
    narrow.parentElement!.style.width = '800px';
    await frames();
    await narrow.updateComplete;
    expect(allInShadow(narrow, 'fieldset.question').filter(shown)).to.have.length(10);
  });

  it('mode="form" keeps all ten questions on a phone; mode="guided" puts one at a time on a wide page', async () => {
    const form = await at(375, html`<door-diagnosis mode="form"></door-diagnosis>`);
    expect(allInShadow(form, 'fieldset.question').filter(shown)).to.have.length(10);
    expect(form.shadowRoot!.querySelector('.guided-view')).to.be.null;
    const one = await at(800, html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no' }}></door-diagnosis>`);
    expect(allInShadow(one, 'fieldset').filter(shown).map((f) => f.dataset.question)).to.deep.equal(['trapped', 'opensOutside']);
  });

  it('nothing is put before the safety question is answered; then the most telling question comes, numbered, and focus stays put until the reader moves', async () => {
    const el = await at(375);
    expect(inShadow(el, '.guided-start').textContent).to.contain(guided.start);
    expect(current(el)).to.be.undefined;
    const radio = inShadow<HTMLInputElement>(el, 'fieldset[data-question="trapped"] input[value="no"]');
    radio.focus();
    radio.click();
    await el.updateComplete;
    expect(current(el)).to.equal('opensOutside');
    expect(inShadow(el, '.guided-question legend').textContent).to.contain(guided.questionNumber.replace('{number}', '2'));
    // Answering the safety question is not a step forward in the interview: focus stays on the radio.
    expect(el.shadowRoot!.activeElement?.getAttribute('value')).to.equal('no');
  });

  it('a tap answers and moves on: the answer is the element’s, an event fires, focus goes to the next question, and the step is announced', async () => {
    const el = await at(375, html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no' }}></door-diagnosis>`);
    expect(current(el)).to.equal('opensOutside');
    const change = oneEvent(el, 'door-answer-change');
    await tap(el, 'yes');
    expect((await change).detail).to.include({ question: 'opensOutside', value: 'yes' });
    expect(el.answers.opensOutside).to.equal('yes');
    const next = current(el);
    expect(next).to.be.a('string').and.not.equal('opensOutside');
    expect(el.shadowRoot!.activeElement).to.equal(inShadow(el, '.guided-question'));
    await announced();
    const leaders = el.result.causes.filter((c) => c.band === 'most-likely').map((c) => repairWords.causeNames[c.id]);
    expect(announcement(el)).to.equal(
      guided.announce.replace('{number}', '3').replace('{band}', diagnosisText.bands['most-likely']).replace('{cause}', leaders.join('; ')),
    );
  });

  it('"Not sure" skips a question for good; "Back" returns to it with nothing chosen; "Change an answer" opens any given answer', async () => {
    const el = await at(375, html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no' }}></door-diagnosis>`);
    await tap(el, ''); // opensOutside: not sure
    expect(el.answers.opensOutside).to.be.undefined;
    const seen: string[] = [];
    for (let i = 0; i < 4 && current(el); i++) {
      seen.push(current(el)!);
      await tap(el, '');
    }
    expect(seen).to.not.include('opensOutside');
    inShadow<HTMLButtonElement>(el, '.guided-nav .back').click();
    await el.updateComplete;
    expect(current(el)).to.equal(seen.at(-1));
    // "Change an answer": the list names each question and its answer, and opens it.
    const item = inShadow(el, '.guided-answers li[data-question="opensOutside"]');
    expect(item.textContent).to.contain(diagnosisText.questions.opensOutside.short).and.contain(diagnosisText.ui.notSure);
    item.querySelector('button')!.click();
    await el.updateComplete;
    expect(current(el)).to.equal('opensOutside');
    await tap(el, 'no');
    expect(el.answers.opensOutside).to.equal('no');
    expect(inShadow(el, '.guided-answers li[data-question="opensOutside"]').textContent).to.contain(diagnosisText.questions.opensOutside.options.no!.clue);
  });

  it('stops when the answer is clear, the verdict included: the most likely cause, its fix and the verdict, with "Answer more questions"', async () => {
    const el = await at(375, html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no' }}></door-diagnosis>`);
    let steps = 0;
    const plan: Record<string, string> = { history: 'next', opensOutside: 'yes', doorPosition: 'rear', handleFeel: 'normal', locks: 'normal', sound: 'nothing', doorCount: 'one', latches: 'secure', seatNeeded: 'no' };
    while (current(el) && steps++ < 6) await tap(el, plan[current(el)!]!);
    expect(current(el), 'still asking after six past the safety question').to.be.undefined;
    expect(inShadow(el, '.guided-result').dataset.verdict, 'the verdict all these answers give').to.equal('ok-for-now');
    const card = inShadow(el, '.guided-result');
    expect(card.querySelector('[data-cause="child-lock"]')!.textContent).to.contain(repairWords.causeNames['child-lock']).and.contain(diagnosisText.causes['child-lock'].fix);
    expect(el.shadowRoot!.activeElement).to.equal(card.querySelector('.guided-result-heading'));
    inShadow<HTMLButtonElement>(el, '.guided-result .more').click();
    await el.updateComplete;
    expect(current(el)).to.be.a('string');
  });

  it('"not safe" shows the moment an answer makes it so, with its reason, while the interview goes on for the cause', async () => {
    const el = await at(375, html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no' }}></door-diagnosis>`);
    expect(el.shadowRoot!.querySelector('.guided-not-safe')).to.equal(null);
    let steps = 0;
    while (current(el) !== 'latches' && steps++ < 8) await tap(el, current(el) === 'history' ? 'next' : '');
    expect(current(el)).to.equal('latches');
    await tap(el, 'unpredictable');
    // Either the interview goes on, under the verdict, or it has stopped on the result that carries it.
    const shownVerdict = current(el) ? inShadow(el, '.guided-not-safe').textContent! : inShadow(el, '.guided-result .guided-verdict').textContent!;
    expect(shownVerdict).to.contain(diagnosisText.driving.verdicts['not-safe'].label);
    // A preset that makes it "not safe": the line stands above the first question put.
    const preset = await at(375, html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no', latches: 'unpredictable' }}></door-diagnosis>`);
    expect(current(preset)).to.be.a('string');
    const line = inShadow(preset, '.guided-not-safe');
    expect(line.textContent).to.contain(diagnosisText.driving.verdicts['not-safe'].label).and.contain(diagnosisText.questions.latches.options.unpredictable!.clue);
    expect(line.compareDocumentPosition(inShadow(preset, '.guided-question')) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the question').to.be.greaterThan(0);
  });

  it('never a softer verdict than an unasked question could make it: a preset without the collision answer is undecided in both presentations', async () => {
    const preset = { trapped: 'no', doorCount: 'one', latches: 'secure', seatNeeded: 'no' } as const;
    const form = await at(800, html`<door-diagnosis mode="form" .answers=${preset}></door-diagnosis>`);
    expect(inShadow(form, '[part="driving"]').dataset.verdict).to.equal('undecided');
    const one = await at(800, html`<door-diagnosis mode="guided" .answers=${preset}></door-diagnosis>`);
    expect(inShadow(one, '[part="driving"]').dataset.verdict).to.equal('undecided');
    expect(inShadow(one, '[part="driving"] .not-known').textContent).to.contain(diagnosisText.questions.history.short);
    // With no mode, the verdict the reader sees is the one of the presentation shown.
    const narrow = await at(375, html`<door-diagnosis .answers=${preset}></door-diagnosis>`);
    expect(allInShadow(narrow, '[part="driving"]').filter(shown).map((d) => d.dataset.verdict)).to.deep.equal(['undecided']);
    const wide = await at(800, html`<door-diagnosis .answers=${preset}></door-diagnosis>`);
    expect(allInShadow(wide, '[part="driving"]').filter(shown).map((d) => d.dataset.verdict)).to.deep.equal(['undecided']);
    // Once the reader has been put the collision question, "okay for now" may show.
    await tap(one, 'next');
    expect(inShadow(one, '[part="driving"]').dataset.verdict).to.equal('ok-for-now');
  });

  it('one state, two presentations: answers carry over to "Show all questions", and a framework re-setting the preset changes nothing', async () => {
    const preset = { trapped: 'no' } as const;
    const el = await at(375, html`<door-diagnosis .answers=${preset}></door-diagnosis>`);
    await tap(el, 'no');
    const asked = current(el);
    el.answers = { trapped: 'no' };
    await el.updateComplete;
    expect(current(el)).to.equal(asked);
    inShadow<HTMLButtonElement>(el, '.guided-nav .presentation-toggle').click();
    await el.updateComplete;
    expect(inShadow<HTMLInputElement>(el, 'fieldset[data-question="opensOutside"] input[value="no"]').checked).to.be.true;
    expect(shown(inShadow(el, 'fieldset[data-question="opensOutside"]'))).to.be.true;
    // A second diagnosis with the same storage key shows the same answers.
    const twin = await at(800, html`<door-diagnosis mode="form"></door-diagnosis>`);
    expect(twin.answers.opensOutside).to.equal('no');
  });

  it('a tick-all-that-fit question stays while boxes are ticked; "Not sure" clears them and moves on', async () => {
    const el = await at(375, html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no', opensOutside: 'yes' }}></door-diagnosis>`);
    expect(current(el)).to.equal('history');
    inShadow<HTMLInputElement>(el, '.guided-question input[value="water"]').click();
    await el.updateComplete;
    expect(el.answers.history).to.deep.equal(['water']);
    expect(current(el), 'a tick keeps the question until Next').to.equal('history');
    inShadow<HTMLInputElement>(el, '.guided-question input[value="freezing"]').click();
    await el.updateComplete;
    expect(el.answers.history).to.have.members(['water', 'freezing']);
    await tap(el, '');
    expect(el.answers.history).to.be.undefined;
    expect(current(el)).to.be.a('string').and.not.equal('history');
    expect((readState('answers', 'door-help:diagnosis') ?? '')).to.not.contain('undefined');
  });

  it('a preset answer is never put as a question', async () => {
    const el = await at(375, html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no', history: ['water'], opensOutside: 'no' }}></door-diagnosis>`);
    for (let i = 0; i < 8 && current(el); i++) {
      expect(current(el)).to.not.be.oneOf(['history', 'opensOutside']);
      await tap(el, '');
    }
  });

  it('"What it costs" appears when a cost element follows the diagnosis, and takes the reader there', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 375px"><door-help region="US">
      <door-diagnosis mode="guided" .answers=${{ trapped: 'no', history: ['water'], opensOutside: 'yes', doorPosition: 'rear', handleFeel: 'normal', locks: 'normal', latches: 'secure', doorCount: 'one', seatNeeded: 'no' }}></door-diagnosis>
      <repair-cost></repair-cost>
    </door-help></div>`);
    const el = box.querySelector('door-diagnosis') as DoorDiagnosis;
    await el.updateComplete;
    await el.updateComplete;
    const button = inShadow<HTMLButtonElement>(el, '.guided-result .cost-link');
    expect(button.textContent).to.contain(guided.whatItCosts);
    button.click();
    expect(document.activeElement).to.equal(box.querySelector('repair-cost'));
    const alone = await at(375, html`<door-diagnosis mode="guided" .answers=${{ trapped: 'no', history: ['water'], opensOutside: 'yes', doorPosition: 'rear', handleFeel: 'normal', locks: 'normal', latches: 'secure', doorCount: 'one', seatNeeded: 'no' }}></door-diagnosis>`);
    await alone.updateComplete;
    expect(alone.shadowRoot!.querySelector('.cost-link')).to.be.null;
  });

  it('an answers attribute (Astro writes objects as "[object Object]") is one message for the site author, never a silent loss', async () => {
    const errors: string[] = [];
    const box = await fixture<HTMLElement>(html`<div @door-config-error=${(e: CustomEvent) => errors.push(`${e.detail.field}: ${e.detail.message}`)}><door-diagnosis answers="[object Object]"></door-diagnosis></div>`);
    await (box.firstElementChild as DoorDiagnosis).updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^answers: answers is a property, not an attribute/);
  });

  it('an unknown mode is one message for the site author, and the width decides', async () => {
    const errors: string[] = [];
    const box = await fixture<HTMLElement>(html`<div style="width: 375px" @door-config-error=${(e: CustomEvent) => errors.push(e.detail.field)}><door-diagnosis mode="wizard"></door-diagnosis></div>`);
    const el = box.firstElementChild as DoorDiagnosis;
    await el.updateComplete;
    expect(errors).to.deep.equal(['mode']);
    expect(shown(inShadow(el, '.guided-view'))).to.be.true;
  });
});
