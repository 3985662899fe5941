import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answers, DiagnosisResult } from '../../logic/diagnose.js';
import { DoorConfigErrorEvent } from '../../shared/events.js';
import { warnOnce } from '../../shared/platform/warn.js';
import { afterHydration, awaitingHydration } from '../../shared/element/hydration.js';
import { byId, forOf, onDiagnosisChange, pairedDiagnosis } from '../../shared/pairing.js';

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
 * The diagnosis a `<repair-cost>` follows, by the pairing rule both elements share
 * (src/shared/pairing.ts), kept current by the diagnosis's own change signal. A `for` that names
 * no `<door-diagnosis>` (a page's own form, say) is refused with one message.
 */
export class DiagnosisSourceController implements ReactiveController {
  /** The diagnosis shown at the last render: a change to it re-renders, even after the pairing moved. */
  private shown: Element | null = null;
  private cleanups: (() => void)[] = [];
  /** The `for` last checked: connecting and the first update both ask, the page hears once. */
  private checked: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.cleanups.push(
      onDiagnosisChange(this.host, (diagnosis) => {
        if (diagnosis === this.shown || diagnosis === pairedDiagnosis(this.host)) this.host.requestUpdate();
      }),
    );
    // A diagnosis on the page is the browser's: a pre-rendered cost shows it after hydrating.
    afterHydration(this.host, () => {
      this.checkFor();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.cleanups.forEach((cleanup) => cleanup());
    this.cleanups = [];
  }

  /**
   * Call when `for` changed: a `for` that names no diagnosis is said once the page has parsed.
   * Connecting and the first update both ask for the same `for`: said once; a `for` set again
   * later is checked again (`again`).
   */
  checkFor(again = false): void {
    const id = forOf(this.host);
    if (!id || !this.host.isConnected || (id === this.checked && !again)) return;
    const doc = this.host.ownerDocument;
    if (doc.readyState === 'loading') {
      const later = () => this.checkFor();
      doc.addEventListener('DOMContentLoaded', later, { once: true });
      this.cleanups.push(() => doc.removeEventListener('DOMContentLoaded', later));
      return;
    }
    this.checked = id;
    const found = byId(this.host, id);
    if (found?.localName === 'door-diagnosis') return;
    const message = found
      ? `expected the id of a <door-diagnosis>; "${id.slice(0, 40)}" is a <${found.localName}>`
      : `expected the id of a <door-diagnosis> on this page; none has id "${id.slice(0, 40)}"`;
    warnOnce(`<repair-cost> for="${id.slice(0, 40)}": ${message}.`);
    this.host.dispatchEvent(new DoorConfigErrorEvent({ field: 'for', message }));
  }

  /**
   * The followed diagnosis now, or undefined. Read while rendering: only once connected, and not
   * for a pre-rendered cost's first update (the server followed no diagnosis).
   */
  get current(): { result: DiagnosisResult; answers: Answers } | undefined {
    this.shown = this.host.isConnected && !awaitingHydration(this.host) ? pairedDiagnosis(this.host) : null;
    return readDiagnosis(this.shown);
  }
}
