import { nothing, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { doorHelpContext, type DoorHelpSettings } from '../../shared/context.js';
import { live } from 'lit/directives/live.js';
import { diagnosisModel } from '../../data/diagnosis-model.js';
import { diagnosisText } from '../../data/en/diagnosis.js';
import { repairWords } from '../../data/en/repair-words.js';
import type { Clue, QuestionId } from '../../data/schemas.js';
import { diagnose, sanitizeAnswers, type Answers, type DiagnosisResult, type RankedCause } from '../../logic/diagnose.js';
import { summaryText } from '../../logic/summary.js';
import { safeSessionStorage } from '../../logic/storage.js';
import { fill } from '../../logic/template.js';
import { trimmedTextOf } from '../../logic/input.js';
import { DoorHelpElement } from '../../shared/door-help-element.js';
import { ChecklistController } from '../../shared/checklist.js';
import { CopyController } from '../../shared/copy.js';
import { ANNOUNCER_SLOT, AnnouncerController } from '../../shared/announcer.js';
import { headingTag } from '../../shared/heading.js';
import { warnOnce } from '../../shared/warn.js';
import {
  DoorAnswerChangeEvent,
  DoorConfigErrorEvent,
  DoorEscalateEvent,
  DoorResultChangeEvent,
  DoorSummaryCopyEvent,
} from '../../shared/events.js';
import { diagnosisStyles } from './door-diagnosis.styles.js';

const isAnswerRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A guided diagnosis for a car door that will not open from inside.
 *
 * @tagname door-diagnosis
 * @summary Asks the clues that tell the causes apart and ranks the seven causes with reasons, severity, typical fix and a driving verdict; shows the emergency steps first when someone is stuck.
 *
 * @csspart question - Each question's fieldset.
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
 * @fires door-answer-change - An answer was given, changed or cleared. Detail: `{ question, value, answers }`.
 * @fires door-result-change - The top cause, its band or the driving verdict changed. Detail: `{ topCause, band, likelyCauses, verdict }`.
 * @fires door-escalate - The reader said someone is stuck or unwell. Detail: `{ region }`.
 * @fires door-summary-copy - The summary was copied. Detail: `{ text }`.
 * @fires door-step-toggle - A diagnosis step was ticked. Detail: `{ list: 'diagnosis', stepId, done, doneCount, total }`.
 * @fires door-config-error - A preset `answers` value was rejected. Detail: `{ field, message }`.
 *
 * @cssprop --door-diagnosis-band-most-likely - Accent of "most likely" causes.
 * @cssprop --door-diagnosis-band-possible - Accent of "possible" causes.
 * @cssprop --door-diagnosis-band-less-likely - Accent of "less likely" causes.
 */
export class DoorDiagnosis extends DoorHelpElement {
  static override styles = [...DoorHelpElement.styles, diagnosisStyles];

  /** Region for the emergency number when someone is stuck; see `<door-emergency-steps region>`. */
  @property({ reflect: true }) region?: string;

  /** Session storage key for answers (ticks use `<key>:checks`). */
  @property({ attribute: 'storage-key' }) storageKey = 'door-help:diagnosis';

  @consume({ context: doorHelpContext, subscribe: true })
  @state()
  private settings?: DoorHelpSettings;

  @state() private current: Answers = {};

  private computed: DiagnosisResult = diagnose({});
  private published?: DiagnosisResult;
  private presetByPage = false;
  /** Set by restart, so its update announces "answers cleared" rather than the new ranking. */
  private restarting = false;
  private readonly copier = new CopyController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly checklist = new ChecklistController(
    this,
    'diagnosis',
    diagnosisText.steps.items.map((step) => step.id), // ids are the same in every language
    () => `${this.answersKey}:checks`,
    'door-help:diagnosis:checks',
  );

  /**
   * The reader's answers, by question id. Set it to preset answers (for example
   * `{ doorPosition: 'rear' }`); unknown questions or options are dropped with a console warning.
   * Answers the reader gave in this session take precedence over a preset.
   */
  @property({ attribute: false })
  get answers(): Answers {
    return structuredClone(this.current);
  }
  set answers(value: unknown) {
    const { answers, rejected } = sanitizeAnswers(value);
    if (rejected.length) this.reportConfigError('answers', rejected);
    this.presetByPage = true;
    // A preset is the page's, not the reader's: it is not stored.
    this.current = answers;
  }

  /** Cause names and the parts list, shared by the diagnosis and the cost ranges. */
  private get repairWords() {
    return this.i18n.text('repair', repairWords);
  }

  /** The diagnosis words of the language shown. */
  private get text() {
    return this.i18n.text('diagnosis', diagnosisText);
  }

  /** Where answers are kept: the `storage-key`, or the default when a page set something that is not one. */
  private get answersKey(): string {
    return trimmedTextOf(this.storageKey) ?? 'door-help:diagnosis';
  }

  /** The current diagnosis: ranked causes with reasons, driving verdict, escalation flag. Read-only. */
  get result(): DiagnosisResult {
    return this.computed;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = safeSessionStorage.read(this.answersKey, isAnswerRecord);
    if (stored) {
      const { answers } = sanitizeAnswers(stored);
      if (Object.keys(answers).length || !this.presetByPage) this.current = answers;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('current' as keyof DoorDiagnosis)) {
      const before = this.computed;
      this.computed = diagnose(this.current);
      if (this.hasUpdated) this.reportResultChange(before, this.computed);
    }
  }

  protected override updated(): void {
    // Inside <door-help>, share each new result so <repair-cost> can follow it.
    if (this.settings && this.published !== this.computed) {
      this.published = this.computed;
      this.settings.publishDiagnosis(this.computed, this.answers);
    }
  }

  protected override render() {
    const result = this.computed;
    const title = headingTag(this.headingLevel);
    const sub = headingTag(this.headingLevel, 1);
    const [trapped, ...clues] = diagnosisModel.questions;
    return html`
      <${title} class="title">${this.text.heading}</${title}>
      ${this.renderQuestion(trapped!.id)}
      ${result.escalate
        ? html`<section class="escalation" part="escalation" aria-labelledby="escalation-heading">
            <${sub} class="section-heading" id="escalation-heading">${this.text.ui.escalationHeading}</${sub}>
            <p>${this.text.ui.escalationIntro}</p>
            <door-emergency-steps region=${this.region ?? nothing} heading-level=${Math.min(6, this.headingLevel + 2)} theme=${this.theme ?? nothing}></door-emergency-steps>
          </section>`
        : nothing}
      ${this.text.intro.map((paragraph) => html`<p class="intro">${paragraph}</p>`)}

      <section class="questions" aria-labelledby="questions-heading">
        <${sub} class="section-heading" id="questions-heading">${this.text.questionsHeading}</${sub}>
        <p class="progress">${fill(this.text.ui.answeredCount, { answered: result.answeredCount, total: diagnosisModel.questions.length })}</p>
        ${clues.map((question) => this.renderQuestion(question.id))}
        <div class="copy-row">
          <button class="restart" @click=${this.restart}>${this.text.ui.restart}</button>
        </div>
        ${result.answeredCount > 0 ? this.renderLeader(result) : nothing}
      </section>

      <section class="results" part="result" aria-labelledby="results-heading">
        <${sub} class="section-heading" id="results-heading" tabindex="-1">${this.text.ui.resultsHeading}</${sub}>
        ${result.answeredCount === 0 ? html`<p class="hint">${this.text.ui.noAnswersYet}</p>` : nothing}
        <ol class="causes">${result.causes.map((cause) => this.renderCause(cause))}</ol>
      </section>

      ${this.renderDriving()}
      ${this.renderParagraphs('how-it-works', this.text.howItWorks)}
      ${this.renderChecklist()}
      ${this.renderFixes()}
      <section class="parts">
        <${sub} class="section-heading">${this.repairWords.partsAndTools.heading}</${sub}>
        <ul>${this.repairWords.partsAndTools.items.map((item) => html`<li>${item}</li>`)}</ul>
      </section>
      <section class="faq">
        <${sub} class="section-heading">${this.text.faq.heading}</${sub}>
        ${this.text.faq.items.map(
          (item) => html`<details data-id=${item.id}><summary>${item.question}</summary><p>${item.answer}</p></details>`,
        )}
      </section>
      ${this.renderParagraphs('in-short', this.text.inShort)}
      ${this.renderSummary()}
      <slot name=${ANNOUNCER_SLOT}></slot>
      <p class="disclaimer" part="disclaimer">${this.sharedWords.disclaimer}</p>
    `;
  }

  /** On a phone the ranking is screens below the questions: the leader stays in view while answering. */
  private renderLeader(result: DiagnosisResult) {
    const names = result.causes.filter((c) => c.band === 'most-likely').map((c) => this.repairWords.causeNames[c.id]).join('; ');
    return html`<div class="leader">
      <p>${fill(this.text.ui.leader, { band: this.text.bands['most-likely'], cause: names })}</p>
      <button class="see-why" @click=${this.showResults}>${this.text.ui.seeWhy}</button>
    </div>`;
  }

  /** Moves the reader, and focus, to the ranking; only ever on their request. */
  private showResults() {
    const heading = this.renderRoot.querySelector<HTMLElement>('#results-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }

  private renderQuestion(id: QuestionId) {
    const question = diagnosisModel.questions.find((q) => q.id === id)!;
    const words = this.text.questions[id];
    const value = this.current[id];
    const chosen = Array.isArray(value) ? value : value ? [value] : [];
    const type = question.multiple ? 'checkbox' : 'radio';
    const hintId = words.hint ? `hint-${id}` : undefined;
    return html`<fieldset class="question ${id === 'trapped' ? 'trapped' : ''}" part="question" data-question=${id} aria-describedby=${hintId ?? nothing}>
      <legend>${words.legend}</legend>
      ${words.hint ? html`<p class="hint" id=${hintId!}>${words.hint}</p>` : nothing}
      <div class="options">
        ${question.options.map(
          (option) => html`<label class="option">
            <input
              type=${type}
              name=${id}
              value=${option}
              .checked=${live(chosen.includes(option))}
              @change=${(event: Event) => this.onAnswer(id, option, (event.target as HTMLInputElement).checked)}
            />
            <span>${words.options[option]!.label}</span>
          </label>`,
        )}
        ${question.multiple
          ? nothing
          : html`<label class="option">
              <input type="radio" name=${id} value="" .checked=${live(chosen.length === 0)} @change=${() => this.onAnswer(id, undefined, true)} />
              <span>${this.text.ui.notSure}</span>
            </label>`}
      </div>
    </fieldset>`;
  }

  private clueWords(clues: readonly Clue[]): string {
    return clues.map((clue) => this.text.questions[clue.question].options[clue.option]!.clue).join('; ');
  }

  private renderCause(cause: RankedCause) {
    const words = this.text.causes[cause.id];
    const heading = headingTag(this.headingLevel, 2);
    const noReasons = cause.reasonsFor.length === 0 && cause.reasonsAgainst.length === 0;
    return html`<li class="cause ${cause.band}" part="cause" data-cause=${cause.id} data-band=${cause.band}>
      <${heading} class="cause-heading"><span class="cause-name">${this.repairWords.causeNames[cause.id]}</span> <span class="band">${this.text.bands[cause.band]}</span></${heading}>
      ${cause.reasonsFor.length
        ? html`<p class="reasons reasons-for"><strong>${this.text.ui.reasonsFor}:</strong> ${this.clueWords(cause.reasonsFor)}</p>`
        : nothing}
      ${cause.reasonsAgainst.length
        ? html`<p class="reasons reasons-against"><strong>${this.text.ui.reasonsAgainst}:</strong> ${this.clueWords(cause.reasonsAgainst)}</p>`
        : nothing}
      ${noReasons && this.computed.answeredCount > 0 ? html`<p class="reasons hint">${this.text.ui.noReasons}</p>` : nothing}
      <dl>
        <dt>${this.text.ui.severity}</dt>
        <dd class="severity">${this.text.severity[cause.severity]}. ${words.severityNote}</dd>
        <dt>${this.text.ui.typicalFix}</dt>
        <dd class="fix">${words.fix}</dd>
        <dt>${this.text.ui.kindOfRepair}</dt>
        <dd class="skill">${this.text.skill[cause.skill]}</dd>
      </dl>
      <details>
        <summary>${this.text.ui.otherSigns}</summary>
        <p>${words.about}</p>
        <ul class="signs">${words.signs.map((sign) => html`<li>${sign}</li>`)}</ul>
      </details>
    </li>`;
  }

  private renderDriving() {
    const { driving } = this.computed;
    const verdict = this.text.driving.verdicts[driving.verdict];
    const sub = headingTag(this.headingLevel, 1);
    return html`<section class="driving ${driving.verdict}" part="driving" data-verdict=${driving.verdict}>
      <${sub} class="section-heading">${this.text.driving.heading}</${sub}>
      <p>${this.text.driving.intro}</p>
      <p class="verdict">${verdict.label}</p>
      <p>${verdict.text}</p>
      ${driving.reasons.length
        ? html`<p class="decided-by"><strong>${this.text.driving.decidedBy}:</strong> ${this.clueWords(driving.reasons)}</p>`
        : nothing}
      ${driving.notKnown.length
        ? html`<p class="not-known"><strong>${this.text.driving.notKnownYet}:</strong> ${driving.notKnown.map((q) => this.text.questions[q].short).join('; ')}</p>`
        : nothing}
    </section>`;
  }

  private renderParagraphs(name: string, block: { heading: string; paragraphs: readonly string[] }) {
    const sub = headingTag(this.headingLevel, 1);
    return html`<section class=${name}>
      <${sub} class="section-heading">${block.heading}</${sub}>
      ${block.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    </section>`;
  }

  private renderChecklist() {
    const sub = headingTag(this.headingLevel, 1);
    const { steps } = this.text;
    return html`<section class="checks">
      <${sub} class="section-heading">${steps.heading}</${sub}>
      <p class="progress">${fill(this.text.ui.progress, { done: this.checklist.doneCount, total: steps.items.length })}</p>
      <ol class="checklist" part="checklist">
        ${steps.items.map((step) => {
          const done = this.checklist.isDone(step.id);
          return html`<li class=${done ? 'done' : ''} data-id=${step.id}>
            <div class="check-head">
              <input type="checkbox" id="check-${step.id}" .checked=${live(done)} @change=${(event: Event) => this.checklist.toggle(step.id, (event.target as HTMLInputElement).checked)} />
              <label for="check-${step.id}">${step.title}</label>
            </div>
            <p class="check-detail">${step.detail}</p>
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderFixes() {
    const sub = headingTag(this.headingLevel, 1);
    const minor = headingTag(this.headingLevel, 2);
    return html`<section class="fixes">
      <${sub} class="section-heading">${this.text.fixes.heading}</${sub}>
      <p>${this.text.fixes.intro}</p>
      ${this.text.fixes.groups.map(
        (group) => html`<div class="fix-group" data-skill=${group.skill}>
          <${minor} class="section-heading">${group.heading}</${minor}>
          <p>${group.text}</p>
        </div>`,
      )}
    </section>`;
  }

  private renderSummary() {
    const sub = headingTag(this.headingLevel, 1);
    return html`<section class="summary" part="summary">
      <${sub} class="section-heading">${this.text.summary.heading}</${sub}>
      <p>${this.text.summary.intro}</p>
      <pre class="summary-text">${this.summary}</pre>
      <div class="copy-row">
        <button class="copy" @click=${this.copySummary}>${this.text.summary.copy}</button>
        <p class="status" role="status">${this.copier.message(this.text.summary)}</p>
      </div>
    </section>`;
  }

  /** The plain-text summary for a mechanic, as shown. */
  get summary(): string {
    return summaryText(this.current, this.computed, this.text, this.repairWords.causeNames);
  }

  private onAnswer(question: QuestionId, option: string | undefined, checked: boolean) {
    const next: Answers = { ...this.current };
    if (diagnosisModel.questions.find((q) => q.id === question)!.multiple) {
      const list = new Set((next[question] as string[] | undefined) ?? []);
      if (checked) list.add(option!);
      else list.delete(option!);
      if (list.size) next[question] = [...list];
      else delete next[question];
    } else if (option === undefined) {
      delete next[question];
    } else {
      next[question] = option;
    }
    this.setAnswers(next);
    this.dispatchEvent(new DoorAnswerChangeEvent({ question, value: next[question], answers: structuredClone(next) as Record<string, string | string[]> }));
  }

  private setAnswers(answers: Answers) {
    this.current = answers;
    safeSessionStorage.write(this.answersKey, answers);
  }

  private restart() {
    this.setAnswers({});
    safeSessionStorage.remove(this.answersKey);
    this.checklist.clear();
    this.copier.state = 'idle';
    this.restarting = true;
    this.dispatchEvent(new DoorAnswerChangeEvent({ question: '*', value: undefined, answers: {} }));
  }

  private async copySummary() {
    const summary = this.summary;
    if (await this.copier.copy(summary)) this.dispatchEvent(new DoorSummaryCopyEvent({ text: summary }));
  }

  private reportResultChange(before: DiagnosisResult, after: DiagnosisResult) {
    const [oldTop, newTop] = [before.causes[0]!, after.causes[0]!];
    const likely = (result: DiagnosisResult) => result.causes.filter((c) => c.band === 'most-likely').map((c) => c.id);
    if (after.escalate && !before.escalate) this.dispatchEvent(new DoorEscalateEvent({ region: trimmedTextOf(this.region) ?? trimmedTextOf(this.settings?.region) ?? null }));
    const changed =
      oldTop.id !== newTop.id ||
      oldTop.band !== newTop.band ||
      likely(before).join() !== likely(after).join() ||
      before.driving.verdict !== after.driving.verdict;
    const names = likely(after).map((id) => this.repairWords.causeNames[id]).join('; ');
    this.announcer.announce(
      this.restarting
        ? this.text.ui.restarted
        : after.escalate && !before.escalate
          ? this.text.ui.escalationHeading
          : fill(this.text.ui.announce, { band: this.text.bands['most-likely'], cause: names }),
    );
    this.restarting = false;
    if (changed) {
      this.dispatchEvent(
        new DoorResultChangeEvent({ topCause: newTop.id, band: newTop.band, likelyCauses: likely(after), verdict: after.driving.verdict }),
      );
    }
  }

  private reportConfigError(field: string, rejected: string[]) {
    const message = `ignored answers for ${rejected.join(', ')}: use question ids (${diagnosisModel.questions.map((q) => q.id).join(', ')}) with their option ids.`;
    warnOnce(`<door-diagnosis> ${message}`);
    this.dispatchEvent(new DoorConfigErrorEvent({ field, message }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'door-diagnosis': DoorDiagnosis;
  }
}
