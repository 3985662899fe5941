// The diagnosis model (language-free: ids, weights, rules), the words it shares with the cost
// ranges, and the diagnosis text.
import { z } from 'zod';
import { id, template, text } from './common.js';

// ── Diagnosis model (language-free: ids, weights, rules) ────────────────────────────────────
export const causeIdSchema = z.enum(['child-lock', 'inside-handle', 'linkage', 'latch', 'actuator', 'frozen', 'misalignment']);
export const questionIdSchema = z.enum([
  'trapped',
  'opensOutside',
  'doorPosition',
  'doorCount',
  'locks',
  'handleFeel',
  'sound',
  'history',
  'latches',
  'seatNeeded',
]);
export const severitySchema = z.enum(['low', 'moderate', 'moderate-high']);
export const skillSchema = z.enum(['diy', 'shop', 'higher-skill']);
export const bandSchema = z.enum(['most-likely', 'possible', 'less-likely']);
/** `undecided`: the answers that decide it are not given yet; never shown as a go-ahead. */
export const verdictSchema = z.enum(['undecided', 'ok-for-now', 'short-distance', 'not-safe']);

// ── Words the diagnosis and the cost ranges share ───────────────────────────────────────────
export const repairWordsSchema = z.object({
  /** The seven causes' names. */
  causeNames: z.record(causeIdSchema, text),
  /** The parts and tools a repair may need. */
  partsAndTools: z.object({ heading: text, items: z.array(text).length(7) }),
});
export type RepairWords = z.infer<typeof repairWordsSchema>;

const clueSchema = z.object({ question: questionIdSchema, option: id });

export const diagnosisModelSchema = z
  .object({
    causes: z
      .array(
        z.object({
          id: causeIdSchema,
          /** Starting weight before any answer: the article's three most common causes start higher. */
          prior: z.number().int().min(0),
          severity: severitySchema,
          skill: skillSchema,
          /** The skill needed instead when the door opens from neither side (panel access with the door shut). */
          skillWhenStuckClosed: skillSchema.optional(),
        }),
      )
      .length(7),
    questions: z.array(
      z.object({ id: questionIdSchema, multiple: z.boolean().default(false), options: z.array(id).min(2) }),
    ),
    /** Each answer moves causes up (positive) or down (negative); the answer is the reason shown. */
    rules: z.array(
      clueSchema.extend({ effects: z.partialRecord(causeIdSchema, z.number().int().refine((n) => n !== 0)) }),
    ),
    bands: z.object({ mostLikelyWithin: z.number().int().min(0), possibleWithin: z.number().int().min(1) }),
    driving: z.object({
      /** Any one of these answers makes driving unsafe. */
      notSafeWhen: z.array(clueSchema).min(1),
      /** All of these answers are needed before driving is okay for now. */
      okForNowWhenAll: z.array(clueSchema).min(1),
      /**
       * "Maybe a short distance" needs all of these answers and every most-likely cause among
       * `likelyCausesAmong` (the door still shuts, and the fault is likely the handle, a cable or the lock).
       */
      shortDistanceWhen: z.object({ all: z.array(clueSchema).min(1), likelyCausesAmong: z.array(causeIdSchema).min(1) }),
    }),
    /** The answers that show the emergency steps first, all to one question: the safety question. */
    escalateWhen: z
      .array(clueSchema)
      .min(1)
      .refine((clues) => clues.every((clue) => clue.question === clues[0]!.question), 'escalateWhen names one question'),
  })
  .superRefine((model, ctx) => {
    const options = new Map(model.questions.map((q) => [q.id, new Set(q.options)]));
    const clues = [
      ...model.rules,
      ...model.driving.notSafeWhen,
      ...model.driving.okForNowWhenAll,
      ...model.driving.shortDistanceWhen.all,
      ...model.escalateWhen,
    ];
    for (const clue of clues) {
      if (!options.get(clue.question)?.has(clue.option)) {
        ctx.addIssue({ code: 'custom', message: `unknown answer ${clue.question}=${clue.option}` });
      }
    }
  });

