import { RepairCost } from '../components/repair-cost/repair-cost.js';
import { defineElement } from './define-element.js';

defineElement('repair-cost', RepairCost);

// Re-exported as a type so this module's .d.ts loads the element's tag and event maps.
export type { RepairCost } from '../components/repair-cost/repair-cost.js';
// And the event map: every door-help event is typed for addEventListener.
export type * from '../shared/events.js';
