// door-help/react: the elements as typed React components (made with @lit/react), for React 18
// and 19: `<DoorDiagnosis answers={…} onResultChange={(e) => e.detail.topCause} />`. Importing
// this registers the elements. React 19 can also use the tags directly: see door-help/react-jsx.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { DoorDiagnosis as DiagnosisElement } from './components/door-diagnosis/door-diagnosis.js';
import { DoorEmergencySteps as EmergencyStepsElement } from './components/door-emergency-steps/door-emergency-steps.js';
import { DoorHelp as WrapperElement } from './components/door-help/door-help.js';
import { RepairCost as RepairCostElement } from './components/repair-cost/repair-cost.js';
import './define/all.js';
import { ELEMENT_EVENTS, type DoorElementTag, type EventsOf, type ReactEventProp } from './shared/events.js';

/** The @lit/react event props of one element: `onResultChange: 'door-result-change'`, … */
function eventsOf<Tag extends DoorElementTag>(tag: Tag) {
  const props = (name: string) => `on${name.replace(/^door-/, '').replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;
  return Object.fromEntries(ELEMENT_EVENTS[tag].map((name) => [props(name), name])) as {
    [E in EventsOf<Tag> as ReactEventProp<E>]: EventName<GlobalEventHandlersEventMap[E]>;
  };
}

/** `<door-emergency-steps>`: region, call button, steps. */
export const DoorEmergencySteps = createComponent({
  react: React,
  tagName: 'door-emergency-steps',
  elementClass: EmergencyStepsElement,
  displayName: 'DoorEmergencySteps',
  events: eventsOf('door-emergency-steps'),
});

/** `<door-diagnosis>`: the questions, the ranking, the driving verdict. */
export const DoorDiagnosis = createComponent({
  react: React,
  tagName: 'door-diagnosis',
  elementClass: DiagnosisElement,
  displayName: 'DoorDiagnosis',
  events: eventsOf('door-diagnosis'),
});

/** `<repair-cost>`: typical ranges, the likely cause's range, a dealer's own prices. */
export const RepairCost = createComponent({ react: React, tagName: 'repair-cost', elementClass: RepairCostElement, displayName: 'RepairCost', events: eventsOf('repair-cost') });

/** `<door-help>`: settings and prices shared with the elements inside. */
export const DoorHelp = createComponent({ react: React, tagName: 'door-help', elementClass: WrapperElement, displayName: 'DoorHelp', events: eventsOf('door-help') });
