import type { CostText, DiagnosisText, EmergencyText, RepairWords, SharedText } from './types.js';

/** All the words of one language: a second language is another bundle, data alone. */
export interface LocaleBundle {
  /** BCP 47 language, e.g. `en` or `es`. */
  lang: string;
  shared: SharedText;
  repair: RepairWords;
  emergency: EmergencyText;
  diagnosis: DiagnosisText;
  cost: CostText;
}
