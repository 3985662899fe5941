import type { Band, CauseId, QuestionId, Verdict } from '../data/types.js';
import type { PresetAnswers } from '../logic/diagnose.js';

/**
 * Every event door-help dispatches. All bubble and are composed, so a host page can listen on
 * `document`. Each is a typed CustomEvent; GlobalEventHandlersEventMap gives listeners the detail type.
 */
/** A typed event class for one event name: bubbles and composed, so a page can listen on `document`. */
function doorEvent<T>(type: string) {
  return class extends CustomEvent<T> {
    static readonly type = type;
    constructor(detail: T) {
      super(type, { detail, bubbles: true, composed: true });
    }
  };
}

export interface CallDetail {
  /** The number dialled, e.g. "911". */
  number: string;
  region: string;
}
/** The reader pressed the emergency call button. */
export class DoorCallEvent extends doorEvent<CallDetail>('door-call') {}

export interface StepToggleDetail {
  /** Which checklist: "emergency" or "diagnosis". */
  list: 'emergency' | 'diagnosis';
  stepId: string;
  done: boolean;
  doneCount: number;
  /** The steps that apply: every step less those for some readers only (a rear door, a call) not ticked. */
  total: number;
}
/** A checklist step was ticked or unticked. */
export class DoorStepToggleEvent extends doorEvent<StepToggleDetail>('door-step-toggle') {}

export interface RecallOpenDetail {
  vin: string;
  region: string | null;
  /** The lookup opened, or null where we only say where to check. */
  url: string | null;
}
/** The reader asked for a recall check with a valid VIN. */
export class DoorRecallOpenEvent extends doorEvent<RecallOpenDetail>('door-recall-open') {}

export interface ConfigErrorDetail {
  /** The attribute, property or field that was wrong, e.g. "region" or "prices.repairs.latch.min". */
  field: string;
  /** What was expected, in words for a site author. */
  message: string;
}
/** A site author's configuration was rejected; the bundled defaults are shown instead. */
export class DoorConfigErrorEvent extends doorEvent<ConfigErrorDetail>('door-config-error') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'door-call': DoorCallEvent;
    'door-step-toggle': DoorStepToggleEvent;
    'door-recall-open': DoorRecallOpenEvent;
    'door-config-error': DoorConfigErrorEvent;
  }
}

export interface AnswerChangeDetail {
  /** The question answered; `*` when "Start again" cleared them all. */
  question: QuestionId | '*';
  /** The new answer; undefined when set back to "not sure". */
  value: string | string[] | undefined;
  /** Every answer the reader now sees. */
  answers: PresetAnswers;
}
/** The reader answered, changed or cleared a diagnosis question (restart clears them all). */
export class DoorAnswerChangeEvent extends doorEvent<AnswerChangeDetail>('door-answer-change') {}

export interface ResultChangeDetail {
  /** Id of the cause ranked first, e.g. "child-lock". */
  topCause: CauseId;
  band: Band;
  /** Ids of every cause in the top band. */
  likelyCauses: CauseId[];
  verdict: Verdict;
}
/** The ranking's leader, its band, or the driving verdict changed. */
export class DoorResultChangeEvent extends doorEvent<ResultChangeDetail>('door-result-change') {}

export interface EscalateDetail {
  region: string | null;
}
/** The reader said someone is stuck or unwell; the emergency steps are now shown first. */
export class DoorEscalateEvent extends doorEvent<EscalateDetail>('door-escalate') {}

export interface SummaryCopyDetail {
  text: string;
}
/** The mechanic's summary was copied to the clipboard. */
export class DoorSummaryCopyEvent extends doorEvent<SummaryCopyDetail>('door-summary-copy') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'door-answer-change': DoorAnswerChangeEvent;
    'door-result-change': DoorResultChangeEvent;
    'door-escalate': DoorEscalateEvent;
    'door-summary-copy': DoorSummaryCopyEvent;
  }
}

/**
 * Which events each element dispatches, as a value for code that needs one. The framework
 * bindings are generated from the manifest (the elements' @fires tags, scripts/build/bindings.mjs);
 * tests/docs holds this list, the manifest and what the elements dispatch to one another.
 */
export const ELEMENT_EVENTS = {
  'door-emergency-steps': ['door-call', 'door-step-toggle', 'door-recall-open'],
  'door-diagnosis': ['door-answer-change', 'door-result-change', 'door-escalate', 'door-summary-copy', 'door-step-toggle', 'door-config-error'],
  'repair-cost': ['door-config-error'],
  'door-help': ['door-config-error'],
} as const satisfies Record<string, readonly (keyof GlobalEventHandlersEventMap)[]>;

export type DoorElementTag = keyof typeof ELEMENT_EVENTS;
/** The events one element dispatches, e.g. `'door-call' | …` for `door-emergency-steps`. */
export type EventsOf<Tag extends DoorElementTag> = (typeof ELEMENT_EVENTS)[Tag][number];

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/** `door-result-change` → `onResultChange` (React components). */
export type ReactEventProp<E extends string> = `on${Capitalize<Camel<E extends `door-${infer Rest}` ? Rest : E>>}`;
/** `door-result-change` → `onDoorResultChange` (Vue's listener props). */
export type VueEventProp<E extends string> = `on${Capitalize<Camel<E>>}`;
/** A listener of one door-help event, typed by the page-wide event map. */
export type DoorListener<E extends keyof GlobalEventHandlersEventMap> = (event: GlobalEventHandlersEventMap[E]) => void;
