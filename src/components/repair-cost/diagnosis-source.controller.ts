import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answers, DiagnosisResult } from '../../logic/diagnose.js';
import { trimmedTextOf } from '../../logic/input.js';
import { DoorConfigErrorEvent } from '../../shared/events.js';
import { warnOnce } from '../../shared/warn.js';
import { afterHydration } from '../../shared/hydration.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/** A `<door-diagnosis>` as this element reads it: its public `result` and `answers`. */
interface DiagnosisLike extends Element {
  result?: unknown;
  answers?: unknown;
}

/** A diagnosis element's current result, read defensively: only a defined `<door-diagnosis>` counts. */
export function readDiagnosis(element: Element | null | undefined): { result: DiagnosisResult; answers: Answers } | undefined {
  if (!element || element.localName !== 'door-diagnosis') return undefined;
  const { result, answers } = element as DiagnosisLike;
  if (!result || typeof result !== 'object' || !Array.isArray((result as DiagnosisResult).causes)) return undefined;
  return { result: result as DiagnosisResult, answers: (answers && typeof answers === 'object' ? answers : {}) as Answers };
}

/**
 * The diagnosis a `<repair-cost>` follows: the `<door-diagnosis>` named by `for`, else the first
 * one inside its nearest `<door-help>` that has one. `for` must name a `<door-diagnosis>`: any
 * other element with that id (a page's own form, say) is refused with one message.
 */
export class DiagnosisSourceController implements ReactiveController {
  private target: Element | null = null;
  private readonly onTargetChange = () => this.host.requestUpdate();
  private waiting: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    private readonly idOf: () => unknown,
    private readonly wrappersOf: () => readonly Element[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A diagnosis on the page is the browser's: a pre-rendered cost shows it after hydrating.
    afterHydration(this.host, () => this.follow());
  }

  hostDisconnected(): void {
    this.unfollow();
  }

  /** Call when `for` changed. */
  follow(): void {
    this.unfollow();
    const id = trimmedTextOf(this.idOf());
    if (!id || !this.host.isConnected) return;
    const doc = this.host.ownerDocument;
    const find = () => {
      this.waiting = undefined;
      if (!this.host.isConnected || trimmedTextOf(this.idOf()) !== id) return;
      const root = this.host.getRootNode() as Document | ShadowRoot;
      const found = root.getElementById?.(id) ?? doc.getElementById(id);
      if (!found || found.localName !== 'door-diagnosis') {
        const message = found
          ? `expected the id of a <door-diagnosis>; "${id.slice(0, 40)}" is a <${found.localName}>`
          : `expected the id of a <door-diagnosis> on this page; none has id "${id.slice(0, 40)}"`;
        warnOnce(`<repair-cost> for="${id.slice(0, 40)}": ${message}.`);
        this.host.dispatchEvent(new DoorConfigErrorEvent({ field: 'for', message }));
        return;
      }
      this.target = found;
      found.addEventListener('door-result-change', this.onTargetChange);
      found.addEventListener('door-answer-change', this.onTargetChange);
      void customElements.whenDefined('door-diagnosis').then(() => this.host.requestUpdate());
      this.host.requestUpdate();
    };
    if (doc.readyState === 'loading') {
      doc.addEventListener('DOMContentLoaded', find, { once: true });
      this.waiting = () => doc.removeEventListener('DOMContentLoaded', find);
    } else {
      find();
    }
  }

  private unfollow(): void {
    this.waiting?.();
    this.waiting = undefined;
    this.target?.removeEventListener('door-result-change', this.onTargetChange);
    this.target?.removeEventListener('door-answer-change', this.onTargetChange);
    this.target = null;
  }

  /** The followed diagnosis now, or undefined. */
  get current(): { result: DiagnosisResult; answers: Answers } | undefined {
    if (trimmedTextOf(this.idOf())) return readDiagnosis(this.target);
    for (const wrapper of this.wrappersOf()) {
      const found = readDiagnosis(wrapper.querySelector('door-diagnosis'));
      if (found) return found;
    }
    return undefined;
  }
}
