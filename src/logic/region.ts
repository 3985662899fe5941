import { emergencyNumbers } from '../data/emergency-numbers.js';
import type { EmergencyService } from '../data/schemas.js';
import { trimmedTextOf } from './input.js';

export type RegionSource = 'attribute' | 'context' | 'lang' | 'navigator' | 'default';

export interface RegionInputs {
  /** The element's own `region`, or one given by a `<door-help>` wrapper; any value a page set. */
  explicit?: unknown;
  /** Where `explicit` came from, for messages. */
  explicitSource?: 'attribute' | 'context';
  /** The nearest `lang` of the element or its ancestors. */
  lang?: string | null | undefined;
  /** `navigator.language`. */
  navigatorLanguage?: string | null | undefined;
}

export interface ResolvedRegion {
  /** Upper-case alpha-2 code, or null when the input was malformed. */
  region: string | null;
  source: RegionSource;
  /** What the author wrote, kept for the console warning. */
  raw: string;
}

export interface EmergencyLine {
  number: string;
  alternates: { number: string; service: EmergencyService }[];
}

const ALPHA2 = /^[A-Za-z]{2}$/;

/** The region subtag of a BCP 47 language tag (`en-GB` → `GB`), or null. */
export function regionOfLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return new Intl.Locale(tag.trim()).region ?? null;
  } catch {
    return null;
  }
}

/**
 * Which region's emergency number to show. An explicit region wins outright, even when it is
 * malformed: falling back to a guess there could show a wrong number.
 */
export function resolveRegion(inputs: RegionInputs): ResolvedRegion {
  const source = inputs.explicitSource ?? 'attribute';
  if (inputs.explicit !== undefined && inputs.explicit !== null && typeof inputs.explicit !== 'string') {
    return { region: null, source, raw: `(a ${typeof inputs.explicit}, not a string)` };
  }
  const explicit = trimmedTextOf(inputs.explicit);
  if (explicit) {
    return { region: ALPHA2.test(explicit) ? explicit.toUpperCase() : null, source, raw: explicit.slice(0, 40) };
  }
  const fromLang = regionOfLanguageTag(inputs.lang);
  if (fromLang) return { region: fromLang.toUpperCase(), source: 'lang', raw: inputs.lang ?? '' };
  const fromNavigator = regionOfLanguageTag(inputs.navigatorLanguage);
  if (fromNavigator) return { region: fromNavigator.toUpperCase(), source: 'navigator', raw: inputs.navigatorLanguage ?? '' };
  return { region: 'US', source: 'default', raw: '' };
}

/** The emergency line for a region, or null when we do not know it for sure. */
export function emergencyLineFor(region: string | null): EmergencyLine | null {
  if (!region || !Object.hasOwn(emergencyNumbers, region)) return null;
  const entry = emergencyNumbers[region]!;
  return { number: entry.number, alternates: entry.alternates ?? [] };
}
