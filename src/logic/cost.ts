import { repairCatalog } from '../data/repairs.js';
import type { CauseId, CostText, RepairId } from '../data/types.js';
import { answerOf, mostLikely, type Answers, type DiagnosisResult } from './diagnose.js';
import { fill } from './template.js';

export interface PriceRange {
  min: number;
  /** null: no upper bound. */
  max: number | null;
  /** The top is typical, not a ceiling: "$300 to $700 or more". */
  orMore?: boolean | undefined;
}

export type CostOutlook = 'lower' | 'higher' | null;

/** The repairs that match a set of causes, in catalogue order; a door shut from both sides adds the difficult-access job. */
export function repairsForCauses(causes: readonly CauseId[], answers: Answers = {}): RepairId[] {
  const wanted = new Set(causes.flatMap((cause) => repairCatalog.causeRepairs[cause]));
  if (answerOf(answers, 'opensOutside') === 'no' && causes.length) wanted.add(repairCatalog.stuckClosedRepair);
  return repairCatalog.repairs.map((repair) => repair.id).filter((id) => wanted.has(id));
}

/** The causes to price from a diagnosis: the "most likely" band, once any question is answered. */
export function likelyCauses(result: DiagnosisResult): CauseId[] {
  if (result.answeredCount === 0) return [];
  return mostLikely(result.causes).map((cause) => cause.id);
}

/** The span covering several ranges: lowest minimum to highest maximum, open if any is open. */
export function spanOf(ranges: readonly PriceRange[]): PriceRange | null {
  if (!ranges.length) return null;
  const min = Math.min(...ranges.map((r) => r.min));
  if (ranges.some((r) => r.max === null)) return { min, max: null };
  const max = Math.max(...ranges.map((r) => r.max as number));
  // "or more" carries over when a range that reaches the top may run past it.
  return { min, max, orMore: ranges.some((r) => r.orMore && r.max === max) };
}

/**
 * The article's cost takeaway for these answers: higher when the door opens from neither side
 * (the latch is freed with the door shut) or the lock is stuck; lower to middle when it opens
 * from outside with a loose handle.
 */
export function costOutlook(answers: Answers): CostOutlook {
  const opensOutside = answerOf(answers, 'opensOutside');
  if (opensOutside === 'no' || answerOf(answers, 'locks') === 'stuck') return 'higher';
  if (opensOutside === 'yes' && answerOf(answers, 'handleFeel') === 'loose') return 'lower';
  return null;
}

export interface MoneyFormat {
  format(amount: number): string;
}

/** Formatters are costly to build and every row of every instance needs one: keep one per locale and currency. */
const formatters = new Map<string, MoneyFormat>();

/**
 * Whole-unit money for a locale and currency, e.g. "$120" or "120 $". Where `Intl` is missing or
 * refuses (old engines, a page that broke it), plain digits and the currency code ("USD 120"):
 * an amount must never go missing.
 */
export function moneyFormatter(locale: string, currency: string): MoneyFormat {
  // US dollars in Spanish read as US Spanish readers expect ("$120 a $300"), whatever Spanish the
  // page names: es-CO would say "US$ 120", es-MX "USD 120".
  if (currency === 'USD' && /^es(?:-|$)/i.test(locale)) locale = 'es-US';
  const key = `${locale}|${currency}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      const intl = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
      format = { format: (amount) => intl.format(amount) };
      format.format(0);
    } catch {
      format = { format: (amount) => `${currency} ${Math.round(amount)}` };
    }
    formatters.set(key, format);
  }
  return format;
}

export function formatRange(range: PriceRange, format: MoneyFormat, words: CostText['ui']): string {
  // One price is one price ("$60", never "$60 to $60"); a dealer's 0 is said in words, never "$0 to $0".
  if (range.max === range.min && !range.orMore) return range.min === 0 ? words.noCharge : format.format(range.min);
  const min = format.format(range.min);
  if (range.max === null) return fill(words.openRange, { min });
  return fill(range.orMore ? words.rangeOrMore : words.range, { min, max: format.format(range.max) });
}

let knownCurrencies: ReadonlySet<string> | null | undefined;

/** An ISO 4217 code this browser knows (any three capitals where it cannot say). */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  if (knownCurrencies === undefined) {
    try {
      knownCurrencies = new Set(Intl.supportedValuesOf('currency'));
    } catch {
      knownCurrencies = null;
    }
  }
  return knownCurrencies ? knownCurrencies.has(code) : true;
}

/** Locales already checked (a page has few): the first check loads locale data, which is slow. */
const checkedLocales = new Map<string, boolean>();

/**
 * A usable BCP 47 locale, or the fallback when the input is not one or its language is not one
 * the browser formats money in. (Not `supportedLocalesOf`: its first call took ~80 ms of a 4×
 * slowed phone's main thread.)
 */
export function safeLocale(locale: string | null | undefined, fallback = 'en-US'): string {
  if (!locale) return fallback;
  let usable = checkedLocales.get(locale);
  if (usable === undefined) {
    try {
      const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
      usable = language(new Intl.NumberFormat(locale).resolvedOptions().locale) === language(locale);
    } catch {
      usable = false;
    }
    if (checkedLocales.size > 64) checkedLocales.clear();
    checkedLocales.set(locale, usable);
  }
  return usable ? locale : fallback;
}
