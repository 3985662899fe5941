// door-help/svelte: types only. Svelte 5's checker (svelte-check) then knows each tag's
// attributes, properties and events: `import type {} from 'door-help/svelte'` once (e.g. in
// src/app.d.ts). A misspelt attribute (`regoin`) or a value the element does not take
// (`mode="sideways"`) is an error, and `ondoor-result-change={(event) => …}` gets its typed detail.
import type { HTMLAttributes } from 'svelte/elements';
import type { PresetAnswers } from './logic/diagnose.js';
import type { DoorElementTag, DoorListener, EventsOf } from './shared/events.js';

/** Svelte 5's event attributes for one element: `ondoor-call`, each with the event's own type. */
type Listeners<Tag extends DoorElementTag> = { [Name in EventsOf<Tag> as `on${Name}`]?: DoorListener<Name> };

interface Shared {
  'heading-level'?: number | string;
  theme?: 'light' | 'dark' | 'auto';
}

export interface DoorEmergencyStepsSvelteProps extends HTMLAttributes<HTMLElement>, Shared, Listeners<'door-emergency-steps'> {
  region?: string;
  compact?: boolean;
  'call-first'?: boolean;
  'storage-key'?: string;
}

export interface DoorDiagnosisSvelteProps extends HTMLAttributes<HTMLElement>, Shared, Listeners<'door-diagnosis'> {
  region?: string;
  /** Set as a property: `answers={{ opensOutside: 'yes' }}`. */
  answers?: PresetAnswers;
  mode?: 'guided' | 'form';
  'storage-key'?: string;
}

export interface RepairCostSvelteProps extends HTMLAttributes<HTMLElement>, Shared, Listeners<'repair-cost'> {
  cause?: string;
  for?: string;
  locale?: string;
  currency?: string;
  prices?: unknown;
  'prices-src'?: string;
}

export interface DoorHelpSvelteProps extends HTMLAttributes<HTMLElement>, Listeners<'door-help'> {
  region?: string;
  locale?: string;
  currency?: string;
  theme?: 'light' | 'dark' | 'auto';
  prices?: unknown;
  'prices-src'?: string;
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'door-emergency-steps': DoorEmergencyStepsSvelteProps;
    'door-diagnosis': DoorDiagnosisSvelteProps;
    'repair-cost': RepairCostSvelteProps;
    'door-help': DoorHelpSvelteProps;
  }
}
