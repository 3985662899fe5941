import { diagnosisModel } from '../data/diagnosis-model.js';
import { interviewPlan } from '../data/interview-plan.js';
import type { DiagnosisModel, QuestionId, Verdict } from '../data/types.js';
import { answerOf, assessDriving, diagnose, safetyQuestion, type Answers, type DiagnosisResult, type DrivingAssessment } from './diagnose.js';

/**
 * The guided interview: which question to put next, when to stop, and what verdict may be shown
 * meanwhile. Pure, with the model as its input: a new question in the data needs no code here.
 *
 * The idea: every way the reader could still answer the open questions is equally likely (a
 * simple prior: each option of a question as likely as the next, each box of a tick-all-that-fit
 * question ticked or not). Over those completions we know which cause would end on top. The next
 * question is the one whose answer is expected to settle that most (information gain), with the
 * questions that could change the driving verdict weighted up; the ranking is settled once the
 * cause shown on top stays among the most likely with 90 % odds, or after five questions. The
 * interview stops only when the verdict is settled too (no open question could change it), within
 * seven questions after the safety one: then the result shows, and the reader can answer more.
 */

/** Where an interview stands: the answers (preset and reader's) and the questions put to the reader, in order. */
export interface Interview {
  answers: Answers;
  /** Questions the reader was shown one by one and answered or skipped ("not sure"), oldest first. */
  asked: readonly QuestionId[];
}

type Model = DiagnosisModel;
type Question = Model['questions'][number];
type Value = string | string[] | undefined;

/**
 * Stop once the cause on top now stays among the most likely in this share of the ways the reader
 * could go on. (Stopping as soon as the top band held one cause agreed with all answers only 59 %
 * of the time: one strong clue lifts a cause clear of the rest, the next can pull it back.)
 */
export const SETTLED_ODDS = 0.9;
/** At most this many questions after the safety question before the result is shown (more on request). */
export const MAX_ASKED = 5;
/**
 * At most this many questions after the safety question, the verdict's included (more on request).
 * Measured over every answer set (npm run bench): 6 would keep the leader among the most likely
 * only 92.6 % of the time, 7 keeps it 95.3 %, with the verdict settled in every set either way.
 */
export const MAX_TOTAL = 7;
/**
 * What a likely change of the driving verdict is worth beside a bit of information about the
 * cause, so the red-flag questions come early (measured: 0.1 keeps the most-likely agreement above
 * 95 %; from 0.3 on it falls below 93 %).
 */
export const VERDICT_WEIGHT = 0.1;
/** Above this many completions, an even sample of them is used (the model's ten questions have 9,216). */
const MAX_COMPLETIONS = 50_000;

/** Each answer a question can get: each option, or for a tick-all-that-fit question each set of options (none = undefined). */
export function valuesOf(question: Question): Value[] {
  if (!question.multiple) return [...question.options];
  return Array.from({ length: 2 ** question.options.length }, (_, mask) => {
    const ticked = question.options.filter((_, bit) => mask & (1 << bit));
    return ticked.length ? ticked : undefined;
  });
}

const includesOption = (value: Value, option: string) => (Array.isArray(value) ? value.includes(option) : value === option);

/** How an answer moves each cause's score, in the model's cause order. */
export function effectsOf(model: Model, question: QuestionId, value: Value): number[] {
  return model.causes.map((cause) =>
    model.rules.reduce((sum, rule) => sum + (rule.question === question && includesOption(value, rule.option) ? (rule.effects[cause.id] ?? 0) : 0), 0),
  );
}

/** Questions neither answered (by the reader or the page's preset) nor already put to the reader. */
export function openQuestions({ answers, asked }: Interview, model: Model = diagnosisModel): Question[] {
  return model.questions.filter((question) => !asked.includes(question.id) && answerOf(answers, question.id) === undefined);
}

const entropy = (counts: readonly number[]) => {
  const total = counts.reduce((sum, n) => sum + n, 0);
  return total ? -counts.reduce((sum, n) => (n ? sum + (n / total) * Math.log(n / total) : sum), 0) : 0;
};

export interface Outlook {
  /** The share of completions in which the cause on top now stays among the most likely. */
  topHolds: number;
  /** Per open question: the expected drop in uncertainty about the final top cause once it is answered. */
  gain: Map<QuestionId, number>;
}

