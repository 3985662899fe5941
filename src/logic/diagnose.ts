import { diagnosisModel, type diagnosisQuestions } from '../data/diagnosis-model.js';
import type { Band, CauseId, Clue, DiagnosisModel, QuestionId, Severity, Skill, Verdict } from '../data/types.js';

/** The reader's answers: one option id per question, a list for multiple-choice ones. Missing = not sure. */
export type Answers = Partial<Record<QuestionId, string | string[]>>;

type QuestionSpec = (typeof diagnosisQuestions)[number];
/**
 * Answers as a page sets them (`answers` on `<door-diagnosis>`), typed from the model: for each
 * question one of its options, or a list of them where several can apply.
 */
export type PresetAnswers = {
  [Q in QuestionSpec as Q['id']]?: Q extends { multiple: true } ? readonly Q['options'][number][] : Q['options'][number];
};

export interface RankedCause {
  id: CauseId;
  score: number;
  band: Band;
  /** Answers that moved this cause up, strongest first. */
  reasonsFor: Clue[];
  /** Answers that moved it down, strongest first. */
  reasonsAgainst: Clue[];
  severity: Severity;
  skill: Skill;
}

export interface DrivingAssessment {
  verdict: Verdict;
  /** The answers that decided the verdict. */
  reasons: Clue[];
  /** Questions still open that decide it or could still change it. */
  notKnown: QuestionId[];
}

export interface DiagnosisResult {
  /** Someone is stuck or unwell: show the emergency steps first. */
  escalate: boolean;
  /** All seven causes, most likely first; ties keep the article's order. */
  causes: RankedCause[];
  driving: DrivingAssessment;
  answeredCount: number;
}

type Model = DiagnosisModel;

/** The answer to one question, read as an own property: a page may have polluted Object.prototype. */
export function answerOf(answers: Answers, question: QuestionId): string | string[] | undefined {
  return Object.hasOwn(answers, question) ? answers[question] : undefined;
}

/**
 * A copy of answers a page may keep and change (not `structuredClone`, which older engines and
 * some embedded browsers lack): own properties only, lists copied.
 */
export function copyAnswers(answers: Answers): Answers {
  const copy: Answers = {};
  for (const key of Object.keys(answers) as QuestionId[]) {
    const value = answers[key];
    if (value !== undefined) copy[key] = Array.isArray(value) ? [...value] : value;
  }
  return copy;
}

/** The options chosen for a question, as a list (empty: not answered). */
export function chosenOptions(answers: Answers, question: QuestionId): string[] {
  const value = answerOf(answers, question);
  return Array.isArray(value) ? value : value ? [value] : [];
}

function isAnswered(answers: Answers, clue: Clue): boolean {
  const value = answerOf(answers, clue.question);
  return Array.isArray(value) ? value.includes(clue.option) : value === clue.option;
}

const hasAnswer = (answers: Answers, question: QuestionId) => {
  const value = answerOf(answers, question);
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
};

/**
 * Keeps only known questions and options from untrusted input (a page's preset, session storage);
 * everything else is listed in `rejected` for the site author's message.
 */
export function sanitizeAnswers(input: unknown, model: Model = diagnosisModel): { answers: Answers; rejected: string[] } {
  const answers: Answers = {};
  const rejected: string[] = [];
  if (input === null || input === undefined) return { answers, rejected };
  if (typeof input !== 'object' || Array.isArray(input)) return { answers, rejected: ['answers'] };
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const question = model.questions.find((q) => q.id === key);
    if (!question) {
      rejected.push(key);
      continue;
    }
    if (value === undefined || value === null || value === '') continue;
    if (question.multiple) {
      const list = Array.isArray(value) ? value : [value];
      const kept = [...new Set(list.filter((option): option is string => typeof option === 'string' && question.options.includes(option)))];
      if (kept.length !== list.length) rejected.push(key);
      if (kept.length) answers[question.id] = kept;
    } else if (typeof value === 'string' && question.options.includes(value)) {
      answers[question.id] = value;
    } else {
      rejected.push(key);
    }
  }
  return { answers, rejected };
}

function bandFor(score: number, top: number, model: Model): Band {
  const gap = top - score;
  if (gap <= model.bands.mostLikelyWithin) return 'most-likely';
  if (gap <= model.bands.possibleWithin) return 'possible';
  return 'less-likely';
}

