import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { diagnosisModel } from '../../data/diagnosis-model.js';
import type { DiagnosisText, QuestionId, RepairWords } from '../../data/types.js';
import { mostLikely, safetyQuestion, type DrivingAssessment } from '../../logic/diagnose.js';
import { interviewDriving, nextQuestion, openQuestions, type Interview } from '../../logic/interview.js';
import { fill } from '../../logic/template.js';
import { pairedCosts } from '../../shared/pairing.js';
import type { DiagnosisController } from './door-diagnosis.controller.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean };

/** How the questions are shown: one at a time, or all at once. */
export type Presentation = 'guided' | 'form';

const SAFETY = safetyQuestion();

/**
 * The guided interview's own state, beside the one state of answers (DiagnosisController): which
 * questions the reader was put one by one, where "Back" and "Change" lead, whether the reader
 * asked for more questions, and the reader's own choice of presentation. Answers go through the
 * diagnosis state, so storage, events, presets and the summary are the form's. The questions put
 * are kept for the page's life only: after a reload the answered ones stay answered, skipped
 * ones are put again.
 */
export class InterviewController implements ReactiveController {
  /** Questions put one by one and answered or skipped, oldest first. */
  private asked: QuestionId[] = [];
  /** A question the reader went back to ("Back" or "Change"), shown instead of the next one. */
  private revisit: QuestionId | undefined;
  private keepGoing = false;
  /** The reader's own switch ("Show all questions" / "One question at a time"). */
  chosen: Presentation | undefined;
  /**
   * With no mode set: the presentation the element's width shows (its CSS decides), read after
   * layout and again whenever the element is resized; undefined until then, when both render.
   */
  widthShows: Presentation | undefined;
  private resizes: ResizeObserver | undefined;
  /** Set by the reader's own step forward or back: focus and a polite word follow the update. */
  private moved = false;
  private cached = { key: '', next: undefined as QuestionId | undefined };

  constructor(
    private readonly host: Host,
    private readonly state: DiagnosisController,
    private readonly words: () => { text: DiagnosisText; causeNames: RepairWords['causeNames'] },
  ) {
    host.addController(this);
  }

  private get interview(): Interview {
    return { answers: this.state.answers, asked: this.asked };
  }

  /** The question on screen; undefined when the interview has settled (the result shows). */
  get current(): QuestionId | undefined {
    if (this.revisit) return this.revisit;
    const key = JSON.stringify([this.state.answers, this.asked, this.keepGoing]);
    if (key !== this.cached.key) this.cached = { key, next: nextQuestion(this.interview, diagnosisModel, { keepGoing: this.keepGoing }) };
    return this.cached.next;
  }

  /** Nothing is put before the safety question at the top is answered. */
  get waitingForSafety(): boolean {
    return this.current === SAFETY;
  }

  /** Every question has been answered or put. */
  get exhausted(): boolean {
    return !this.revisit && openQuestions(this.interview, diagnosisModel).length === 0;
  }

  /** The question's number as the reader counts them (the safety question is 1). */
  get number(): number {
    const put = this.asked.filter((question) => question !== SAFETY);
    const index = this.revisit ? put.indexOf(this.revisit) : -1;
    return 2 + (index >= 0 ? index : put.length);
  }

  /** Where the question on screen stands among those put: a new one (being ticked, say) comes after them all. */
  private get position(): number {
    const index = this.revisit ? this.asked.indexOf(this.revisit) : -1;
    return index >= 0 ? index : this.asked.length;
  }

  get canGoBack(): boolean {
    return this.position > 0;
  }

  /** Questions answered (by the reader or the page) or skipped, in the model's order, for "Change an answer". */
  get given(): QuestionId[] {
    return diagnosisModel.questions
      .map((question) => question.id)
      .filter((id) => id !== SAFETY && (this.asked.includes(id) || this.state.answers[id] !== undefined));
  }

  /** The verdict the interview may show: never softer than an unasked question could make it. */
  get driving(): DrivingAssessment {
    return interviewDriving(this.state.result, this.interview);
  }

  /** The reader picked an option, or "not sure" (undefined): recorded, and the next question follows. */
  readonly answer = (question: QuestionId, option: string | undefined) => {
    this.state.answer(question, option, true);
    this.advance(question);
  };

  /** A box of a tick-all-that-fit question: recorded, and the question stays (answered now) until "Next". */
  readonly toggle = (question: QuestionId, option: string, checked: boolean) => {
    this.revisit = question;
    this.state.answer(question, option, checked);
  };

  /** "Next" (or "None of these") on a tick-all-that-fit question; "None of these" is the reader's answer. */
  readonly next = (question: QuestionId) => {
    if (this.state.answers[question] === undefined) this.state.answer(question, undefined, true);
    this.advance(question);
  };

