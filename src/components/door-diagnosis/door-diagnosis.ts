import { nothing, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { diagnosisModel } from '../../data/diagnosis-model.js';
import { diagnosisText } from '../../data/en/diagnosis.js';
import { repairWords } from '../../data/en/repair-words.js';
import { copyAnswers, safetyQuestion, type DiagnosisResult, type PresetAnswers } from '../../logic/diagnose.js';
import type { SettingsLayer } from '../../logic/settings.js';
import { summaryText } from '../../logic/summary.js';
import { fill } from '../../logic/template.js';
import { trimmedTextOf } from '../../logic/input.js';
import { DoorHelpElement } from '../../shared/element/door-help-element.js';
import { ChecklistController } from '../../shared/controllers/checklist.controller.js';
import { CopyController } from '../../shared/controllers/copy.controller.js';
import { checklistSection, listSection } from '../../shared/templates/sections.js';
import { releasePicture } from '../../shared/templates/pictures.js';
import { pictureStyles } from '../../shared/templates/pictures.styles.js';
import { highlightedParts } from '../../logic/release-parts.js';
import { ANNOUNCER_SLOT } from '../../shared/controllers/announcer.controller.js';
import { headingTag } from '../../shared/templates/heading.js';
import { warnOnce } from '../../shared/platform/warn.js';
import { DoorConfigErrorEvent, DoorSummaryCopyEvent } from '../../shared/events.js';
import { DiagnosisController } from './door-diagnosis.controller.js';
import { InterviewController, type Presentation } from './door-diagnosis.interview.js';
import { guidedView } from './door-diagnosis.guided.js';
import * as parts from './door-diagnosis.templates.js';
import { diagnosisStyles } from './door-diagnosis.styles.js';

const DEFAULT_KEY = 'door-help:diagnosis';

/**
 * A guided diagnosis for a car door that will not open from inside.
 *
 * @tagname door-diagnosis
 * @summary Asks the clues that tell the causes apart and ranks the seven causes with reasons, severity, typical fix and a driving verdict; shows the emergency steps first when someone is stuck.
 *
 * @csspart question - Each question's fieldset (all questions at once).
 * @csspart guided-question - The one question shown at a time (guided mode).
 * @csspart guided-result - Where the interview stopped: the most likely causes, their fix, the verdict.
 * @csspart escalation - The emergency call and steps shown when someone is stuck or unwell.
 * @csspart result - The ranked list of causes.
 * @csspart cause - One cause in the ranking.
 * @csspart driving - The "can I keep driving?" verdict.
 * @csspart checklist - The nine diagnosis steps.
 * @csspart summary - The summary for a mechanic, with its copy button.
 * @csspart disclaimer - The disclaimer, always shown.
 *
 * @slot door-help-announcer - Reserved: the element puts its polite live region here, in its own light DOM, so screen readers hear result updates.
 *
 * @fires {DoorAnswerChangeEvent} door-answer-change - An answer was given, changed or cleared. Detail: `{ question, value, answers }`.
 * @fires {DoorResultChangeEvent} door-result-change - The top cause, its band or the driving verdict changed. Detail: `{ topCause, band, likelyCauses, verdict }`.
 * @fires {DoorEscalateEvent} door-escalate - The reader said someone is stuck or unwell. Detail: `{ region }`.
 * @fires {DoorSummaryCopyEvent} door-summary-copy - The summary was copied. Detail: `{ text }`.
 * @fires {DoorStepToggleEvent} door-step-toggle - A diagnosis step was ticked. Detail: `{ list: 'diagnosis', stepId, done, doneCount, total }`.
 * @fires {DoorConfigErrorEvent} door-config-error - A preset `answers` value or a `mode` was rejected. Detail: `{ field, message }`.
 *
 * @cssprop --door-diagnosis-band-most-likely - Accent of "most likely" causes (default: the accent; danger red is kept for danger).
 * @cssprop --door-diagnosis-band-possible - Accent of "possible" causes (default: the border colour).
 * @cssprop --door-diagnosis-band-less-likely - Accent of "less likely" causes.
 */
export class DoorDiagnosis extends DoorHelpElement {
  static override styles = [...DoorHelpElement.styles, diagnosisStyles, pictureStyles];

  /** Region for the emergency number when someone is stuck; see `<door-emergency-steps region>`. */
  @property({ reflect: true }) region?: string;

  /**
   * How the questions are shown: `guided` puts them one at a time, the most telling first, and
   * stops once the answer is clear; `form` shows all ten at once. Unset: guided where the element
   * is narrower than 30em (a phone), the form where it is wider. The reader can switch either way.
   */
  @property({ reflect: true }) mode?: Presentation;

  /** Session storage key for answers (ticks use `<key>:checks`). Two diagnoses with one key share their answers. */
  @property({ attribute: 'storage-key' }) storageKey = DEFAULT_KEY;

  private readonly copier = new CopyController(this);
  private readonly state = new DiagnosisController(
    this,
    () => this.answersKey,
    () => ({ text: this.text, causeNames: this.repairWords.causeNames, lang: this.settings.shownLang, region: this.settings.resolved.region.code }),
  );
  private readonly interview = new InterviewController(this, this.state, () => ({ text: this.text, causeNames: this.repairWords.causeNames }));
  private readonly checklist = new ChecklistController(
    this,
    'diagnosis',
    diagnosisText.steps.items.map((step) => step.id), // ids are the same in every language
    () => `${this.answersKey}:checks`,
    `${DEFAULT_KEY}:checks`,
  );

  /**
   * The reader's answers, by question id. Set it to preset answers (for example
   * `{ doorPosition: 'rear' }`); unknown questions or options are dropped with a console warning.
   * The reader's own choices always win: setting an equal preset again changes nothing, and a new
   * preset fills only the questions the reader has not answered.
   */
  @property({ attribute: false })
  get answers(): PresetAnswers {
    return copyAnswers(this.state.answers) as PresetAnswers;
  }
  // Typed for TypeScript users; at run time anything is accepted, and what is not an answer is refused.
  set answers(value: PresetAnswers) {
    const rejected = this.state.setPreset(value);
    if (rejected.length) {
      const ids = diagnosisModel.questions.map((q) => q.id).join(', ');
      this.reportConfigError('answers', `ignored answers for ${rejected.join(', ')}: use question ids (${ids}) with their option ids.`);
    }
  }

  /** The current diagnosis: ranked causes with reasons, driving verdict, escalation flag. Read-only. */
  get result(): DiagnosisResult {
    return this.state.result;
  }

  /** The plain-text summary for a mechanic, as shown. */
  get summary(): string {
    return summaryText(this.state.answers, this.state.result, this.text, this.repairWords.causeNames);
  }

  protected override ownSettings(): SettingsLayer {
    return { region: this.region, theme: this.theme };
  }

  /** Cause names and the parts list, shared by the diagnosis and the cost ranges. */
  private get repairWords() {
    return this.settings.text('repair', repairWords);
  }

  /** The diagnosis words of the language shown. */
  private get text() {
    return this.settings.text('diagnosis', diagnosisText);
  }

  /** Where answers are kept: the `storage-key`, or the default when a page set something that is not one. */
  private get answersKey(): string {
    return trimmedTextOf(this.storageKey) ?? DEFAULT_KEY;
  }

  private get context(): parts.PartsContext {
    return { text: this.text, causeNames: this.repairWords.causeNames, headingLevel: this.headingLevel, childLockWords: this.sharedWords.childLockPicture };
  }

  protected override render() {
    const result = this.state.result;
    const context = this.context;
    const { text } = context;
    const title = headingTag(this.headingLevel);
    const sub = headingTag(this.headingLevel, 1);
    const safety = safetyQuestion();
    const clues = diagnosisModel.questions.filter((question) => question.id !== safety);
    const shown = this.shown;
    return this.frame(html`
      <${title} class="title">${text.heading}</${title}>
      ${parts.question(safety, this.state.answers, context, this.onAnswer, this.state.wasSkipped(safety))}
      ${result.escalate
        ? html`<section class="escalation" part="escalation" aria-labelledby="escalation-heading">
            <${sub} class="section-heading" id="escalation-heading">${text.ui.escalationHeading}</${sub}>
            <!-- Under stress the call comes first: the button and the words to say right under the answer, the ways out and the cautions; every other step behind one control. -->
            <door-emergency-steps call-first compact region=${this.region ?? nothing} heading-level=${Math.min(6, this.headingLevel + 2)} theme=${this.theme ?? nothing}></door-emergency-steps>
            <p class="escalation-intro">${text.ui.escalationIntro}</p>
          </section>`
        : nothing}
      <!-- Once the safety question is answered, the introduction folds away: the next question comes up where the reader is looking. -->
      ${this.state.answers[safety] === undefined ? text.intro.map((paragraph) => html`<p class="intro">${paragraph}</p>`) : nothing}

      <section class="questions" data-presentation=${this.presentation} aria-labelledby="questions-heading" @focusin=${this.keepFocusInView}>
        <${sub} class="section-heading" id="questions-heading">${text.questionsHeading}</${sub}>
        ${this.presentation === 'guided'
          ? nothing
          : html`<div class="form-view ${this.presentation === 'auto' ? 'auto-form' : ''}">
              ${shown === 'guided'
                ? nothing
                : html`<p class="progress">${fill(text.ui.answeredCount, { answered: result.answeredCount, total: diagnosisModel.questions.length })}</p>
                    ${clues.map((question) => parts.question(question.id, this.state.answers, context, this.onAnswer, this.state.wasSkipped(question.id)))}
                    <button class="presentation-toggle" @click=${() => this.interview.show('guided')}>${text.guided.oneAtATime}</button>`}
            </div>`}
        ${this.presentation === 'form'
          ? nothing
          : html`<div class=${this.presentation === 'auto' ? 'auto-guided' : ''}>
              ${shown === 'form'
                ? nothing
                : guidedView({ ...context, answers: this.state.answers, result, interview: this.interview, onSeeWhy: this.showResults, onCost: this.interview.cost })}
            </div>`}
        <div class="copy-row">
          <button class="restart" @click=${this.restart}>${text.ui.restart}</button>
        </div>
        ${result.answeredCount > 0 ? parts.leader(result, context, this.showResults) : nothing}
      </section>

      ${this.lowerShown ? this.renderLower() : html`<div class="lower-reserve"></div>`}
      <slot name=${ANNOUNCER_SLOT}></slot>
      <p class="disclaimer" part="disclaimer">${this.sharedWords.disclaimer}</p>
    `);
  }

  /** Below the questions: the ranking and everything after it (a first render shows it a turn later). */
  private renderLower() {
    const result = this.state.result;
    const context = this.context;
    const { text } = context;
    const sub = headingTag(this.headingLevel, 1);
    return html`
      <section class="results" part="result" aria-labelledby="results-heading">
        <${sub} class="section-heading" id="results-heading" tabindex="-1">${text.ui.resultsHeading}</${sub}>
        ${result.answeredCount === 0 ? html`<p class="hint">${text.ui.noAnswersYet}</p>` : nothing}
        <ol class="causes">${result.causes.map((item) => parts.cause(item, result.answeredCount, context))}</ol>
      </section>

      ${parts.drivingViews(result.driving, this.interview.driving, this.shown ?? 'auto', context)}
      ${parts.paragraphs('how-it-works', text.howItWorks, this.headingLevel, releasePicture(text.releasePicture, highlightedParts(result)))}
      ${this.renderChecklist()}
      ${parts.fixes(context)}
      ${listSection('parts', this.repairWords.partsAndTools, this.headingLevel)}
      ${parts.faq(context)}
      ${parts.paragraphs('in-short', text.inShort, this.headingLevel)}
      ${parts.summary(this.text.summary, this.summary, this.copier.message(this.text.summary), this.copySummary, this.headingLevel)}
    `;
  }

  /**
   * A control that takes focus under the sticky "most likely now" bar is scrolled to the middle
   * of the view, so focus is never hidden (WCAG 2.4.11), whatever scrolls the page.
   */
  private readonly keepFocusInView = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    const bar = this.renderRoot.querySelector<HTMLElement>('.leader');
    if (!(target instanceof HTMLElement) || !bar || getComputedStyle(bar).position !== 'sticky') return;
    const box = target.getBoundingClientRect();
    const cover = bar.getBoundingClientRect();
    if (box.bottom > cover.top && box.top < cover.bottom) target.scrollIntoView({ block: 'center' });
  };

  /** Moves the reader, and focus, to the ranking; only ever on their request. */
  private readonly showResults = () => {
    const heading = this.renderRoot.querySelector<HTMLElement>('#results-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };

  private readonly onAnswer = (question: Parameters<DiagnosisController['answer']>[0], option: string | undefined, checked: boolean) => {
    const escalatedBefore = this.state.result.escalate;
    // Unticking "none of these" takes the answer back; every other change is an answer.
    if (option === undefined && !checked) return this.state.unskip(question);
    this.state.answer(question, option, checked);
    // The reader's own answer opened the emergency view: bring the call to where they are looking.
    if (this.state.result.escalate && !escalatedBefore) void this.revealCall();
    // Nobody stuck: the first clue comes up where they are looking (one question at a time).
    else if (question === safetyQuestion() && !this.state.result.escalate) this.interview.reveal();
  };

  /**
   * After the reader opens the emergency view, the call button and the words to say are scrolled
   * onto the screen when they are not on it (a phone); focus stays on the reader's answer.
   */
  private async revealCall(): Promise<void> {
    await this.updateComplete;
    const steps = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('.escalation door-emergency-steps');
    await steps?.updateComplete;
    const call = steps?.shadowRoot?.querySelector<HTMLElement>('.call');
    const view = this.ownerDocument.defaultView;
    if (!call || !view) return;
    const box = call.getBoundingClientRect();
    if (box.top < 0 || box.bottom > view.innerHeight) this.renderRoot.querySelector<HTMLElement>('.escalation')?.scrollIntoView({ block: 'start' });
  }

  private renderChecklist() {
    const { steps, ui } = this.text;
    return checklistSection({
      className: 'checks',
      heading: steps.heading,
      progress: fill(ui.progress, { done: this.checklist.doneCount, total: steps.items.length }),
      items: steps.items.map((step) => ({ id: step.id, title: step.title, body: html`<p class="check-detail">${step.detail}</p>` })),
      checklist: this.checklist,
      headingLevel: this.headingLevel,
      idPrefix: 'check',
      listPart: 'checklist',
    });
  }

  /** The presentation on screen; undefined with no mode until the element's width has been read (then both render). */
  private get shown(): Presentation | undefined {
    return this.presentation === 'auto' ? this.interview.widthShows : this.presentation;
  }

  /** The reader's choice, else the page's mode, else `auto` (the element's width decides, in CSS). */
  private get presentation(): Presentation | 'auto' {
    const mode = this.mode === 'guided' || this.mode === 'form' ? this.mode : undefined;
    return this.interview.chosen ?? mode ?? 'auto';
  }

  private restart() {
    this.interview.restart();
    this.state.restart();
    this.checklist.clear();
    this.copier.state = 'idle';
  }

  private readonly copySummary = async () => {
    const summary = this.summary;
    const copied = await this.copier.copy(summary);
    // Said through the light-DOM live region (a status inside a shadow root is missed by some readers), every time.
    this.state.announce(this.copier.message(this.text.summary));
    if (copied) this.dispatchEvent(new DoorSummaryCopyEvent({ text: summary }));
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const mode: unknown = this.mode;
    if (changed.has('mode') && mode != null && mode !== 'guided' && mode !== 'form') {
      this.reportConfigError('mode', `mode "${String(mode).slice(0, 40)}" is neither guided nor form; the element's width decides.`);
    }
    // An `answers` attribute is never read (a framework that writes objects as attributes, such as
    // Astro, leaves "[object Object]"): said once, instead of a preset silently lost.
    if (!this.hasUpdated && this.isConnected && this.hasAttribute('answers')) {
      this.reportConfigError('answers', 'answers is a property, not an attribute: set it from a script (element.answers = { … }); the attribute was ignored.');
    }
  }

  private reportConfigError(field: string, message: string) {
    warnOnce(`<door-diagnosis> ${message}`);
    this.dispatchEvent(new DoorConfigErrorEvent({ field, message }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'door-diagnosis': DoorDiagnosis;
  }
}
