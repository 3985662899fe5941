// door-help/react-jsx: types only. With React 19's own custom-element support, the tags can be
// used directly in TSX: `import 'door-help/define/all'; import type {} from 'door-help/react-jsx';`
// React 19 sets properties (`answers={…}`) and listens with `ondoor-result-change={…}`.
import type { HTMLAttributes, Ref } from 'react';
import type { DoorDiagnosis } from './components/door-diagnosis/door-diagnosis.js';
import type { DoorEmergencySteps } from './components/door-emergency-steps/door-emergency-steps.js';
import type { DoorHelp } from './components/door-help/door-help.js';
import type { RepairCost } from './components/repair-cost/repair-cost.js';
import type { DoorElementTag, DoorListener, EventsOf } from './shared/events.js';

/** The element's own public properties, each optional, its events as `on` + event name, and the ordinary HTML attributes. */
type PropsOf<Tag extends DoorElementTag, E extends HTMLElement, Keys extends keyof E> = Partial<Pick<E, Keys>> &
  Omit<HTMLAttributes<E>, Keys & string> & { ref?: Ref<E>; key?: string | number; children?: unknown } & {
    [Name in EventsOf<Tag> as `on${Name}`]?: DoorListener<Name>;
  };
type Shared = 'headingLevel' | 'theme';

export type DoorEmergencyStepsProps = PropsOf<'door-emergency-steps', DoorEmergencySteps, Shared | 'region' | 'compact' | 'callFirst' | 'storageKey'>;
export type DoorDiagnosisProps = PropsOf<'door-diagnosis', DoorDiagnosis, Shared | 'region' | 'answers' | 'storageKey'>;
export type RepairCostProps = PropsOf<'repair-cost', RepairCost, Shared | 'cause' | 'prices' | 'pricesSrc' | 'currency' | 'locale' | 'htmlFor'>;
export type DoorHelpProps = PropsOf<'door-help', DoorHelp, 'region' | 'locale' | 'currency' | 'theme' | 'prices' | 'pricesSrc'>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'door-emergency-steps': DoorEmergencyStepsProps;
      'door-diagnosis': DoorDiagnosisProps;
      'repair-cost': RepairCostProps;
      'door-help': DoorHelpProps;
    }
  }
}