  readonly back = () => {
    if (this.position > 0) this.goTo(this.asked[this.position - 1]);
  };

  readonly change = (question: QuestionId) => this.goTo(question);

  /** "Answer more questions": the interview goes on past its stop. */
  readonly more = () => {
    this.keepGoing = true;
    this.goTo(undefined);
  };

  /**
   * The reader answered the safety question above: the question now put is scrolled into view.
   * Focus stays in the safety question's radios, where arrow keys may still change the answer.
   */
  reveal(): void {
    this.revealed = true;
    this.host.requestUpdate();
  }
  private revealed = false;

  readonly show = (presentation: Presentation) => {
    this.chosen = presentation;
    this.host.requestUpdate();
  };

  /** "Start again" clears the interview too. */
  restart(): void {
    this.asked = [];
    this.revisit = undefined;
    this.keepGoing = false;
    this.host.requestUpdate();
  }

  private advance(question: QuestionId): void {
    if (!this.asked.includes(question)) this.asked = [...this.asked, question];
    this.goTo(undefined);
  }

  private goTo(question: QuestionId | undefined): void {
    this.revisit = question;
    this.moved = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.watchWidth();
  }

  /**
   * Browser only, and only once the element has rendered: the first client render of pre-rendered
   * markup must repeat the server's (which shows both presentations), however late its turn comes.
   */
  private watchWidth(): void {
    if (this.resizes || typeof ResizeObserver !== 'function') return;
    // Read a frame later: re-rendering inside the observer's delivery would resize the element
    // again in the same frame, which browsers report to the page as an error.
    this.resizes = new ResizeObserver(() => requestAnimationFrame(() => this.readWidth()));
    this.resizes.observe(this.host);
  }

  hostDisconnected(): void {
    this.resizes?.disconnect();
    this.resizes = undefined;
  }

  private readWidth(): void {
    if (!this.resizes) return;
    const guided = this.host.renderRoot.querySelector('.questions > .auto-guided');
    const shows: Presentation | undefined = guided ? (getComputedStyle(guided).display === 'none' ? 'form' : 'guided') : undefined;
    if (shows === this.widthShows) return;
    this.widthShows = shows;
    this.host.requestUpdate();
  }

  /** "What it costs": shown when a `<repair-cost>` follows this diagnosis; takes the reader there. */
  cost: (() => void) | undefined;

  /** The `<repair-cost>` following this diagnosis, by the pairing rule the cost uses too. */
  private costElement(): HTMLElement | null {
    return this.host.isConnected ? ((pairedCosts(this.host)[0] as HTMLElement | undefined) ?? null) : null;
  }

  private readonly showCost = () => {
    const cost = this.costElement();
    if (!cost) return;
    if (!cost.hasAttribute('tabindex')) cost.setAttribute('tabindex', '-1');
    cost.scrollIntoView({ block: 'start' });
    cost.focus();
  };

  hostUpdated(): void {
    if (this.host.isConnected) this.watchWidth();
    // Looked up only after an update that shows the result card (a second render for a button
    // nobody sees would be a long task at page load), never while rendering (a server renders the
    // same as the first client render), and with no next-question search in the form.
    const resultShown = this.host.renderRoot.querySelector('.guided-result') !== null;
    const cost = resultShown ? (this.costElement() ? this.showCost : undefined) : this.cost;
    if (cost !== this.cost) {
      this.cost = cost;
      this.host.requestUpdate();
    }
    if (this.revealed) {
      this.revealed = false;
      // Centred: at the bottom edge the sticky "most likely" bar of a tall phone would cover its last answers.
      this.host.renderRoot.querySelector<HTMLElement>('.guided-question')?.scrollIntoView?.({ block: 'center' });
    }
    if (!this.moved) return;
    this.moved = false;
    // Focus moves only here, after the reader's own step: to the new question, or to the result.
    const target = this.host.renderRoot.querySelector<HTMLElement>('.guided-question, .guided-result-heading');
    target?.focus({ preventScroll: true });
    target?.scrollIntoView?.({ block: 'nearest' });
    const { text, causeNames } = this.words();
    const names = mostLikely(this.state.result.causes).map((cause) => causeNames[cause.id]).join('; ');
    const band = text.bands['most-likely'];
    // "Not safe" is said with every step while it stands: it is the one thing the reader must not miss.
    const notSafe = this.driving.verdict === 'not-safe' ? ` ${fill(text.guided.drivingLine, { verdict: text.driving.verdicts['not-safe'].label })}` : '';
    this.state.announce(
      (this.current && !this.waitingForSafety
        ? fill(text.guided.announce, { number: this.number, band, cause: names })
        : `${text.guided.resultHeading}. ${fill(text.ui.announce, { band, cause: names })}`) + notSafe,
    );
  }
}
