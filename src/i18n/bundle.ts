import type { CostText, DiagnosisText, EmergencyText, SharedText } from '../data/schemas.js';

/** All the words of one language: a second language is another bundle, data alone. */
export interface LocaleBundle {
  /** BCP 47 language, e.g. `en` or `es`. */
  lang: string;
  shared: SharedText;
  emergency: EmergencyText;
  diagnosis: DiagnosisText;
  cost: CostText;
}
