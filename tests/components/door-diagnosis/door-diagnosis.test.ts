import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { press } from '../../support/engine.js';
import '../../../src/define/door-diagnosis.js';
import type { DoorDiagnosis } from '../../../src/components/door-diagnosis/door-diagnosis.js';
import { diagnosisText } from '../../../src/data/en/diagnosis.js';
import { sharedText } from '../../../src/data/en/shared.js';
import { ANNOUNCE_DELAY_MS } from '../../../src/shared/controllers/announcer.controller.js';
import { allInShadow, blockSessionStorage, captureConsole, forgetReaderState, inShadow, replaceProperty, shadowText } from '../../support/helpers.js';
import { readState } from '../../../src/shared/platform/session-state.js';

/** Announcements wait for a burst of changes to settle. */
const announced = () => new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS + 50));

const KEY = 'door-help:diagnosis';

async function diagnosis(template = html`<door-diagnosis region="US"></door-diagnosis>`) {
  return fixture<DoorDiagnosis>(template);
}

/** Clicks an answer the way a reader does. */
async function answer(el: DoorDiagnosis, question: string, option: string) {
  // A first render takes its turn (src/shared/element/render-turns.ts): wait for it before answering.
  await el.updateComplete;
  inShadow<HTMLInputElement>(el, `fieldset[data-question="${question}"] input[value="${option}"]`).click();
  await el.updateComplete;
}

const rankedIds = (el: DoorDiagnosis) => allInShadow(el, '.cause').map((li) => li.dataset.cause);
const bandOf = (el: DoorDiagnosis, cause: string) => inShadow(el, `.cause[data-cause="${cause}"]`).dataset.band;

