/**
 * Schemas of every bundled data set. They give the data modules their types and are run over
 * the bundled data by the tests (tests/data/data.test.ts). The run-time bundle imports only the
 * types from here, so full zod never ships; host input is parsed with zod/mini in src/logic.
 */
import { z } from 'zod';
import { repairIds } from './repair-ids.js';
import { MAX_PRICE_LIST_TEXT } from './limits.js';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');
const text = z.string().trim().min(1);

/** A template may name only the placeholders it is given, written `{name}`. */
const template = (...names: string[]) =>
  text.refine(
    (value) => [...value.matchAll(/\{(\w+)\}/g)].every((match) => names.includes(match[1]!)),
    `only the placeholders ${names.map((n) => `{${n}}`).join(', ') || '(none)'}`,
  );

export const textItemSchema = z.object({ id, text });

// ── Emergency numbers and recall searches (language-free) ───────────────────────────────────
/** Who a number reaches: every service, every service from a mobile phone only or in some areas only, or one named service. */
export const emergencyServiceSchema = z.enum(['all', 'mobile', 'some-areas', 'ambulance', 'ambulance-fire', 'fire-rescue', 'police']);
const phoneDigits = z.string().regex(/^\d{3,5}$/);
export const emergencyNumberSchema = z.object({
  /** The number for a trapped or unwell person: every service, or the ambulance or rescue line. */
  number: phoneDigits,
  service: z.enum(['all', 'ambulance', 'ambulance-fire']),
  alternates: z.array(z.object({ number: phoneDigits, service: emergencyServiceSchema })),
});
export const emergencyNumberTableSchema = z.record(z.string().regex(/^[A-Z]{2}$/), emergencyNumberSchema);
export const recallServiceSchema = z.enum(['nhtsa', 'transport-canada', 'dvsa', 'au-vehicle-recalls']);
export const recallLookupTableSchema = z.record(
  z.string().regex(/^[A-Z]{2}$/),
  z.object({
    service: recallServiceSchema,
    url: z.url({ protocol: /^https$/ }),
    /** The search opens on this VIN's recalls when the VIN is appended to `url`. */
    byVin: z.boolean(),
  }),
);

// ── First-minutes guidance ──────────────────────────────────────────────────────────────────
export const emergencyStepSchema = z.object({
  id,
  title: template('number'),
  detail: template('number').optional(),
  substeps: z.array(textItemSchema),
});

export const emergencyTextSchema = z.object({
  heading: text,
  shortAnswer: z.object({ lead: text, callIf: template('number') }),
  sayToOperator: text,
  /** A line beside the words to say, where a language needs one (Spanish: how to ask for a Spanish speaker). */
  sayNote: text.optional(),
  doNots: z.object({ heading: text, items: z.array(textItemSchema).length(5) }),
  steps: z.object({ heading: text, items: z.array(emergencyStepSchema).length(8) }),
  /** The two ways out that work at once, first in the short (compact and emergency) view. */
  waysOut: z.object({ heading: text, items: z.array(textItemSchema).length(2) }),
  canWait: z.object({ heading: text, items: z.array(textItemSchema).length(3) }),
  reassurance: z.object({ heading: text, text }),
  scopeNote: text,
  ui: z.object({
    callButton: template('number'),
    callButtonService: template('number', 'service'),
    callLocal: text,
    /** How a known number reads inside a sentence (`{number}`); Spanish adds its article here. */
    numberWords: template('number'),
    /** The same place in a sentence when no number is known. */
    localNumberWords: text,
    services: z.object({ ambulance: text, 'ambulance-fire': text, 'fire-rescue': text, police: text }),
    alternate: z.object({ all: template('number'), mobile: template('number'), 'some-areas': template('number'), service: template('number', 'service') }),
    unknownRegion: text,
    noRegion: text,
    regionGuess: template('country'),
    /** The roadside-help step where the region is known and is not the US's (no AAA there). */
    roadsideElsewhere: text,
    recallElsewhere: text,
    /** Said beside a guessed number: the numbers that work from a mobile phone almost anywhere. */
    mobileNumbers: text,
    /** A call link for 112 or 911 where no country's number can be shown. */
    mobileCall: template('number'),
    chooseCountry: template('country'),
    chooseCountryFirst: text,
    otherCountry: text,
    sayHeading: text,
    copy: text,
    copied: text,
    copyFailed: text,
    /** The compact layout's toggle: one label; aria-expanded says whether the steps are shown. */
    stepsToggle: text,
    progress: template('done', 'total'),
  }),
  recall: z.object({
    heading: text,
    intro: text,
    vinLabel: text,
    vinHint: text,
    submit: text,
    services: z.record(recallServiceSchema, text),
    openVin: template('service'),
    openSearch: template('service'),
    searchHint: text,
    opened: template('service'),
    elsewhere: text,
    errors: z.object({ empty: text, length: template('count'), forbiddenLetters: text, characters: text, checkDigit: text }),
    softCheckDigit: text,
  }),
});

