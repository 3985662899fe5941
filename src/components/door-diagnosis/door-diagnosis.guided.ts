import { nothing } from 'lit';
import { html } from 'lit/static-html.js';
import { live } from 'lit/directives/live.js';
import { keyed } from 'lit/directives/keyed.js';
import { diagnosisModel } from '../../data/diagnosis-model.js';
import type { QuestionId } from '../../data/types.js';
import { chosenOptions, mostLikely, type Answers, type DiagnosisResult } from '../../logic/diagnose.js';
import { fill } from '../../logic/template.js';
import { headingTag } from '../../shared/templates/heading.js';
import type { InterviewController } from './door-diagnosis.interview.js';
import { clueWords, type PartsContext } from './door-diagnosis.templates.js';

/** What the guided view shows beyond the words: the state, and what the reader can do. */
export interface GuidedContext extends PartsContext {
  answers: Answers;
  result: DiagnosisResult;
  interview: InterviewController;
  /** A `<repair-cost>` follows this diagnosis: "What it costs" takes the reader there. */
  onCost: (() => void) | undefined;
  onSeeWhy: () => void;
}

/** The reader's answer to a question as words ("rear door"; "not sure"). */
function answerWords(id: QuestionId, answers: Answers, { text }: PartsContext): string {
  const chosen = chosenOptions(answers, id);
  if (!chosen.length) return diagnosisModel.questions.find((q) => q.id === id)!.multiple ? text.guided.noneOfThese : text.ui.notSure;
  return clueWords(
    chosen.map((option) => ({ question: id, option })),
    text,
  );
}

/** One question on its own: each option a button (one tap answers), or boxes and "Next" where several can apply. */
function currentQuestion(id: QuestionId, context: GuidedContext) {
  const { text, answers, interview } = context;
  const model = diagnosisModel.questions.find((q) => q.id === id)!;
  const words = text.questions[id];
  const chosen = chosenOptions(answers, id);
  const hintId = words.hint ? `guided-hint-${id}` : undefined;
  return html`<fieldset class="question guided-question" part="guided-question" data-question=${id} tabindex="-1" aria-describedby=${hintId ?? nothing}>
    <legend><span class="question-number">${fill(text.guided.questionNumber, { number: interview.number })}</span> ${words.legend}</legend>
    ${words.hint ? html`<p class="hint" id=${hintId!}>${words.hint}</p>` : nothing}
    <div class="options">
      ${model.multiple
        ? html`${model.options.map(
              (option) => html`<label class="option">
                <input type="checkbox" value=${option} .checked=${live(chosen.includes(option))} @change=${(event: Event) => interview.toggle(id, option, (event.target as HTMLInputElement).checked)} />
                <span>${words.options[option]!.label}</span>
              </label>`,
            )}
            <button class="choice next" @click=${() => interview.next(id)}>${chosen.length ? text.guided.next : text.guided.noneOfThese}</button>`
        : model.options.map(
            (option) => html`<button class="choice" aria-pressed=${chosen.includes(option) ? 'true' : 'false'} data-option=${option} @click=${() => interview.answer(id, option)}>
              ${words.options[option]!.label}
            </button>`,
          )}
      <button class="choice not-sure" data-option="" @click=${() => interview.answer(id, undefined)}>${text.ui.notSure}</button>
    </div>
  </fieldset>`;
}

/** Where the interview stopped: the leading cause, its fix, the verdict it may show, and the ways on. */
function settledResult(context: GuidedContext) {
  const { text, causeNames, result, interview, headingLevel } = context;
  const heading = headingTag(headingLevel, 2);
  const likely = mostLikely(result.causes);
  const driving = interview.driving;
  return html`<div class="guided-result" part="guided-result" data-verdict=${driving.verdict}>
    <${heading} class="section-heading guided-result-heading" tabindex="-1">${text.guided.resultHeading}</${heading}>
    <ul class="guided-causes" role="list">
      ${likely.map(
        (cause) => html`<li data-cause=${cause.id}>
          <strong>${causeNames[cause.id]}</strong> (${text.bands[cause.band]}). ${text.ui.typicalFix}: ${text.causes[cause.id].fix}
        </li>`,
      )}
    </ul>
    ${keyed(`${driving.verdict}\n${text.driving.verdicts[driving.verdict].label}`, html`<p class="guided-verdict"><strong>${fill(text.guided.drivingLine, { verdict: text.driving.verdicts[driving.verdict].label })}</strong></p>`)}
    ${interview.exhausted ? html`<p class="hint">${text.guided.allAsked}</p>` : nothing}
    <div class="guided-actions">
      ${interview.exhausted ? nothing : html`<button class="more" @click=${interview.more}>${text.guided.moreQuestions}</button>`}
      <button class="see-why" @click=${context.onSeeWhy}>${text.ui.seeWhy}</button>
      ${context.onCost ? html`<button class="cost-link" @click=${context.onCost}>${text.guided.whatItCosts}</button>` : nothing}
    </div>
  </div>`;
}

/** The answers given so far, each with a way back to it. */
function givenAnswers(context: GuidedContext) {
  const { text, interview, answers } = context;
  const given = interview.given;
  if (!given.length) return nothing;
  return html`<details class="guided-answers">
    <summary>${fill(text.guided.changeAnswers, { count: given.length })}</summary>
    <ul role="list">
      ${given.map(
        (id) => html`<li data-question=${id}>
          <span>${text.questions[id].short}: ${answerWords(id, answers, context)}</span>
          <button class="change" @click=${() => interview.change(id)}>${text.guided.change}<span class="visually-hidden">: ${text.questions[id].short}</span></button>
        </li>`,
      )}
    </ul>
  </details>`;
}

/**
 * "Not safe to keep driving" the moment an answer makes it so, with its reason, above the next
 * question: the interview goes on for the cause, the verdict does not wait for it.
 */
function notSafeNow({ text, interview }: GuidedContext) {
  const driving = interview.driving;
  if (driving.verdict !== 'not-safe') return nothing;
  return keyed(
    `${text.driving.verdicts['not-safe'].label}\n${clueWords(driving.reasons, text)}`,
    html`<p class="guided-verdict guided-not-safe" data-verdict="not-safe">
      <strong>${fill(text.guided.drivingLine, { verdict: text.driving.verdicts['not-safe'].label })}</strong>
      ${text.driving.decidedBy}: ${clueWords(driving.reasons, text)}.
    </p>`,
  );
}

/** The questions one at a time (guided mode): the question or the result, "Back", the answers given, "Show all questions". */
export function guidedView(context: GuidedContext) {
  const { text, interview } = context;
  const current = interview.current;
  return html`<div class="guided-view">
    ${current && !interview.waitingForSafety ? notSafeNow(context) : nothing}
    ${interview.waitingForSafety
      ? html`<p class="guided-start">${text.guided.start}</p>`
      : current
        ? currentQuestion(current, context)
        : settledResult(context)}
    <div class="guided-nav">
      ${interview.canGoBack ? html`<button class="back" @click=${interview.back}>${text.guided.back}</button>` : nothing}
      <button class="presentation-toggle" @click=${() => interview.show('form')}>${text.guided.showAll}</button>
    </div>
    ${givenAnswers(context)}
  </div>`;
}
