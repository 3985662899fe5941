// The bundled repair cost ranges and the cost element's words.
import { z } from 'zod';
import { repairIds } from '../repair-ids.js';
import { template, text } from './common.js';
import { causeIdSchema } from './diagnosis.js';

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