/** Looks at every way the open questions could still be answered (or an even sample) and what each does to the top cause. */
export function outlook(interview: Interview, model: Model = diagnosisModel): Outlook {
  const now = diagnose(interview.answers, model);
  const base = model.causes.map((cause) => now.causes.find((ranked) => ranked.id === cause.id)!.score);
  const shownTop = model.causes.findIndex((cause) => cause.id === now.causes[0]!.id);
  const open = openQuestions(interview, model).filter((question) => model.rules.some((rule) => rule.question === question.id));
  const effects = open.map((question) => valuesOf(question).map((value) => effectsOf(model, question.id, value)));
  const causes = base.length;
  const questions = effects.length;
  const total = effects.reduce((product, values) => product * values.length, 1);
  const finalTops = new Array<number>(causes).fill(0);
  // byValue[question][value][cause]: how often the cause ends on top when the question gets that value.
  const byValue = effects.map((values) => values.map(() => new Array<number>(causes).fill(0)));
  const digits = new Array<number>(questions).fill(0);
  // partial[q]: the scores with the first q open questions answered as `digits` says.
  const partial = Array.from({ length: questions + 1 }, (_, q) => (q ? new Array<number>(causes).fill(0) : [...base]));
  let shownStays = 0;
  let counted = 0;
  const tally = () => {
    const scores = partial[questions]!;
    // Ties go to the earlier cause, as in the ranking.
    let top = 0;
    for (let c = 1; c < causes; c++) if (scores[c]! > scores[top]!) top = c;
    finalTops[top]!++;
    counted++;
    if (scores[top]! - scores[shownTop]! <= model.bands.mostLikelyWithin) shownStays++;
    for (let q = 0; q < questions; q++) byValue[q]![digits[q]!]![top]!++;
  };
  const choose = (q: number, digit: number) => {
    digits[q] = digit;
    const from = partial[q]!, to = partial[q + 1]!, effect = effects[q]![digit]!;
    for (let c = 0; c < causes; c++) to[c] = from[c]! + effect[c]!;
  };
  // Every completion, depth first so each level adds its answer once (this runs at every answer,
  // on a phone); past MAX_COMPLETIONS an even sample of them.
  const walk = (q: number): void => {
    if (q === questions) return tally();
    for (let digit = 0; digit < effects[q]!.length; digit++) {
      choose(q, digit);
      walk(q + 1);
    }
  };
  if (total <= MAX_COMPLETIONS) walk(0);
  else {
    for (let index = 0; index < total; index += Math.ceil(total / MAX_COMPLETIONS)) {
      let rest = index;
      for (let q = 0; q < questions; q++) {
        choose(q, rest % effects[q]!.length);
        rest = Math.floor(rest / effects[q]!.length);
      }
      tally();
    }
  }
  const before = entropy(finalTops);
  const gain = new Map(
    open.map((question, q) => [
      question.id,
      before - byValue[q]!.reduce((sum, counts) => sum + (counts.reduce((a, n) => a + n, 0) / counted) * entropy(counts), 0),
    ]),
  );
  return { topHolds: shownStays / counted, gain };
}

/**
 * The chance that a question's answer changes the driving verdict the interview shows: only
 * questions the verdict's rules name, each option equally likely (for a tick-all-that-fit one:
 * none, or one option). Answering puts the question, so it counts as settled.
 */
function verdictChange(interview: Interview, verdict: Verdict, question: Question, model: Model): number {
  const { notSafeWhen, okForNowWhenAll, shortDistanceWhen } = model.driving;
  if (![...notSafeWhen, ...okForNowWhenAll, ...shortDistanceWhen.all].some((clue) => clue.question === question.id)) return 0;
  const values: Value[] = question.multiple ? [undefined, ...question.options.map((option) => [option])] : [...question.options];
  const asked = [...interview.asked, question.id];
  const changes = values.filter((value) => {
    const next: Answers = { ...interview.answers };
    if (value === undefined) delete next[question.id];
    else next[question.id] = value;
    return assessDriving(next, diagnose(next, model).causes, model, asked).verdict !== verdict;
  });
  return changes.length / values.length;
}

/** The shipped model's decision tree, decoded on first use: state of answers → clue question to put (-1: stop). */
/** The shipped model's plan, decoded on first use: its clue questions, their answers, and state → question to put (-1: stop). */
interface Plan {
  questions: Question[];
  values: Value[][];
  /** The place value of each question's digit in a state's number. */
  place: number[];
  choices: Map<number, number>;
}
let plan: Plan | undefined;

function decodePlan(model: Model): Plan {
  const safety = safetyQuestion(model);
  const questions = model.questions.filter((question) => question.id !== safety);
  const values = questions.map(valuesOf);
  const place: number[] = [];
  values.reduce((m, v) => (place.push(m), m * (v.length + 1)), 1);
  const choices = new Map<number, number>();
  let at = 0;
  const walk = (state: number): void => {
    const choice = Number(interviewPlan.tree[at++]) - 1;
    choices.set(state, choice);
    if (choice >= 0) for (let v = 1; v <= values[choice]!.length; v++) walk(state + v * place[choice]!);
  };
  walk(0);
  return { questions, values, place, choices };
}

