// The package root: classes, pure logic and data types, with no side effects. Import
// `door-help/define/*` (or the script-tag file) to register the elements.
export { VERSION } from './version.js';
export { DoorEmergencySteps } from './components/door-emergency-steps/door-emergency-steps.js';
export { DoorDiagnosis } from './components/door-diagnosis/door-diagnosis.js';
export { RepairCost } from './components/repair-cost/repair-cost.js';
export { DoorHelp } from './components/door-help/door-help.js';
export { repairsForCauses, likelyCauses, spanOf, costOutlook, formatRange, moneyFormatter, type PriceRange, type CostOutlook } from './logic/cost.js';
export { parsePriceList, type PriceList, type PriceListParse } from './logic/prices.js';
export { repairCatalog } from './data/repairs.js';
export { diagnose, sanitizeAnswers, type Answers, type DiagnosisResult, type RankedCause, type DrivingAssessment } from './logic/diagnose.js';
export { summaryText } from './logic/summary.js';
export { diagnosisModel } from './data/diagnosis-model.js';
export { checkVin, expectedCheckDigit, normalizeVin, type VinCheck, type VinError } from './logic/vin.js';
export {
  emergencyLineFor,
  normalizeRegion,
  regionOfLanguageTag,
  resolveRegion,
  resolveSettings,
  type RegionSource,
  type ResolvedRegion,
  type ResolvedSettings,
  type SettingsChain,
  type SettingsLayer,
} from './logic/settings.js';
export * from './shared/events.js';
export type * from './data/types.js';
