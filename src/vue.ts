// door-help/vue: types only. Vue's type checker (vue-tsc) then checks the tags' properties and
// events in templates: `import type {} from 'door-help/vue'` once (e.g. in env.d.ts), and keep
// `isCustomElement` in the Vue plugin options so Vue renders them as custom elements.
import type { DefineComponent } from 'vue';
import type { PresetAnswers } from './logic/diagnose.js';
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

interface Shared {
  headingLevel?: number | string;
  'heading-level'?: number | string;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  onDoorConfigError?: (event: DoorConfigErrorEvent) => void;
}

export interface DoorEmergencyStepsVueProps extends Shared {
  region?: string;
  compact?: boolean;
  callFirst?: boolean;
  'call-first'?: boolean;
  storageKey?: string;
  'storage-key'?: string;
  onDoorCall?: (event: DoorCallEvent) => void;
  onDoorStepToggle?: (event: DoorStepToggleEvent) => void;
  onDoorRecallOpen?: (event: DoorRecallOpenEvent) => void;
}

export interface DoorDiagnosisVueProps extends Shared {
  region?: string;
  answers?: PresetAnswers;
  storageKey?: string;
  'storage-key'?: string;
  onDoorAnswerChange?: (event: DoorAnswerChangeEvent) => void;
  onDoorResultChange?: (event: DoorResultChangeEvent) => void;
  onDoorEscalate?: (event: DoorEscalateEvent) => void;
  onDoorSummaryCopy?: (event: DoorSummaryCopyEvent) => void;
  onDoorStepToggle?: (event: DoorStepToggleEvent) => void;
}

export interface RepairCostVueProps extends Shared {
  cause?: string;
  for?: string;
  htmlFor?: string;
  locale?: string;
  currency?: string;
  prices?: unknown;
  pricesSrc?: string;
  'prices-src'?: string;
}

export interface DoorHelpVueProps extends Omit<Shared, 'headingLevel' | 'heading-level'> {
  region?: string;
  locale?: string;
  currency?: string;
  prices?: unknown;
  pricesSrc?: string;
  'prices-src'?: string;
}

declare module 'vue' {
  interface GlobalComponents {
    'door-emergency-steps': DefineComponent<DoorEmergencyStepsVueProps>;
    'door-diagnosis': DefineComponent<DoorDiagnosisVueProps>;
    'repair-cost': DefineComponent<RepairCostVueProps>;
    'door-help': DefineComponent<DoorHelpVueProps>;
  }
}
