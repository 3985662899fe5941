import { DoorDiagnosis } from '../components/door-diagnosis/door-diagnosis.js';
import { defineElement } from './define-element.js';
// The diagnosis shows <door-emergency-steps> when someone is stuck, so it registers it too.
import './door-emergency-steps.js';

defineElement('door-diagnosis', DoorDiagnosis);

// Re-exported as a type so this module's .d.ts loads the element's tag and event maps.
export type { DoorDiagnosis } from '../components/door-diagnosis/door-diagnosis.js';
// And the event map: every door-help event is typed for addEventListener.
export type * from '../shared/events.js';
