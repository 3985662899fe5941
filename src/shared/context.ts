import { createContext } from '@lit/context';
import type { Answers, DiagnosisResult } from '../logic/diagnose.js';
import type { PriceList } from '../logic/prices.js';
import type { ConfigErrorDetail } from './events.js';

/** What a `<door-help>` wrapper shares with the elements inside it. */
export interface DoorHelpSettings {
  region?: string | undefined;
  locale?: string | undefined;
  currency?: string | undefined;
  /** A validated dealer price list, or undefined. */
  prices?: PriceList | undefined;
  /** Why the wrapper refused its price list, for the notice of the elements inside. */
  pricesError?: ConfigErrorDetail | undefined;
  /** The latest diagnosis inside the wrapper. */
  diagnosis?: { result: DiagnosisResult; answers: Answers } | undefined;
  /** Called by `<door-diagnosis>` whenever its result changes, so siblings can follow it. */
  publishDiagnosis(result: DiagnosisResult, answers: Answers): void;
}

export const doorHelpContext = createContext<DoorHelpSettings | undefined>(Symbol.for('door-help/settings'));
