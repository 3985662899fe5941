import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { diagnosisModel } from '../../data/diagnosis-model.js';
import type { DiagnosisText, QuestionId, RepairWords } from '../../data/types.js';
import { answerOf, copyAnswers, diagnose, mostLikely, sanitizeAnswers, type Answers, type DiagnosisResult } from '../../logic/diagnose.js';
import {
  clearedReaderAnswers,
  decodeReaderAnswers,
  effectiveAnswers,
  encodeReaderAnswers,
  sameAnswers,
  withReaderAnswer,
  type ReaderAnswers,
} from '../../logic/reader-state.js';
import { fill } from '../../logic/template.js';
import { AnnouncerController } from '../../shared/controllers/announcer.controller.js';
import { DoorAnswerChangeEvent, DoorEscalateEvent, DoorResultChangeEvent } from '../../shared/events.js';
import { FollowedKey, writeState } from '../../shared/platform/session-state.js';
import { signalDiagnosisChange } from '../../shared/pairing.js';
import { afterHydration, awaitingHydration } from '../../shared/element/hydration.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

interface Words {
  text: DiagnosisText;
  causeNames: RepairWords['causeNames'];
  lang: string;
  region: string | null;
}

/** The causes in the top band, for events and announcements. */
const likelyIds = (result: DiagnosisResult) => mostLikely(result.causes).map((c) => c.id);

/**
 * The one state of a diagnosis: the page's preset and the reader's own answers (kept per storage
 * key for the session), what the reader sees (src/logic/reader-state.ts decides), the result,
 * and the events and announcements that follow a change. The element only renders it.
 */
export class DiagnosisController implements ReactiveController {
  private preset: Answers = {};
  private reader: ReaderAnswers = {};
  /** What the reader sees. */
  answers: Answers = {};
  result: DiagnosisResult = diagnose({});
  private readonly announcer: AnnouncerController;
  private readonly stored = new FollowedKey('answers', (text) => {
    this.reader = decodeReaderAnswers(text);
    this.recompute();
  });
  private restarting = false;
  /**
   * Questions the reader answered "not sure" (or "none of these") on this page: settled for the
   * driving verdict, though unanswered. Kept for the page's life only; after a reload the verdict
   * waits for them again (the stricter way).
   */
  private skippedNow = new Set<QuestionId>();
  /** Of those, the ones still unanswered, in the model's order: what the verdict counts as skipped. */
  private skipped: readonly QuestionId[] = [];

  constructor(
    private readonly host: Host,
    private readonly keyOf: () => string,
    private readonly words: () => Words,
  ) {
    this.announcer = new AnnouncerController(host);
    host.addController(this);
  }

  hostConnected(): void {
    // Stored answers are the browser's: a pre-rendered diagnosis shows them after hydrating.
    afterHydration(this.host, () => {
      this.stored.follow(this.keyOf());
      // A cost that connected first (or a preset given before connecting) reads the result now.
      signalDiagnosisChange(this.host);
    });
  }

  hostUpdate(): void {
    if (this.host.isConnected && !awaitingHydration(this.host)) this.stored.follow(this.keyOf());
    this.announcer.lang = this.words().lang;
  }

  hostDisconnected(): void {
    this.stored.stop();
  }

  /**
   * The page's preset. Setting an equal one again (a framework re-rendering an inline object)
   * changes nothing; a new one fills only the questions the reader has not answered.
   * Returns the questions it refused.
   */
  setPreset(input: unknown): string[] {
    const { answers, rejected } = sanitizeAnswers(input);
    if (!sameAnswers(answers, this.preset)) {
      this.preset = answers;
      this.recompute();
    }
    return rejected;
  }

