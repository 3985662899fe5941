// Compiled by npm run typecheck: the plain types in src/data/types.ts (published) are exactly the
// zod specification's in src/data/schemas/. A drift fails the type check; npm run data:types mends it.
import type * as Plain from '../../src/data/types.js';
import type * as Spec from '../../src/data/schemas/index.js';

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const each: [
  Same<Plain.TextItem, Spec.TextItem>,
  Same<Plain.EmergencyService, Spec.EmergencyService>,
  Same<Plain.EmergencyNumber, Spec.EmergencyNumber>,
  Same<Plain.EmergencyNumberTable, Spec.EmergencyNumberTable>,
  Same<Plain.RecallService, Spec.RecallService>,
  Same<Plain.RecallLookupTable, Spec.RecallLookupTable>,
  Same<Plain.EmergencyStep, Spec.EmergencyStep>,
  Same<Plain.EmergencyText, Spec.EmergencyText>,
  Same<Plain.SharedText, Spec.SharedText>,
  Same<Plain.RepairWords, Spec.RepairWords>,
  Same<Plain.CauseId, Spec.CauseId>,
  Same<Plain.QuestionId, Spec.QuestionId>,
  Same<Plain.Severity, Spec.Severity>,
  Same<Plain.Skill, Spec.Skill>,
  Same<Plain.Band, Spec.Band>,
  Same<Plain.Verdict, Spec.Verdict>,
  Same<Plain.Clue, Spec.Clue>,
  Same<Plain.DiagnosisModel, Spec.DiagnosisModel>,
  Same<Plain.DiagnosisText, Spec.DiagnosisText>,
  Same<Plain.RepairId, Spec.RepairId>,
  Same<Plain.RepairCatalog, Spec.RepairCatalog>,
  Same<Plain.CostText, Spec.CostText>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
