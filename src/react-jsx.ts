// door-help/react-jsx: types only. With React 19's own custom-element support, the tags can be
// used directly in TSX: `import 'door-help/define/all'; import type {} from 'door-help/react-jsx';`
// React 19 sets properties (`answers={…}`) and listens with `ondoor-result-change={…}`.
import type { HTMLAttributes, Ref } from 'react';
import type { DoorDiagnosis } from './components/door-diagnosis/door-diagnosis.js';
import type { DoorEmergencySteps } from './components/door-emergency-steps/door-emergency-steps.js';
import type { DoorHelp } from './components/door-help/door-help.js';
import type { RepairCost } from './components/repair-cost/repair-cost.js';

/** The element's own public properties, each optional, beside the ordinary HTML attributes. */
type PropsOf<E extends HTMLElement, Keys extends keyof E> = Partial<Pick<E, Keys>> &
  Omit<HTMLAttributes<E>, Keys & string> & { ref?: Ref<E>; key?: string | number; children?: unknown };
type Listener<K extends keyof GlobalEventHandlersEventMap> = (event: GlobalEventHandlersEventMap[K]) => void;
type Shared = 'headingLevel' | 'theme';

export type DoorEmergencyStepsProps = PropsOf<DoorEmergencySteps, Shared | 'region' | 'compact' | 'callFirst' | 'storageKey'> & {
  'ondoor-call'?: Listener<'door-call'>;
  'ondoor-step-toggle'?: Listener<'door-step-toggle'>;
  'ondoor-recall-open'?: Listener<'door-recall-open'>;
  'ondoor-config-error'?: Listener<'door-config-error'>;
};
export type DoorDiagnosisProps = PropsOf<DoorDiagnosis, Shared | 'region' | 'answers' | 'storageKey'> & {
  'ondoor-answer-change'?: Listener<'door-answer-change'>;
  'ondoor-result-change'?: Listener<'door-result-change'>;
  'ondoor-escalate'?: Listener<'door-escalate'>;
  'ondoor-summary-copy'?: Listener<'door-summary-copy'>;
  'ondoor-step-toggle'?: Listener<'door-step-toggle'>;
  'ondoor-config-error'?: Listener<'door-config-error'>;
};
export type RepairCostProps = PropsOf<RepairCost, Shared | 'cause' | 'prices' | 'pricesSrc' | 'currency' | 'locale' | 'htmlFor'> & {
  'ondoor-config-error'?: Listener<'door-config-error'>;
};
export type DoorHelpProps = PropsOf<DoorHelp, 'region' | 'locale' | 'currency' | 'theme' | 'prices' | 'pricesSrc'> & {
  'ondoor-config-error'?: Listener<'door-config-error'>;
};

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