  /** The reader picked or unticked an option, or said "not sure" (`option` undefined). */
  answer(question: QuestionId, option: string | undefined, checked: boolean): void {
    const multiple = diagnosisModel.questions.find((q) => q.id === question)!.multiple;
    let value: string | string[] | undefined;
    // "Not sure" (no option) clears the question, a tick-all-that-fit one included.
    if (multiple && option !== undefined) {
      const current = answerOf(this.answers, question);
      const list = new Set(Array.isArray(current) ? current : []);
      if (checked) list.add(option);
      else list.delete(option);
      value = list.size ? [...list] : undefined;
    } else {
      value = option;
    }
    if (option === undefined) this.skippedNow.add(question);
    else this.skippedNow.delete(question);
    this.saveReader(withReaderAnswer(this.reader, question, value));
    this.host.dispatchEvent(new DoorAnswerChangeEvent({ question, value, answers: copyAnswers(this.answers) as Record<string, string | string[]> }));
  }

  /** "Start again": every answer cleared by the reader, so no preset comes back either. */
  restart(): void {
    this.restarting = true;
    this.skippedNow.clear();
    this.saveReader(clearedReaderAnswers());
    this.host.dispatchEvent(new DoorAnswerChangeEvent({ question: '*', value: undefined, answers: {} }));
  }

  private saveReader(reader: ReaderAnswers): void {
    this.reader = reader;
    // Every diagnosis using this key follows through watchState (this one included).
    writeState('answers', this.keyOf(), encodeReaderAnswers(reader));
    this.recompute();
  }

  /** The reader took back "none of these" on a tick-all-that-fit question: unanswered again. */
  unskip(question: QuestionId): void {
    if (!this.skippedNow.delete(question)) return;
    this.recompute();
  }

  /** Whether the reader answered "not sure" (or "none of these") to the question on this page. */
  wasSkipped(question: QuestionId): boolean {
    return this.skipped.includes(question);
  }

  private recompute(): void {
    const answers = effectiveAnswers(this.preset, this.reader);
    const skipped = diagnosisModel.questions.map((q) => q.id).filter((id) => this.skippedNow.has(id) && answerOf(answers, id) === undefined);
    if (sameAnswers(answers, this.answers) && skipped.join() === this.skipped.join() && !this.restarting) return;
    const before = this.result;
    this.answers = answers;
    this.skipped = skipped;
    this.result = diagnose(answers, diagnosisModel, { skipped });
    this.host.requestUpdate();
    if (this.host.hasUpdated) this.report(before, this.result);
    // The <repair-cost> that follows it (src/shared/pairing.ts) re-reads the result.
    signalDiagnosisChange(this.host);
  }

  /**
   * Events for the page, and words for screen readers: only when the top cause, the top band or
   * the verdict changed (not at every answer), when someone is stuck, or on a restart.
   */
  private report(before: DiagnosisResult, after: DiagnosisResult): void {
    const { text, causeNames, region } = this.words();
    const escalated = after.escalate && !before.escalate;
    if (escalated) this.host.dispatchEvent(new DoorEscalateEvent({ region }));
    const [oldTop, newTop] = [before.causes[0]!, after.causes[0]!];
    const changed =
      oldTop.id !== newTop.id ||
      oldTop.band !== newTop.band ||
      likelyIds(before).join() !== likelyIds(after).join() ||
      before.driving.verdict !== after.driving.verdict;
    if (changed) {
      this.host.dispatchEvent(
        new DoorResultChangeEvent({ topCause: newTop.id, band: newTop.band, likelyCauses: likelyIds(after), verdict: after.driving.verdict }),
      );
    }
    const names = likelyIds(after).map((id) => causeNames[id]).join('; ');
    const message = this.restarting
      ? text.ui.restarted
      : escalated
        ? text.ui.escalationHeading
        : changed
          ? fill(text.ui.announce, { band: text.bands['most-likely'], cause: names })
          : undefined;
    this.restarting = false;
    if (message) this.announcer.announce(message);
  }

  /** Says a short message through the light-DOM live region (copy results, for instance). */
  announce(message: string): void {
    this.announcer.announce(message, { repeat: true });
  }
}
