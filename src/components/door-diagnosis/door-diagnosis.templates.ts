import { nothing } from 'lit';
import { html } from 'lit/static-html.js';
import { live } from 'lit/directives/live.js';
import { keyed } from 'lit/directives/keyed.js';
import { diagnosisModel } from '../../data/diagnosis-model.js';
import type { Clue, DiagnosisText, QuestionId, RepairWords, SharedText } from '../../data/types.js';
import { chosenOptions, mostLikely, safetyQuestion, type Answers, type DiagnosisResult, type DrivingAssessment, type RankedCause } from '../../logic/diagnose.js';
import { childLockPicture } from '../../shared/templates/pictures.js';
import { copyRow } from '../../shared/templates/sections.js';
import { fill } from '../../logic/template.js';
import { headingTag } from '../../shared/templates/heading.js';

/** What every part of the diagnosis needs to render: the words of the language shown and the heading level. */
export interface PartsContext {
  text: DiagnosisText;
  causeNames: RepairWords['causeNames'];
  headingLevel: number;
  childLockWords: SharedText['childLockPicture'];
}

/** The answers as short reasons ("rear door; handle loose or floppy"). */
export function clueWords(clues: readonly Clue[], text: DiagnosisText): string {
  return clues.map((clue) => text.questions[clue.question].options[clue.option]!.clue).join('; ');
}

/**
 * One question as a fieldset of radio buttons (with "not sure") or checkboxes. On the safety
 * question "not sure" is an answer of its own, which escalates, and nothing is chosen until the
 * reader chooses.
 */
export function question(
  id: QuestionId,
  answers: Answers,
  { text }: PartsContext,
  onAnswer: (question: QuestionId, option: string | undefined, checked: boolean) => void,
  /** The reader said "not sure" (or "none of these"): shown checked; an unanswered question shows nothing checked. */
  skipped = false,
) {
  const model = diagnosisModel.questions.find((q) => q.id === id)!;
  const words = text.questions[id];
  const chosen = chosenOptions(answers, id);
  const type = model.multiple ? 'checkbox' : 'radio';
  const hintId = words.hint ? `hint-${id}` : undefined;
  const safety = id === safetyQuestion();
  return html`<fieldset class="question ${safety ? 'trapped' : ''}" part="question" data-question=${id} aria-describedby=${hintId ?? nothing}>
    <legend>${words.legend}</legend>
    ${words.hint ? html`<p class="hint" id=${hintId!}>${words.hint}</p>` : nothing}
    <div class="options">
      ${model.options.map(
        (option) => html`<label class="option">
          <input
            type=${type}
            name=${id}
            value=${option}
            .checked=${live(chosen.includes(option))}
            @change=${(event: Event) => onAnswer(id, option, (event.target as HTMLInputElement).checked)}
          />
          <span>${words.options[option]!.label}</span>
        </label>`,
      )}
      ${safety
        ? nothing
        : model.multiple
          ? html`<label class="option none-of-these">
              <input type="checkbox" name=${id} value="" .checked=${live(skipped && chosen.length === 0)} @change=${(event: Event) => onAnswer(id, undefined, (event.target as HTMLInputElement).checked)} />
              <span>${text.guided.noneOfThese}</span>
            </label>`
          : html`<label class="option">
              <input type="radio" name=${id} value="" .checked=${live(skipped && chosen.length === 0)} @change=${() => onAnswer(id, undefined, true)} />
              <span>${text.ui.notSure}</span>
            </label>`}
    </div>
  </fieldset>`;
}

/** One cause in the ranking: band, reasons for and against, severity, fix, and the other signs. */
export function cause(item: RankedCause, answeredCount: number, { text, causeNames, headingLevel, childLockWords }: PartsContext) {
  // Where the child lock is: in plain view while it is a most likely cause, else with the other signs.
  const picture = item.id === 'child-lock' ? childLockPicture(childLockWords) : nothing;
  const shown = item.band === 'most-likely';
  const words = text.causes[item.id];
  const heading = headingTag(headingLevel, 2);
  const noReasons = item.reasonsFor.length === 0 && item.reasonsAgainst.length === 0;
  return html`<li class="cause ${item.band}" part="cause" data-cause=${item.id} data-band=${item.band}>
    <${heading} class="cause-heading"><span class="cause-name">${causeNames[item.id]}</span><span class="visually-hidden">, </span> <span class="band">${text.bands[item.band]}</span></${heading}>
    ${item.reasonsFor.length
      ? html`<p class="reasons reasons-for"><strong>${text.ui.reasonsFor}:</strong> ${clueWords(item.reasonsFor, text)}</p>`
      : nothing}
    ${item.reasonsAgainst.length
      ? html`<p class="reasons reasons-against"><strong>${text.ui.reasonsAgainst}:</strong> ${clueWords(item.reasonsAgainst, text)}</p>`
      : nothing}
    ${noReasons && answeredCount > 0 ? html`<p class="reasons hint">${text.ui.noReasons}</p>` : nothing}
    <dl>
      <dt>${text.ui.severity}</dt>
      <dd class="severity">${text.severity[item.severity]}. ${words.severityNote}</dd>
      <dt>${text.ui.typicalFix}</dt>
      <dd class="fix">${words.fix}</dd>
      <dt>${text.ui.kindOfRepair}</dt>
      <dd class="skill">${text.skill[item.skill]}</dd>
    </dl>
    ${shown ? picture : nothing}
    <details>
      <summary>${text.ui.otherSigns}<span class="visually-hidden">: ${causeNames[item.id]}</span></summary>
      <p>${words.about}</p>
      <ul class="signs">${words.signs.map((sign) => html`<li>${sign}</li>`)}</ul>
      ${shown ? nothing : picture}
    </details>
  </li>`;
}

