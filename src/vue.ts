// door-help/vue: types only. Vue's type checker (vue-tsc) then checks the tags' properties and
// events in templates: `import type {} from 'door-help/vue'` once (e.g. in env.d.ts), and keep
// `isCustomElement` in the Vue plugin options so Vue renders them as custom elements.
import type { DefineComponent } from 'vue';
import type { PresetAnswers } from './logic/diagnose.js';
import type { DoorElementTag, DoorListener, EventsOf, VueEventProp } from './shared/events.js';

/** Vue's listener props for one element's events: `@door-result-change` is `onDoorResultChange`. */
type Listeners<Tag extends DoorElementTag> = { [Name in EventsOf<Tag> as VueEventProp<Name>]?: DoorListener<Name> };

interface Shared {
  headingLevel?: number | string;
  'heading-level'?: number | string;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
}

export interface DoorEmergencyStepsVueProps extends Shared, Listeners<'door-emergency-steps'> {
  region?: string;
  compact?: boolean;
  callFirst?: boolean;
  'call-first'?: boolean;
  storageKey?: string;
  'storage-key'?: string;
}

export interface DoorDiagnosisVueProps extends Shared, Listeners<'door-diagnosis'> {
  region?: string;
  answers?: PresetAnswers;
  mode?: 'guided' | 'form';
  storageKey?: string;
  'storage-key'?: string;
}

export interface RepairCostVueProps extends Shared, Listeners<'repair-cost'> {
  cause?: string;
  for?: string;
  htmlFor?: string;
  locale?: string;
  currency?: string;
  prices?: unknown;
  pricesSrc?: string;
  'prices-src'?: string;
}

export interface DoorHelpVueProps extends Omit<Shared, 'headingLevel' | 'heading-level'>, Listeners<'door-help'> {
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
