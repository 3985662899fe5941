import { DoorEmergencySteps } from '../components/door-emergency-steps/door-emergency-steps.js';
import { defineElement } from './define-element.js';

defineElement('door-emergency-steps', DoorEmergencySteps);

// Re-exported as a type so this module's .d.ts loads the element's tag and event maps.
export type { DoorEmergencySteps } from '../components/door-emergency-steps/door-emergency-steps.js';
// And the event map: every door-help event is typed for addEventListener.
export type * from '../shared/events.js';
