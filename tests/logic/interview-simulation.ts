import { diagnosisModel } from '../../src/data/diagnosis-model.js';
import type { DiagnosisModel, QuestionId, Verdict } from '../../src/data/schemas/index.js';
import { diagnose, type Answers } from '../../src/logic/diagnose.js';
import { interviewDriving, nextQuestion, valuesOf, type Interview } from '../../src/logic/interview.js';

/**
 * The interview benchmark of issue #17: every complete set of answers a reader could hold, each
 * interviewed until the result is shown, compared with the result of all answers given.
 */

/** How firm a verdict is: a stopped interview may be firmer or undecided, never softer. */
const FIRMNESS: Record<Verdict, number> = { 'ok-for-now': 0, 'short-distance': 1, undecided: 2, 'not-safe': 3 };

/** Every complete set of answers: one option per question, any subset for tick-all-that-fit ones. */
export function* completeAnswerSets(model: DiagnosisModel = diagnosisModel): Generator<Answers> {
  const choices = model.questions.map(valuesOf);
  const pick = choices.map(() => 0);
  for (;;) {
    const answers: Answers = {};
    model.questions.forEach((question, index) => {
      const value = choices[index]![pick[index]!];
      if (value !== undefined) answers[question.id] = value;
    });
    yield answers;
    let index = 0;
    while (index < pick.length && ++pick[index]! === choices[index]!.length) pick[index++] = 0;
    if (index === pick.length) return;
  }
}

export interface InterviewRun {
  asked: QuestionId[];
  /** The top cause shown when the interview stopped equals the one all answers give. */
  agrees: boolean;
  /** The top cause shown at the stop has the top score with all answers (ties count). */
  agreesWithTies: boolean;
  /** The top cause shown at the stop is among the most likely with all answers. */
  agreesWithinBand: boolean;
  /** The top cause shown at the stop carries the severity and kind of repair of the first cause with all answers. */
  agreesOnAdvice: boolean;
  /** The verdict shown at the stop is softer than the one all answers give. */
  softer: boolean;
  undecided: boolean;
  /** The verdict shown at the stop is the one all answers give. */
  verdictSettled: boolean;
  /** All answers say "not safe", and the stop shows "not decided yet". */
  notSafeUndecided: boolean;
}

/** The interview of a reader who answers every question put to them from `full`. */
export function interview(full: Answers, model: DiagnosisModel = diagnosisModel, choose: (state: Interview, model: DiagnosisModel) => QuestionId | undefined = nextQuestion): InterviewRun {
  const state: { answers: Answers; asked: QuestionId[] } = { answers: {}, asked: [] };
  for (let question = choose(state, model); question; question = choose(state, model)) {
    state.asked.push(question);
    if (full[question] !== undefined) state.answers[question] = full[question];
  }
  const stopped = diagnose(state.answers, model);
  // A complete set answers every question; a tick-all-that-fit one with no box ticked is "none of these".
  const all = diagnose(full, model, { skipped: model.questions.map((question) => question.id) });
  const shown = interviewDriving(stopped, state as Interview, model).verdict;
  return {
    asked: state.asked,
    agrees: stopped.causes[0]!.id === all.causes[0]!.id,
    agreesWithTies: all.causes.find((cause) => cause.id === stopped.causes[0]!.id)!.score === all.causes[0]!.score,
    agreesWithinBand: all.causes.find((cause) => cause.id === stopped.causes[0]!.id)!.band === 'most-likely',
    agreesOnAdvice: stopped.causes[0]!.severity === all.causes[0]!.severity && stopped.causes[0]!.skill === all.causes[0]!.skill,
    softer: FIRMNESS[shown] < FIRMNESS[all.driving.verdict] && shown !== 'undecided',
    undecided: shown === 'undecided',
    verdictSettled: shown === all.driving.verdict,
    notSafeUndecided: all.driving.verdict === 'not-safe' && shown === 'undecided',
  };
}

export interface InterviewBenchmark {
  sets: number;
  averageAsked: number;
  worstAsked: number;
  /** Share of sets where the top cause at the stop equals the top cause of all answers. */
  agreement: number;
  agreementWithTies: number;
  agreementWithinBand: number;
  /** Share of sets where the leader shown gives the advice (severity, kind of repair) of the first cause with all answers. */
  agreementOnAdvice: number;
  softerVerdicts: number;
  undecidedAtStop: number;
  /** Share of sets whose verdict at the stop is the one all answers give. */
  verdictSettled: number;
  /** Sets whose answers say "not safe" that stop at "not decided yet". */
  notSafeUndecided: number;
  /** How many sets stopped after n questions, by n. */
  histogram: Record<number, number>;
}

export function benchmarkInterview(model: DiagnosisModel = diagnosisModel): InterviewBenchmark {
  // The interview is a decision tree: the same answers so far always lead to the same question.
  const memo = new Map<string, QuestionId | undefined>();
  const choose = (state: Interview, m: DiagnosisModel) => {
    const key = JSON.stringify([state.asked, state.answers]);
    if (!memo.has(key)) memo.set(key, nextQuestion(state, m));
    return memo.get(key);
  };
  let sets = 0, total = 0, worst = 0, agree = 0, ties = 0, band = 0, advice = 0, softer = 0, undecided = 0, settled = 0, notSafeUndecided = 0;
  const histogram: Record<number, number> = {};
  for (const full of completeAnswerSets(model)) {
    const run = interview(full, model, choose);
    sets++;
    total += run.asked.length;
    worst = Math.max(worst, run.asked.length);
    histogram[run.asked.length] = (histogram[run.asked.length] ?? 0) + 1;
    if (run.agrees) agree++;
    if (run.agreesWithTies) ties++;
    if (run.agreesWithinBand) band++;
    if (run.agreesOnAdvice) advice++;
    if (run.softer) softer++;
    if (run.undecided) undecided++;
    if (run.verdictSettled) settled++;
    if (run.notSafeUndecided) notSafeUndecided++;
  }
  return { sets, averageAsked: total / sets, worstAsked: worst, agreement: agree / sets, agreementWithTies: ties / sets, agreementWithinBand: band / sets, agreementOnAdvice: advice / sets, softerVerdicts: softer, undecidedAtStop: undecided, verdictSettled: settled / sets, notSafeUndecided, histogram };
}