// ── Interface words shared by every element ─────────────────────────────────────────────────
export const sharedTextSchema = z.object({
  /** Shown at the foot of every element, whatever the configuration. */
  disclaimer: text,
  authorNoticeHeading: text,
  newTab: text,
  /** The drawing of where a child lock sits (emergency steps and diagnosis). */
  childLockPicture: z.object({
    /** The text alternative: says what the drawing shows. */
    description: text,
    caption: text,
    parts: z.object({ edge: text, latch: text, lever: text }),
    locked: text,
    unlocked: text,
  }),
});

export type TextItem = z.infer<typeof textItemSchema>;
export type EmergencyService = z.infer<typeof emergencyServiceSchema>;
export type EmergencyNumber = z.input<typeof emergencyNumberSchema>;
export type EmergencyNumberTable = z.input<typeof emergencyNumberTableSchema>;
export type RecallService = z.infer<typeof recallServiceSchema>;
export type RecallLookupTable = z.infer<typeof recallLookupTableSchema>;
export type EmergencyStep = z.infer<typeof emergencyStepSchema>;
export type EmergencyText = z.infer<typeof emergencyTextSchema>;
export type SharedText = z.infer<typeof sharedTextSchema>;

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

// ── Repairs and costs ───────────────────────────────────────────────────────────────────────
export const repairIdSchema = z.enum(repairIds);

export const repairCatalogSchema = z.object({
  /** The bundled figures are typical US parts-and-labor ranges, in this currency. */
  currency: z.literal('USD'),
  repairs: z
    .array(
      z
        .object({
          id: repairIdSchema,
          min: z.number().int().min(0),
          /** null: an open upper bound ("and up"), never a made-up maximum. */
          max: z.number().int().min(0).nullable(),
          /** The source gives a typical top but says it can run higher ("$300 to $700+"). */
          orMore: z.boolean().default(false),
        })
        .refine((r) => r.max === null || r.max >= r.min, 'max below min'),
    )
    .length(6),
  /** Which repairs each cause usually needs. */
  causeRepairs: z.record(causeIdSchema, z.array(repairIdSchema).min(1)),
  /** Added when the door opens from neither side: the latch is freed with the door shut. */
  stuckClosedRepair: repairIdSchema,
});

export const costTextSchema = z.object({
  heading: text,
  intro: text,
  repairs: z.record(repairIdSchema, z.object({ name: text, appliesTo: text, raisedBy: text.optional() })),
  factors: z.object({ heading: text, items: z.array(text).length(5) }),
  takeaway: z.object({ heading: text, lower: text, higher: text }),
  estimatesNote: text,
  ui: z.object({
    range: template('min', 'max'),
    openRange: template('min'),
    /** A range whose low and high are both 0: a dealer who charges nothing for it. */
    noCharge: text,
    rangeOrMore: template('min', 'max'),
    expectedHeading: text,
    expectedFor: template('causes'),
    likelyTag: text,
    appliesTo: text,
    raisedBy: text,
    dealerPrices: text,
    laborRate: template('rate'),
    book: text,
    call: template('phone'),
    usEstimates: text,
    usEstimatesAbroad: text,
    partlyPriced: text,
    noticeIntro: text,
    /** Marks, in words, the takeaway that fits the reader's answers. */
    fitsYourAnswers: text,
  }),
});

export type RepairId = z.infer<typeof repairIdSchema>;
export type RepairCatalog = z.input<typeof repairCatalogSchema>;
export type CostText = z.infer<typeof costTextSchema>;

// ── A dealer's price list (host input) ──────────────────────────────────────────────────────

/**
 * The specification of a dealer price list. The browser checks lists with a small hand-written
 * validator (src/logic/prices.ts), which the tests hold to this schema for thousands of
 * generated lists (tests/logic/prices.property.test.ts): zod itself never ships in the bundle.
 * `isCurrencyCode` and `isSafeLink` are passed in so the two share one rule for each.
 */
export function priceListSchema(isCurrencyCode: (code: string) => boolean, isSafeLink: (url: string) => boolean) {
  const shortText = z.string().max(MAX_PRICE_LIST_TEXT, `text of at most ${MAX_PRICE_LIST_TEXT} characters`);
  const amount = z.number().min(0, 'a number of 0 or more');
  const repairRange = z
    .strictObject({ min: amount, max: amount.nullable().optional(), note: shortText.optional() })
    .refine((range) => range.max == null || range.max >= range.min, { message: 'a max of at least min', path: ['max'] });
  return z.strictObject({
    /** The language of the dealer's own notes, e.g. `de` (BCP 47). */
    lang: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or de-AT').optional(),
    currency: z.string().refine(isCurrencyCode, 'an ISO 4217 currency code such as USD or EUR').optional(),
    laborRate: amount.optional(),
    note: shortText.optional(),
    bookingUrl: z.string().refine(isSafeLink, 'an https:// link').optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 ().-]{2,24}$/, 'a phone number of digits, spaces and + ( ) - .')
      // At least 7 digits: longer than every emergency number (3 to 5 digits, above), so a placeholder never dials one.
      .regex(/(?:\d\D*){7}/, 'a full phone number (at least 7 digits; never an emergency or short code)')
      .optional(),
    repairs: z.partialRecord(z.enum(repairIds), repairRange).optional(),
  });
}