/**
 * The driving verdict, as the article states its conditions: any "not safe" answer decides it, at
 * once; "okay for now" and "maybe a short distance" need every answer they rest on, and every
 * question that could still make it "not safe" answered, or skipped by the reader ("not sure",
 * "none of these": `skipped`). Otherwise it is undecided, naming the questions that decide it:
 * never a hedged go-ahead on missing answers.
 */
export function assessDriving(answers: Answers, causes: readonly { id: CauseId; band: Band }[], model: Model = diagnosisModel, skipped: readonly QuestionId[] = []): DrivingAssessment {
  const { notSafeWhen, okForNowWhenAll, shortDistanceWhen } = model.driving;
  const unsafe = notSafeWhen.filter((clue) => isAnswered(answers, clue));
  if (unsafe.length) return { verdict: 'not-safe', reasons: unsafe, notKnown: [] };
  const deciding = [...new Set([...notSafeWhen, ...okForNowWhenAll, ...shortDistanceWhen.all].map((clue) => clue.question))];
  const open = deciding.filter((question) => !hasAnswer(answers, question));
  const unsafeOpen = open.filter((question) => notSafeWhen.some((clue) => clue.question === question) && !skipped.includes(question));
  if (unsafeOpen.length) return undecided(answers, model, open);
  if (okForNowWhenAll.every((clue) => isAnswered(answers, clue))) return { verdict: 'ok-for-now', reasons: okForNowWhenAll, notKnown: open };
  const likely = mostLikely(causes);
  const likelyFits = likely.every((cause) => shortDistanceWhen.likelyCausesAmong.includes(cause.id));
  if (shortDistanceWhen.all.every((clue) => isAnswered(answers, clue)) && likelyFits) {
    return { verdict: 'short-distance', reasons: shortDistanceWhen.all, notKnown: open };
  }
  return undecided(answers, model, open);
}

function undecided(answers: Answers, model: Model, open: QuestionId[]): DrivingAssessment {
  const { okForNowWhenAll, shortDistanceWhen } = model.driving;
  const met = [...okForNowWhenAll, ...shortDistanceWhen.all].filter((clue, index, all) => isAnswered(answers, clue) && all.indexOf(clue) === index);
  return { verdict: 'undecided', reasons: met, notKnown: open };
}

/** The causes in the "most likely" band, in ranked order: what every view and the cost call "likely". */
export function mostLikely<T extends { band: Band }>(causes: readonly T[]): T[] {
  return causes.filter((cause) => cause.band === 'most-likely');
}

/** The safety question, asked first and always on top: the one whose answers escalate. */
export function safetyQuestion(model: Model = diagnosisModel): QuestionId {
  return model.escalateWhen[0]!.question;
}

/**
 * Ranks the causes from the answers and decides the driving verdict. Pure: no DOM, no storage.
 * `skipped`: the questions the reader answered "not sure" (see assessDriving).
 */
export function diagnose(answers: Answers, model: Model = diagnosisModel, { skipped = [] }: { skipped?: readonly QuestionId[] } = {}): DiagnosisResult {
  const scored = model.causes.map((cause, order) => {
    const reasonsFor: (Clue & { weight: number })[] = [];
    const reasonsAgainst: (Clue & { weight: number })[] = [];
    let score = cause.prior;
    for (const rule of model.rules) {
      const weight = rule.effects[cause.id];
      if (!weight || !isAnswered(answers, rule)) continue;
      score += weight;
      (weight > 0 ? reasonsFor : reasonsAgainst).push({ question: rule.question, option: rule.option, weight });
    }
    const byStrength = (a: { weight: number }, b: { weight: number }) => Math.abs(b.weight) - Math.abs(a.weight);
    const stuckClosed = answerOf(answers, 'opensOutside') === 'no';
    return {
      order,
      id: cause.id,
      score,
      severity: cause.severity,
      skill: stuckClosed && cause.skillWhenStuckClosed ? cause.skillWhenStuckClosed : cause.skill,
      reasonsFor: reasonsFor.sort(byStrength).map(({ question, option }) => ({ question, option })),
      reasonsAgainst: reasonsAgainst.sort(byStrength).map(({ question, option }) => ({ question, option })),
    };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const top = scored[0]!.score;
  const causes = scored.map(({ order: _order, ...cause }) => ({ ...cause, band: bandFor(cause.score, top, model) }));
  return {
    escalate: model.escalateWhen.some((clue) => isAnswered(answers, clue)),
    causes,
    driving: assessDriving(answers, causes, model, skipped),
    answeredCount: model.questions.filter((q) => hasAnswer(answers, q.id)).length,
  };
}