// ── Diagnosis text ──────────────────────────────────────────────────────────────────────────
const optionTextSchema = z.object({
  /** What the reader picks. */
  label: text,
  /** The same answer as a short reason, e.g. "rear door". */
  clue: text,
});

export const diagnosisTextSchema = z.object({
  heading: text,
  intro: z.array(text).min(1),
  howItWorks: z.object({ heading: text, paragraphs: z.array(text).min(1) }),
  /** The drawing of the inside release; the parts behind the most likely causes are highlighted. */
  releasePicture: z.object({
    description: text,
    caption: text,
    parts: z.object({ handle: text, link: text, latch: text, actuator: text, childLock: text }),
    /** Beside each highlighted part in the legend. */
    highlightedTag: text,
    highlighted: template('parts'),
  }),
  questionsHeading: text,
  questions: z.record(
    questionIdSchema,
    z.object({ legend: text, hint: text.optional(), short: text, options: z.record(id, optionTextSchema) }),
  ),
  causes: z.record(
    causeIdSchema,
    z.object({ about: text, signs: z.array(text).min(1), severityNote: text, fix: text }),
  ),
  severity: z.record(severitySchema, text),
  skill: z.record(skillSchema, text),
  bands: z.record(bandSchema, text),
  driving: z.object({
    heading: text,
    intro: text,
    /** `conditions`: each on a line of its own ("not safe": any one of them stops the car). */
    verdicts: z.record(verdictSchema, z.object({ label: text, text, conditions: z.array(text).optional() })),
    decidedBy: text,
    notKnownYet: text,
    /** With the undecided verdict: the questions whose answers decide it. */
    decidesIt: text,
  }),
  steps: z.object({ heading: text, items: z.array(z.object({ id, title: text, detail: text })).length(9) }),
  fixes: z.object({
    heading: text,
    intro: text,
    groups: z.array(z.object({ skill: skillSchema, heading: text, text })).length(3),
  }),
  faq: z.object({ heading: text, items: z.array(z.object({ id, question: text, answer: text })).length(5) }),
  inShort: z.object({ heading: text, paragraphs: z.array(text).min(1) }),
  summary: z.object({
    heading: text,
    intro: text,
    title: text,
    door: template('position'),
    doorUnknown: text,
    interiorReleaseFailure: text,
    answersHeading: text,
    causesHeading: text,
    drivingLine: template('verdict'),
    copy: text,
    copied: text,
    copyFailed: text,
  }),
  ui: z.object({
    notSure: text,
    resultsHeading: text,
    noAnswersYet: text,
    reasonsFor: text,
    reasonsAgainst: text,
    noReasons: text,
    otherSigns: text,
    severity: text,
    typicalFix: text,
    kindOfRepair: text,
    announce: template('cause', 'band'),
    leader: template('cause', 'band'),
    seeWhy: text,
    restart: text,
    restarted: text,
    escalationHeading: text,
    escalationIntro: text,
    answeredCount: template('answered', 'total'),
    progress: template('done', 'total'),
  }),
  /** One question at a time (guided mode). */
  guided: z.object({
    start: text,
    questionNumber: template('number'),
    announce: template('number', 'band', 'cause'),
    next: text,
    noneOfThese: text,
    back: text,
    changeAnswers: template('count'),
    change: text,
    showAll: text,
    oneAtATime: text,
    resultHeading: text,
    moreQuestions: text,
    allAsked: text,
    whatItCosts: text,
    drivingLine: template('verdict'),
  }),
});

export type CauseId = z.infer<typeof causeIdSchema>;
export type QuestionId = z.infer<typeof questionIdSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type Skill = z.infer<typeof skillSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type Clue = z.infer<typeof clueSchema>;
export type DiagnosisModel = z.input<typeof diagnosisModelSchema>;
export type DiagnosisText = z.infer<typeof diagnosisTextSchema>;
