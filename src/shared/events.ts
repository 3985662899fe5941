/**
 * Every event door-help dispatches. All bubble and are composed, so a host page can listen on
 * `document`. Each is a typed CustomEvent; GlobalEventHandlersEventMap gives listeners the detail type.
 */
const init = <T>(detail: T): CustomEventInit<T> => ({ detail, bubbles: true, composed: true });

export interface CallDetail {
  /** The number dialled, e.g. "911". */
  number: string;
  region: string;
}
/** The reader pressed the emergency call button. */
export class DoorCallEvent extends CustomEvent<CallDetail> {
  static readonly type = 'door-call';
  constructor(detail: CallDetail) {
    super(DoorCallEvent.type, init(detail));
  }
}

export interface StepToggleDetail {
  /** Which checklist: "emergency" or "diagnosis". */
  list: 'emergency' | 'diagnosis';
  stepId: string;
  done: boolean;
  doneCount: number;
  total: number;
}
/** A checklist step was ticked or unticked. */
export class DoorStepToggleEvent extends CustomEvent<StepToggleDetail> {
  static readonly type = 'door-step-toggle';
  constructor(detail: StepToggleDetail) {
    super(DoorStepToggleEvent.type, init(detail));
  }
}

export interface RecallOpenDetail {
  vin: string;
  region: string | null;
  /** The lookup opened, or null where we only say where to check. */
  url: string | null;
}
/** The reader asked for a recall check with a valid VIN. */
export class DoorRecallOpenEvent extends CustomEvent<RecallOpenDetail> {
  static readonly type = 'door-recall-open';
  constructor(detail: RecallOpenDetail) {
    super(DoorRecallOpenEvent.type, init(detail));
  }
}

export interface ConfigErrorDetail {
  /** The attribute, property or field that was wrong, e.g. "region" or "prices.repairs.latch.min". */
  field: string;
  /** What was expected, in words for a site author. */
  message: string;
}
/** A site author's configuration was rejected; the bundled defaults are shown instead. */
export class DoorConfigErrorEvent extends CustomEvent<ConfigErrorDetail> {
  static readonly type = 'door-config-error';
  constructor(detail: ConfigErrorDetail) {
    super(DoorConfigErrorEvent.type, init(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'door-call': DoorCallEvent;
    'door-step-toggle': DoorStepToggleEvent;
    'door-recall-open': DoorRecallOpenEvent;
    'door-config-error': DoorConfigErrorEvent;
  }
}

export interface AnswerChangeDetail {
  question: string;
  /** The new answer; undefined when set back to "not sure". */
  value: string | string[] | undefined;
  answers: Record<string, string | string[]>;
}
/** The reader answered, changed or cleared a diagnosis question (restart clears them all). */
export class DoorAnswerChangeEvent extends CustomEvent<AnswerChangeDetail> {
  static readonly type = 'door-answer-change';
  constructor(detail: AnswerChangeDetail) {
    super(DoorAnswerChangeEvent.type, init(detail));
  }
}

export interface ResultChangeDetail {
  /** Id of the cause ranked first, e.g. "child-lock". */
  topCause: string;
  band: string;
  /** Ids of every cause in the top band. */
  likelyCauses: string[];
  verdict: string;
}
/** The ranking's leader, its band, or the driving verdict changed. */
export class DoorResultChangeEvent extends CustomEvent<ResultChangeDetail> {
  static readonly type = 'door-result-change';
  constructor(detail: ResultChangeDetail) {
    super(DoorResultChangeEvent.type, init(detail));
  }
}

export interface EscalateDetail {
  region: string | null;
}
/** The reader said someone is stuck or unwell; the emergency steps are now shown first. */
export class DoorEscalateEvent extends CustomEvent<EscalateDetail> {
  static readonly type = 'door-escalate';
  constructor(detail: EscalateDetail) {
    super(DoorEscalateEvent.type, init(detail));
  }
}

export interface SummaryCopyDetail {
  text: string;
}
/** The mechanic's summary was copied to the clipboard. */
export class DoorSummaryCopyEvent extends CustomEvent<SummaryCopyDetail> {
  static readonly type = 'door-summary-copy';
  constructor(detail: SummaryCopyDetail) {
    super(DoorSummaryCopyEvent.type, init(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'door-answer-change': DoorAnswerChangeEvent;
    'door-result-change': DoorResultChangeEvent;
    'door-escalate': DoorEscalateEvent;
    'door-summary-copy': DoorSummaryCopyEvent;
  }
}