/**
 * Where the reader is on the generated plan (src/data/interview-plan.ts), if anywhere: each clue
 * question answered (or, for a tick-all-that-fit one, put and left with none ticked) gives a digit
 * of the state, as the plan's solver numbers them. A question put and skipped as "not sure", or
 * another model, is off the plan. Returns the question to put, null to stop, undefined off the plan.
 */
function planned(interview: Interview, model: Model): QuestionId | null | undefined {
  if (model !== diagnosisModel) return undefined;
  const { questions, values, place, choices } = (plan ??= decodePlan(model));
  let state = 0;
  for (const [i, question] of questions.entries()) {
    const value = answerOf(interview.answers, question.id);
    let digit = 0;
    if (value !== undefined) {
      const key = question.multiple ? [...(value as string[])].sort().join() : value;
      digit = values[i]!.findIndex((option) => (Array.isArray(option) ? [...option].sort().join() : option) === key) + 1;
      if (!digit) return undefined;
    } else if (interview.asked.includes(question.id)) {
      if (!question.multiple) return undefined;
      digit = values[i]!.indexOf(undefined) + 1;
    }
    state += digit * place[i]!;
  }
  const choice = choices.get(state);
  return choice === undefined ? undefined : choice < 0 ? null : questions[choice]!.id;
}

/**
 * The question to put next, or undefined once the interview has settled or nothing is left. The
 * safety question always comes first. On the shipped model's plan (solved exactly ahead of time,
 * src/data/interview-plan.ts) the plan decides; off it (a "not sure", a preset the plan never
 * reaches, another model, or `byRules`) the rules below do. With `keepGoing` (the reader asked for more questions) it
 * goes on past the stop: what still moves the ranking first, then what decides the verdict.
 */
export function nextQuestion(interview: Interview, model: Model = diagnosisModel, { keepGoing = false, byRules = false } = {}): QuestionId | undefined {
  const open = openQuestions(interview, model);
  const safety = safetyQuestion(model);
  if (open.some((question) => question.id === safety)) return safety;
  if (!open.length) return undefined;
  if (!keepGoing && !byRules) {
    const onPlan = planned(interview, model);
    if (onPlan !== undefined) return onPlan ?? undefined;
  }
  const { topHolds, gain } = outlook(interview, model);
  const asked = interview.asked.filter((question) => question !== safety).length;
  const verdict = interviewDriving(diagnose(interview.answers, model), interview, model).verdict;
  const verdictMoves = new Map(open.map((question) => [question.id, verdictChange(interview, verdict, question, model)]));
  // The verdict is settled when no open question could change it: the interview never stops on a
  // verdict that one more answer could turn, so the result always carries the verdict all answers give.
  const verdictOpen = open.filter((question) => verdictMoves.get(question.id)! > 0);
  // The ranking is put aside once it holds, after MAX_ASKED questions, or when only the verdict's
  // questions still fit in MAX_TOTAL: the interview never runs past MAX_TOTAL questions.
  const rankingSettled = topHolds >= SETTLED_ODDS || asked >= MAX_ASKED || asked + verdictOpen.length >= MAX_TOTAL;
  if (!keepGoing && rankingSettled && !verdictOpen.length) return undefined;
  let best: QuestionId | undefined;
  let bestValue = -Infinity;
  // Ranking settled (or five asked), verdict not: only the questions that decide the verdict.
  const verdictPhase = rankingSettled && !keepGoing;
  for (const question of verdictPhase ? verdictOpen : open) {
    // Ranking: the information gain, and a verdict change is worth VERDICT_WEIGHT of a bit, so
    // the red-flag questions come early. Verdict phase: the likeliest to settle it first.
    const moves = verdictMoves.get(question.id)!;
    const value = verdictPhase ? moves + 0.01 * (gain.get(question.id) ?? 0) : (gain.get(question.id) ?? 0) + VERDICT_WEIGHT * moves;
    // Ties keep the model's order: the article's own order of checks.
    if (value > bestValue + 1e-9) [best, bestValue] = [question.id, value];
  }
  return best;
}

/**
 * The driving verdict the interview may show: the questions put and skipped count as settled
 * (assessDriving), so "okay for now" or "maybe a short distance" only once every question that
 * could make it "not safe" was answered or skipped by the reader. Never softer than the answers
 * could still make it.
 */
export function interviewDriving(result: DiagnosisResult, interview: Interview, model: Model = diagnosisModel): DrivingAssessment {
  return assessDriving(interview.answers, result.causes, model, interview.asked);
}