/** "Can I keep driving?": the verdict, what decided it, and (undecided) which answers decide it. */
export function driving(assessment: DrivingAssessment, { text, headingLevel }: PartsContext) {
  const verdict = text.driving.verdicts[assessment.verdict];
  const sub = headingTag(headingLevel, 1);
  const undecided = assessment.verdict === 'undecided';
  // Made anew when the verdict or its words change: a translator's wrapped text can never keep
  // saying "Okay for now" under a verdict that became "not safe".
  return keyed(`${assessment.verdict}\n${verdict.label}`, html`<section class="driving ${assessment.verdict}" part="driving" data-verdict=${assessment.verdict}>
    <${sub} class="section-heading">${text.driving.heading}</${sub}>
    <p>${text.driving.intro}</p>
    <p class="verdict">${verdict.label}</p>
    <p>${verdict.text}</p>
    ${verdict.conditions ? html`<ul class="verdict-conditions">${verdict.conditions.map((condition) => html`<li>${condition}</li>`)}</ul>` : nothing}
    ${assessment.reasons.length && !undecided
      ? html`<p class="decided-by"><strong>${text.driving.decidedBy}:</strong> ${clueWords(assessment.reasons, text)}</p>`
      : nothing}
    ${assessment.notKnown.length
      ? html`<p class="not-known"><strong>${undecided ? text.driving.decidesIt : text.driving.notKnownYet}:</strong> ${assessment.notKnown
            .map((q) => text.questions[q].short)
            .join('; ')}</p>`
      : nothing}
  </section>`);
}

/**
 * The verdict as each presentation may show it. One question at a time may leave questions unasked
 * that could make it "not safe", so the guided view can show a firmer verdict than the form; with
 * no mode set, both are rendered and the element's width picks one (CSS), only when they differ.
 */
export function drivingViews(form: DrivingAssessment, guided: DrivingAssessment, presentation: 'guided' | 'form' | 'auto', context: PartsContext) {
  if (presentation !== 'auto' || guided.verdict === form.verdict) return driving(presentation === 'guided' ? guided : form, context);
  return html`<div class="auto-form">${driving(form, context)}</div>
    <div class="auto-guided">${driving(guided, context)}</div>`;
}

/** A heading and its paragraphs, and what follows them (a picture). */
export function paragraphs(name: string, block: { heading: string; paragraphs: readonly string[] }, headingLevel: number, after: unknown = nothing) {
  const sub = headingTag(headingLevel, 1);
  return html`<section class=${name}>
    <${sub} class="section-heading">${block.heading}</${sub}>
    ${block.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)} ${after}
  </section>`;
}

/** The three kinds of fix, easiest first. */
export function fixes({ text, headingLevel }: PartsContext) {
  const sub = headingTag(headingLevel, 1);
  const minor = headingTag(headingLevel, 2);
  return html`<section class="fixes">
    <${sub} class="section-heading">${text.fixes.heading}</${sub}>
    <p>${text.fixes.intro}</p>
    ${text.fixes.groups.map(
      (group) => html`<div class="fix-group" data-skill=${group.skill}>
        <${minor} class="section-heading">${group.heading}</${minor}>
        <p>${group.text}</p>
      </div>`,
    )}
  </section>`;
}

/** The questions people ask, each folded. */
export function faq({ text, headingLevel }: PartsContext) {
  const sub = headingTag(headingLevel, 1);
  return html`<section class="faq">
    <${sub} class="section-heading">${text.faq.heading}</${sub}>
    ${text.faq.items.map((item) => html`<details data-id=${item.id}><summary>${item.question}</summary><p>${item.answer}</p></details>`)}
  </section>`;
}

/** The current leader, kept in view under the questions on a phone. */
export function leader(result: DiagnosisResult, { text, causeNames }: PartsContext, onSeeWhy: () => void) {
  const names = mostLikely(result.causes).map((c) => causeNames[c.id]).join('; ');
  return html`<div class="leader">
    <p>${fill(text.ui.leader, { band: text.bands['most-likely'], cause: names })}</p>
    <button class="see-why" @click=${onSeeWhy}>${text.ui.seeWhy}</button>
  </div>`;
}

/** The plain-text summary for a mechanic, and its copy button. */
export function summary(words: DiagnosisText['summary'], text: string, status: string, onCopy: () => void, headingLevel: number) {
  const sub = headingTag(headingLevel, 1);
  return html`<section class="summary" part="summary">
    <${sub} class="section-heading">${words.heading}</${sub}>
    <p>${words.intro}</p>
    <pre class="summary-text">${text}</pre>
    ${copyRow(words.copy, status, onCopy)}
  </section>`;
}