describe('<door-diagnosis>', () => {
  // Clears memory too: a test with blocked storage leaves its answers there.
  beforeEach(forgetReaderState);

  describe('questions', () => {
    it('asks the safety question first with nothing chosen, "Not sure" an answer of its own; then every clue, each a labelled group with a "not sure" choice', async () => {
      const el = await diagnosis();
      const groups = allInShadow<HTMLFieldSetElement>(el, 'fieldset');
      expect(groups.map((g) => g.dataset.question)).to.deep.equal([
        'trapped', 'opensOutside', 'doorPosition', 'doorCount', 'locks', 'handleFeel', 'sound', 'history', 'latches', 'seatNeeded',
      ]);
      expect(groups[0]!.querySelector('legend')!.textContent).to.equal(diagnosisText.questions.trapped.legend);
      const safety = groups[0]!;
      expect([...safety.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal(['Yes', 'No, everyone is out and fine', diagnosisText.ui.notSure]);
      expect([...safety.querySelectorAll<HTMLInputElement>('input')].map((input) => [input.value, input.checked])).to.deep.equal([['yes', false], ['no', false], ['unsure', false]]);
      for (const group of groups.filter((g) => g.dataset.question !== 'history' && g !== safety)) {
        const labels = [...group.querySelectorAll('label')].map((l) => l.textContent!.trim());
        expect(labels.at(-1), group.dataset.question).to.equal(diagnosisText.ui.notSure);
        // Nothing chosen until the reader chooses: an unanswered question is not a "not sure".
        expect([...group.querySelectorAll<HTMLInputElement>('input')].some((input) => input.checked), group.dataset.question).to.equal(false);
      }
      expect(allInShadow(el, 'fieldset[data-question="history"] input[type="checkbox"]')).to.have.length(5);
      expect(inShadow(el, 'fieldset[data-question="history"] label:last-of-type').textContent!.trim()).to.equal(diagnosisText.guided.noneOfThese);
    });

    it('with no answers shows the usual order, the three common causes most likely', async () => {
      const el = await diagnosis();
      expect(shadowText(el)).to.contain(diagnosisText.ui.noAnswersYet);
      expect(allInShadow(el, '.cause.most-likely').map((li) => li.dataset.cause)).to.deep.equal(['child-lock', 'inside-handle', 'linkage', 'latch']);
    });
  });

  describe('live result', () => {
    it('re-ranks after every answer, with reasons for and against, no submit step', async () => {
      const el = await diagnosis();
      await answer(el, 'doorPosition', 'rear');
      expect(rankedIds(el)[0]).to.equal('child-lock');
      await answer(el, 'opensOutside', 'yes');
      await answer(el, 'handleFeel', 'normal');
      const top = inShadow(el, '.cause');
      expect(top.dataset.cause).to.equal('child-lock');
      expect(top.querySelector('.band')!.textContent).to.equal('Most likely');
      expect(top.querySelector('.reasons-for')!.textContent).to.contain('rear door; opens from outside; handle feels normal');
      const handle = inShadow(el, '.cause[data-cause="inside-handle"]');
      expect(handle.querySelector('.reasons-against')!.textContent).to.contain('handle feels normal');
      expect(top.querySelector('.severity')!.textContent).to.contain('Low.');
      expect(top.querySelector('.fix')!.textContent).to.equal(diagnosisText.causes['child-lock'].fix);
      expect(top.querySelector('.skill')!.textContent).to.equal('DIY check');
      expect([...top.querySelectorAll('.signs li')].map((li) => li.textContent)).to.deep.equal(diagnosisText.causes['child-lock'].signs);
    });

    it('moves the actuator up when the door opens from neither side and the power lock is silent', async () => {
      const el = await diagnosis();
      await answer(el, 'opensOutside', 'no');
      await answer(el, 'locks', 'weak');
      expect(rankedIds(el)[0]).to.equal('actuator');
      expect(inShadow(el, '.cause[data-cause="actuator"] .skill').textContent).to.equal('Higher-skill repair');
    });

    it('an answer can be changed and set back to "not sure"', async () => {
      const el = await diagnosis();
      await answer(el, 'handleFeel', 'loose');
      expect(['inside-handle', 'linkage']).to.include(rankedIds(el)[0]);
      await answer(el, 'handleFeel', 'stiff');
      expect(el.answers).to.deep.equal({ handleFeel: 'stiff' });
      await answer(el, 'handleFeel', '');
      expect(el.answers).to.deep.equal({});
      expect(bandOf(el, 'child-lock')).to.equal('most-likely');
    });

    it('fires door-answer-change and door-result-change with the new leader', async () => {
      const el = await diagnosis();
      const answerEvent = oneEvent(el, 'door-answer-change');
      const resultEvent = oneEvent(el, 'door-result-change');
      await answer(el, 'history', 'freezing');
      expect((await answerEvent).detail).to.deep.equal({ question: 'history', value: ['freezing'], answers: { history: ['freezing'] } });
      const result = await resultEvent;
      expect(result.detail).to.include({ topCause: 'frozen', band: 'most-likely', verdict: 'undecided' });
      expect(result.bubbles && result.composed).to.equal(true);
    });

    it('announces the update politely without moving focus', async () => {
      const el = await diagnosis();
      const input = inShadow<HTMLInputElement>(el, 'fieldset[data-question="doorPosition"] input[value="rear"]');
      input.focus();
      input.click();
      await el.updateComplete;
      await announced();
      // The live region sits in the light DOM: some screen readers miss one inside a shadow root.
      const live = el.querySelector('[slot="door-help-announcer"]')!;
      expect(live.getAttribute('role')).to.equal('status');
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.textContent).to.equal('Most likely: Child safety lock switched on.');
      expect(live.getBoundingClientRect().width).to.be.at.most(1);
      expect(el.shadowRoot!.activeElement === input, 'focus').to.equal(true);
    });

    it('keeps the current leader in view under the questions, and "See why" takes focus to the ranking', async () => {
      const el = await diagnosis();
      expect(el.shadowRoot!.querySelector('.leader') === null, "('.leader')").to.equal(true);
      await answer(el, 'locks', 'weak');
      expect(inShadow(el, '.leader p').textContent).to.equal('Most likely now: Failed lock actuator or internal lock');
      inShadow<HTMLButtonElement>(el, '.leader button.see-why').click();
      expect(el.shadowRoot!.activeElement === inShadow(el, '#results-heading'), 'focus').to.equal(true);
    });

    it('exposes a read-only result', async () => {
      const el = await diagnosis();
      await answer(el, 'locks', 'weak');
      expect(el.result.causes[0]!.id).to.equal('actuator');
      expect(() => ((el as unknown as { result: unknown }).result = null)).to.throw();
    });
  });

  describe('driving verdict', () => {
    it('starts as "not decided yet" and names the answers that decide it', async () => {
      const el = await diagnosis();
      const driving = inShadow(el, '.driving');
      expect(driving.dataset.verdict).to.equal('undecided');
      expect(driving.querySelector('.verdict')!.textContent).to.equal('Not decided yet');
      expect(driving.querySelector('.not-known')!.textContent).to.equal('These answers decide it: Latching; Doors affected; Seat that needs this door; Before it started');
      expect(shadowText(el)).not.to.contain('Maybe a very short distance');
    });

    it('gives "maybe a short distance" only when the door shuts properly and the handle, a cable or the lock is likely', async () => {
      const el = await diagnosis();
      await answer(el, 'latches', 'secure');
      expect(inShadow(el, '.driving').dataset.verdict).to.equal('undecided');
      await answer(el, 'opensOutside', 'yes');
      await answer(el, 'handleFeel', 'loose');
      // Not while a question that could make it "not safe" is open.
      expect(inShadow(el, '.driving').dataset.verdict).to.equal('undecided');
      expect(inShadow(el, '.driving .not-known').textContent).to.equal('These answers decide it: Doors affected; Seat that needs this door; Before it started');
      // The reader is not sure of those: then "maybe", naming what it could not check.
      await answer(el, 'doorCount', '');
      await answer(el, 'seatNeeded', '');
      await answer(el, 'history', '');
      expect(inShadow(el, '.driving').dataset.verdict).to.equal('short-distance');
      expect(inShadow(el, '.driving .not-known').textContent).to.contain('Doors affected');
      expect(inShadow(el, '.driving .verdict').textContent).to.equal('Maybe a very short distance');
    });

    it('says "not safe" with its reason when more than one door has the problem', async () => {
      const el = await diagnosis();
      await answer(el, 'doorCount', 'several');
      const driving = inShadow(el, '.driving');
      expect(driving.dataset.verdict).to.equal('not-safe');
      expect(driving.querySelector('.verdict')!.textContent).to.equal('Not safe to keep driving');
      expect(driving.querySelector('.decided-by')!.textContent).to.contain('more than one door');
      // Each condition that stops the car on a line of its own.
      expect([...driving.querySelectorAll('.verdict-conditions li')].map((li) => li.textContent)).to.deep.equal(diagnosisText.driving.verdicts['not-safe'].conditions);
    });

    it('says "okay for now" for one door that latches and others can use other doors', async () => {
      const el = await diagnosis();
      await answer(el, 'doorCount', 'one');
      await answer(el, 'latches', 'secure');
      await answer(el, 'seatNeeded', 'no');
      // Not while the collision question is open: the reader answers it, or says "none of these".
      expect(inShadow(el, '.driving').dataset.verdict).to.equal('undecided');
      expect(inShadow(el, '.driving .not-known').textContent).to.contain('Before it started');
      await answer(el, 'history', '');
      expect(inShadow(el, '.driving').dataset.verdict).to.equal('ok-for-now');
      // Unticking "none of these" takes it back.
      await answer(el, 'history', '');
      expect(inShadow(el, '.driving').dataset.verdict).to.equal('undecided');
    });
  });

  describe('colours that mean one thing', () => {
    it('danger red marks danger alone: "not safe" and the safety question, never "most likely" or a low-severity child lock', async () => {
      const el = await diagnosis();
      await answer(el, 'doorPosition', 'rear');
      await answer(el, 'opensOutside', 'yes');
      const danger = getComputedStyle(inShadow(el, 'fieldset.trapped')).borderTopColor;
      const childLock = inShadow(el, '.cause[data-cause="child-lock"]');
      expect(childLock.dataset.band).to.equal('most-likely');
      expect(getComputedStyle(childLock).borderInlineStartColor, 'most likely').not.to.equal(danger);
      expect(getComputedStyle(childLock.querySelector('.band')!).color, 'its band').not.to.equal(danger);
      expect(getComputedStyle(childLock.querySelector('.severity')!).color, 'its low severity').not.to.equal(danger);
      await answer(el, 'latches', 'unpredictable');
      expect(getComputedStyle(inShadow(el, '.driving.not-safe')).borderTopColor, 'not safe').to.equal(danger);
    });
  });

  describe('safety escalation', () => {
    it('"someone is stuck" shows the emergency call and steps before the rest and fires door-escalate', async () => {
      const el = await diagnosis(html`<door-diagnosis region="GB"></door-diagnosis>`);
      expect(el.shadowRoot!.querySelector('.escalation') === null, "('.escalation')").to.equal(true);
      const escalate = oneEvent(el, 'door-escalate');
      await answer(el, 'trapped', 'yes');
      expect((await escalate).detail).to.deep.equal({ region: 'GB' });
      const escalation = inShadow(el, '.escalation');
      const steps = escalation.querySelector('door-emergency-steps')!;
      await steps.updateComplete;
      expect(steps.shadowRoot!.querySelector('[part="call-button"]')!.getAttribute('href')).to.equal('tel:999');
      const all = [...el.shadowRoot!.querySelectorAll('*')];
      // The introduction has folded away once the safety question is answered; the questions follow the emergency view.
      expect(el.shadowRoot!.querySelector('.intro'), 'introduction folded away').to.equal(null);
      expect(all.indexOf(escalation)).to.be.lessThan(all.indexOf(inShadow(el, '.questions')));
      expect(all.indexOf(escalation)).to.be.lessThan(all.indexOf(inShadow(el, '.results')));
      // The diagnosis stays reachable below.
      expect(el.shadowRoot!.querySelectorAll('.cause')).to.have.length(7);
    });

    it('hides the escalation again when the answer changes to "no"', async () => {
      const el = await diagnosis();
      await answer(el, 'trapped', 'yes');
      await answer(el, 'trapped', 'no');
      expect(el.shadowRoot!.querySelector('.escalation') === null, "('.escalation')").to.equal(true);
    });
  });

  describe('checklist, guidance and summary', () => {
    it('shows the nine checks, ticks that survive a reload, the fixes, parts, FAQ and summary', async () => {
      const el = await diagnosis();
      expect(allInShadow(el, '.checklist > li')).to.have.length(9);
      const tick = oneEvent(el, 'door-step-toggle');
      inShadow<HTMLInputElement>(el, '#check-outside').click();
      expect((await tick).detail).to.deep.equal({ list: 'diagnosis', stepId: 'outside', done: true, doneCount: 1, total: 9 });
      const again = await diagnosis();
      expect(inShadow<HTMLInputElement>(again, '#check-outside').checked).to.equal(true);
      expect(allInShadow(el, '.fix-group')).to.have.length(3);
      expect(allInShadow(el, '.parts li')).to.have.length(7);
      expect(allInShadow(el, '.faq details')).to.have.length(5);
      expect(inShadow(el, '.disclaimer').textContent).to.equal(sharedText.disclaimer);
    });

    it('keeps a plain-text summary for a mechanic and copies it', async () => {
      const el = await diagnosis();
      await answer(el, 'doorPosition', 'rear');
      await answer(el, 'opensOutside', 'yes');
      const shown = inShadow(el, '.summary-text').textContent!;
      expect(shown).to.contain('Door: rear door.');
      expect(shown).to.contain('interior door release failure');
      expect(shown).to.contain('- Child safety lock switched on');
      const written: string[] = [];
      const restore = replaceProperty(navigator, 'clipboard', { get: () => ({ writeText: async (t: string) => void written.push(t) }) });
      try {
        const copied = oneEvent(el, 'door-summary-copy');
        inShadow<HTMLButtonElement>(el, '.summary button.copy').click();
        expect((await copied).detail.text).to.equal(shown);
        expect(written).to.deep.equal([shown]);
      } finally {
        restore();
      }
    });
  });

  describe('answers property and storage', () => {
    it('lets a page preset answers, and keeps the reader’s own answers across a reload', async () => {
      const preset = { doorPosition: 'rear' };
      const el = await diagnosis(html`<door-diagnosis .answers=${preset}></door-diagnosis>`);
      expect(inShadow<HTMLInputElement>(el, 'fieldset[data-question="doorPosition"] input[value="rear"]').checked).to.equal(true);
      await answer(el, 'locks', 'normal');
      // Only the reader's answers are stored; the preset is the page's, set again on the next load.
      expect(JSON.parse(readState('answers', KEY)!)).to.deep.equal({ locks: 'normal' });
      const again = await diagnosis(html`<door-diagnosis .answers=${preset}></door-diagnosis>`);
      expect(again.answers).to.deep.equal({ doorPosition: 'rear', locks: 'normal' });
    });

    it('drops unknown preset answers with one warning and a door-config-error event', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await diagnosis();
        const error = oneEvent(el, 'door-config-error');
        // @ts-expect-error TypeScript refuses it too; a plain-JavaScript page can still send it.
        el.answers = { doorPosition: 'roof', colour: 'red', locks: 'weak' };
        expect((await error).detail.field).to.equal('answers');
        await el.updateComplete;
        expect(el.answers).to.deep.equal({ locks: 'weak' });
        expect(warnings.messages.filter((m) => m.includes('doorPosition, colour'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('restart clears every answer and tick', async () => {
      const el = await diagnosis();
      await answer(el, 'doorPosition', 'front');
      inShadow<HTMLInputElement>(el, '#check-locks').click();
      inShadow<HTMLButtonElement>(el, 'button.restart').click();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({});
      expect(inShadow<HTMLInputElement>(el, '#check-locks').checked).to.equal(false);
      // Stored as "every question set back by the reader", so no preset returns after a reload.
      expect(Object.values(JSON.parse(readState('answers', KEY)!))).to.deep.equal(Array(10).fill(''));
      await announced();
      expect(el.querySelector('[slot="door-help-announcer"]')!.textContent).to.equal(diagnosisText.ui.restarted);
      expect(allInShadow<HTMLInputElement>(el, 'fieldset[data-question="doorPosition"] input').some((input) => input.checked)).to.equal(false);
    });

    it('works in memory when storage throws', async () => {
      const restore = blockSessionStorage();
      try {
        const el = await diagnosis();
        await answer(el, 'sound', 'click');
        expect(rankedIds(el)[0]).to.equal('latch');
      } finally {
        restore();
      }
    });
  });

  describe('keyboard', () => {
    it('completes a question with the keyboard alone', async () => {
      const el = await diagnosis();
      const first = inShadow<HTMLInputElement>(el, 'fieldset[data-question="doorPosition"] input[value="front"]');
      first.focus();
      await press('Space');
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ doorPosition: 'front' });
      await press('ArrowDown');
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ doorPosition: 'rear' });
      expect(rankedIds(el)[0]).to.equal('child-lock');
      expect(el.shadowRoot!.activeElement === inShadow(el, 'fieldset[data-question="doorPosition"] input[value="rear"]'), 'focus').to.equal(true);
    });
  });

  describe('accessibility', () => {
    it('is accessible before answering', async () => {
      await expect(await diagnosis()).to.be.accessible();
    });
    it('is accessible while answering and escalated', async () => {
      const el = await diagnosis();
      await answer(el, 'trapped', 'yes');
      await answer(el, 'history', 'water');
      await expect(el).to.be.accessible();
    });
    it('is accessible after answering everything', async () => {
      const el = await diagnosis(html`<door-diagnosis
        .answers=${{ trapped: 'no', opensOutside: 'no', doorPosition: 'front', doorCount: 'one', locks: 'stuck', handleFeel: 'normal', sound: 'click', history: ['collision'], latches: 'unpredictable', seatNeeded: 'no' }}
      ></door-diagnosis>`);
      await expect(el).to.be.accessible();
    });
  });
});
