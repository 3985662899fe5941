import { diagnosisModel } from '../data/diagnosis-model.js';
import type { Band, CauseId, Clue, DiagnosisModel, QuestionId, Severity, Skill, Verdict } from '../data/schemas.js';

/** The reader's answers: one option id per question, a list for multiple-choice ones. Missing = not sure. */
export type Answers = Partial<Record<QuestionId, string | string[]>>;

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
  /** Questions still open that could change it. */
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

function isAnswered(answers: Answers, clue: Clue): boolean {
  const value = answers[clue.question];
  return Array.isArray(value) ? value.includes(clue.option) : value === clue.option;
}

const hasAnswer = (answers: Answers, question: QuestionId) => {
  const value = answers[question];
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

function assessDriving(answers: Answers, model: Model): DrivingAssessment {
  const { notSafeWhen, okForNowWhenAll } = model.driving;
  const openQuestions = [...new Set([...notSafeWhen, ...okForNowWhenAll].map((clue) => clue.question))].filter(
    (question) => !hasAnswer(answers, question),
  );
  const unsafe = notSafeWhen.filter((clue) => isAnswered(answers, clue));
  if (unsafe.length) return { verdict: 'not-safe', reasons: unsafe, notKnown: [] };
  const met = okForNowWhenAll.filter((clue) => isAnswered(answers, clue));
  if (met.length === okForNowWhenAll.length) return { verdict: 'ok-for-now', reasons: met, notKnown: [] };
  return { verdict: 'short-distance', reasons: met, notKnown: openQuestions };
}

/** Ranks the causes from the answers and decides the driving verdict. Pure: no DOM, no storage. */
export function diagnose(answers: Answers, model: Model = diagnosisModel): DiagnosisResult {
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
    const stuckClosed = answers.opensOutside === 'no';
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
    escalate: isAnswered(answers, model.escalateWhen),
    causes,
    driving: assessDriving(answers, model),
    answeredCount: model.questions.filter((q) => hasAnswer(answers, q.id)).length,
  };
}
