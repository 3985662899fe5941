import type { LocaleBundle } from '../bundle.js';
import { costText } from './cost.js';
import { diagnosisText } from './diagnosis.js';
import { emergencyText } from './emergency.js';
import { repairWords } from './repair-words.js';
import { sharedText } from './shared.js';

/** Todo el texto de door-help en español, para lectores de EE. UU. (src/languages.ts lo lista). */
export const bundle: LocaleBundle = {
  lang: 'es',
  shared: sharedText,
  repair: repairWords,
  emergency: emergencyText,
  diagnosis: diagnosisText,
  cost: costText,
};
