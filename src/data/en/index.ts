import type { LocaleBundle } from '../bundle.js';
import { costText } from './cost.js';
import { diagnosisText } from './diagnosis.js';
import { emergencyText } from './emergency.js';
import { repairWords } from './repair-words.js';
import { sharedText } from './shared.js';

/** Every word door-help shows, in English (US). */
export const bundle: LocaleBundle = {
  lang: 'en',
  shared: sharedText,
  repair: repairWords,
  emergency: emergencyText,
  diagnosis: diagnosisText,
  cost: costText,
};
