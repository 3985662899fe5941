/**
 * Schemas of every bundled data set. They give the data modules their types and are run over
 * the bundled data by the tests (tests/data/data.test.ts). The run-time bundle imports only the
 * types from here, so full zod never ships; host input is parsed with zod/mini in src/logic.
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');
const text = z.string().trim().min(1);

/** A template may name only the placeholders it is given, written `{name}`. */
const template = (...names: string[]) =>
  text.refine(
    (value) => [...value.matchAll(/\{(\w+)\}/g)].every((match) => names.includes(match[1]!)),
    `only the placeholders ${names.map((n) => `{${n}}`).join(', ') || '(none)'}`,
  );

export const textItemSchema = z.object({ id, text });

// ── Emergency numbers (language-free) ───────────────────────────────────────────────────────
export const emergencyServiceSchema = z.enum(['all', 'police']);
export const emergencyNumberSchema = z.object({
  number: z.string().regex(/^\d{3}$/),
  alternates: z.array(z.object({ number: z.string().regex(/^\d{3}$/), service: emergencyServiceSchema })).default([]),
});
export const emergencyNumberTableSchema = z.record(z.string().regex(/^[A-Z]{2}$/), emergencyNumberSchema);

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
  doNots: z.object({ heading: text, items: z.array(textItemSchema).length(5) }),
  steps: z.object({ heading: text, items: z.array(emergencyStepSchema).length(8) }),
  canWait: z.object({ heading: text, items: z.array(textItemSchema).length(3) }),
  reassurance: z.object({ heading: text, text }),
  scopeNote: text,
  disclaimer: text,
  ui: z.object({
    callButton: template('number'),
    callLocal: text,
    localNumberWords: text,
    alternate: z.object({ all: template('number'), police: template('number') }),
    unknownRegion: text,
    sayHeading: text,
    copy: text,
    copied: text,
    copyFailed: text,
    showSteps: text,
    hideSteps: text,
    progress: template('done', 'total'),
  }),
  recall: z.object({
    heading: text,
    intro: text,
    vinLabel: text,
    vinHint: text,
    submit: text,
    openLink: text,
    opened: text,
    elsewhere: text,
    errors: z.object({ empty: text, length: template('count'), forbiddenLetters: text, characters: text, checkDigit: text }),
    softCheckDigit: text,
  }),
});

// ── Interface words shared by every element ─────────────────────────────────────────────────
export const sharedTextSchema = z.object({
  authorNoticeHeading: text,
  newTab: text,
});

export type TextItem = z.infer<typeof textItemSchema>;
export type EmergencyService = z.infer<typeof emergencyServiceSchema>;
export type EmergencyNumber = z.input<typeof emergencyNumberSchema>;
export type EmergencyNumberTable = z.input<typeof emergencyNumberTableSchema>;
export type EmergencyStep = z.infer<typeof emergencyStepSchema>;
export type EmergencyText = z.infer<typeof emergencyTextSchema>;
export type SharedText = z.infer<typeof sharedTextSchema>;
