// Emergency numbers and recall searches (language-free), and the first-minutes guidance.
import { z } from 'zod';
import { id, template, text, textItemSchema } from './common.js';

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

export type EmergencyService = z.infer<typeof emergencyServiceSchema>;
export type EmergencyNumber = z.input<typeof emergencyNumberSchema>;
export type EmergencyNumberTable = z.input<typeof emergencyNumberTableSchema>;
export type RecallService = z.infer<typeof recallServiceSchema>;
export type RecallLookupTable = z.infer<typeof recallLookupTableSchema>;
export type EmergencyStep = z.infer<typeof emergencyStepSchema>;
export type EmergencyText = z.infer<typeof emergencyTextSchema>;
