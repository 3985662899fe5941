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
import type {
  DoorAnswerChangeEvent,
  DoorCallEvent,
  DoorConfigErrorEvent,
  DoorEscalateEvent,
  DoorRecallOpenEvent,
  DoorResultChangeEvent,
  DoorStepToggleEvent,
  DoorSummaryCopyEvent,
} from './shared/events.js';

const onConfigError = 'door-config-error' as EventName<DoorConfigErrorEvent>;

/** `<door-emergency-steps>`: region, call button, steps. */
export const DoorEmergencySteps = createComponent({
  react: React,
  tagName: 'door-emergency-steps',
  elementClass: EmergencyStepsElement,
  displayName: 'DoorEmergencySteps',
  events: {
    onCall: 'door-call' as EventName<DoorCallEvent>,
    onStepToggle: 'door-step-toggle' as EventName<DoorStepToggleEvent>,
    onRecallOpen: 'door-recall-open' as EventName<DoorRecallOpenEvent>,
    onConfigError,
  },
});

/** `<door-diagnosis>`: the questions, the ranking, the driving verdict. */
export const DoorDiagnosis = createComponent({
  react: React,
  tagName: 'door-diagnosis',
  elementClass: DiagnosisElement,
  displayName: 'DoorDiagnosis',
  events: {
    onAnswerChange: 'door-answer-change' as EventName<DoorAnswerChangeEvent>,
    onResultChange: 'door-result-change' as EventName<DoorResultChangeEvent>,
    onEscalate: 'door-escalate' as EventName<DoorEscalateEvent>,
    onSummaryCopy: 'door-summary-copy' as EventName<DoorSummaryCopyEvent>,
    onStepToggle: 'door-step-toggle' as EventName<DoorStepToggleEvent>,
    onConfigError,
  },
});

/** `<repair-cost>`: typical ranges, the likely cause's range, a dealer's own prices. */
export const RepairCost = createComponent({
  react: React,
  tagName: 'repair-cost',
  elementClass: RepairCostElement,
  displayName: 'RepairCost',
  events: { onConfigError },
});

/** `<door-help>`: settings and prices shared with the elements inside. */
export const DoorHelp = createComponent({
  react: React,
  tagName: 'door-help',
  elementClass: WrapperElement,
  displayName: 'DoorHelp',
  events: { onConfigError },
});
