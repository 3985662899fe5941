import { DoorHelp } from '../components/door-help/door-help.js';
import { defineElement } from './define-element.js';

defineElement('door-help', DoorHelp);

// Re-exported as a type so this module's .d.ts loads the element's tag and event maps.
export type { DoorHelp } from '../components/door-help/door-help.js';
// And the event map: every door-help event is typed for addEventListener.
export type * from '../shared/events.js';
