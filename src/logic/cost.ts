import { repairCatalog } from '../data/repairs.js';
import type { CauseId, CostText, RepairId } from '../data/schemas.js';
import type { Answers, DiagnosisResult } from './diagnose.js';
import { fill } from './template.js';

export interface PriceRange {
  min: number;
  /** null: no upper bound. */
  max: number | null;
}

export type CostOutlook = 'lower' | 'higher' | null;

/** The repairs that match a set of causes, in catalogue order; a door shut from both sides adds the difficult-access job. */
export function repairsForCauses(causes: readonly CauseId[], answers: Answers = {}): RepairId[] {
  const wanted = new Set(causes.flatMap((cause) => repairCatalog.causeRepairs[cause]));
  if (answers.opensOutside === 'no' && causes.length) wanted.add(repairCatalog.stuckClosedRepair);
  return repairCatalog.repairs.map((repair) => repair.id).filter((id) => wanted.has(id));
}

/** The causes to price from a diagnosis: the "most likely" band, once any question is answered. */
export function likelyCauses(result: DiagnosisResult): CauseId[] {
  if (result.answeredCount === 0) return [];
  return result.causes.filter((cause) => cause.band === 'most-likely').map((cause) => cause.id);
}

/** The span covering several ranges: lowest minimum to highest maximum, open if any is open. */
export function spanOf(ranges: readonly PriceRange[]): PriceRange | null {
  if (!ranges.length) return null;
  const min = Math.min(...ranges.map((r) => r.min));
  const max = ranges.some((r) => r.max === null) ? null : Math.max(...ranges.map((r) => r.max as number));
  return { min, max };
}

/**
 * The article's cost takeaway for these answers: higher when the door opens from neither side
 * (the latch is freed with the door shut) or the lock is stuck; lower to middle when it opens
 * from outside with a loose handle.
 */
export function costOutlook(answers: Answers): CostOutlook {
  if (answers.opensOutside === 'no' || answers.locks === 'stuck') return 'higher';
  if (answers.opensOutside === 'yes' && answers.handleFeel === 'loose') return 'lower';
  return null;
}

/** Formatters are costly to build and every row of every instance needs one: keep one per locale and currency. */
const formatters = new Map<string, Intl.NumberFormat>();

/** Whole-unit money for a locale and currency, e.g. "$120" or "120 $". Throws for an invalid currency. */
export function moneyFormatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
    formatters.set(key, format);
  }
  return format;
}

export function formatRange(range: PriceRange, format: Intl.NumberFormat, words: CostText['ui']): string {
  const min = format.format(range.min);
  return range.max === null ? fill(words.openRange, { min }) : fill(words.range, { min, max: format.format(range.max) });
}

/** A usable BCP 47 locale, or the fallback when the input is not one. */
export function safeLocale(locale: string | null | undefined, fallback = 'en-US'): string {
  if (!locale) return fallback;
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale).length ? locale : fallback;
  } catch {
    return fallback;
  }
}
