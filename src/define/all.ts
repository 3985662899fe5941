// Registers every door-help element.
import './door-help.js';
import './door-emergency-steps.js';
import './door-diagnosis.js';
import './repair-cost.js';

export type { DoorHelp } from './door-help.js';
export type { DoorEmergencySteps } from './door-emergency-steps.js';
export type { DoorDiagnosis } from './door-diagnosis.js';
export type { RepairCost } from './repair-cost.js';
