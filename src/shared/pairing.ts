import { enclosingWrappers, readSetting, rootsOf } from './platform/dom.js';
import { trimmedTextOf } from '../logic/input.js';
import type { PriceList } from '../logic/prices.js';
import type { ConfigErrorDetail } from './events.js';

/**
 * The one pairing rule between a `<repair-cost>` and the `<door-diagnosis>` it follows, read by
 * both elements (the cost to follow, the diagnosis to offer "What it costs"):
 * 1. the `<door-diagnosis>` its `for` names (and nothing else when `for` is given);
 * 2. else the first `<door-diagnosis>` inside its nearest `<door-help>` that holds one;
 * 3. else the only `<door-diagnosis>` on the page (a help-centre article with one of each).
 */
export function pairedDiagnosis(cost: Element): Element | null {
  const id = forOf(cost);
  if (id) {
    const found = byId(cost, id);
    return found?.localName === 'door-diagnosis' ? found : null;
  }
  for (const wrapper of enclosingWrappers(cost)) {
    const inside = wrapper.querySelector('door-diagnosis');
    if (inside) return inside;
  }
  const all = new Set(rootsOf(cost).flatMap((root) => [...(root as ParentNode).querySelectorAll('door-diagnosis')]));
  return all.size === 1 ? [...all][0]! : null;
}

/** The `<repair-cost>` elements that follow this diagnosis by the rule above, in page order. */
export function pairedCosts(diagnosis: Element): Element[] {
  const costs = new Set(rootsOf(diagnosis).flatMap((root) => [...(root as ParentNode).querySelectorAll('repair-cost')]));
  return [...costs].filter((cost) => pairedDiagnosis(cost) === diagnosis);
}

/** The id a cost's `for` names (a property a framework set, or the attribute), trimmed. */
export function forOf(cost: Element): string | undefined {
  return trimmedTextOf(readSetting(cost, 'htmlFor', 'for'));
}

/** The element with this id in the cost's own root, else in its document. */
export function byId(from: Element, id: string): Element | null {
  const root = from.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? from.ownerDocument.getElementById(id);
}

/** The signal a diagnosis sends its document when its result or answers changed. */
const DIAGNOSIS_SIGNAL = 'door-help:diagnosis';

/** A diagnosis's change, as its followers receive it. */
class DiagnosisSignal extends Event {
  constructor(readonly source: Element) {
    super(DIAGNOSIS_SIGNAL);
  }
}

/**
 * Sent by a diagnosis when what a follower reads (`result`, `answers`) changed. On the document,
 * not bubbling from the element: a follower may sit in another shadow root, and a copy of this
 * module in a second bundle on the page sends and hears the same event name.
 */
export function signalDiagnosisChange(diagnosis: Element): void {
  if (diagnosis.isConnected) diagnosis.ownerDocument.dispatchEvent(new DiagnosisSignal(diagnosis));
}

/** Calls back with each diagnosis that changed on this element's document; returns the unsubscribe. */
export function onDiagnosisChange(element: Element, callback: (diagnosis: Element) => void): () => void {
  const doc = element.ownerDocument;
  const listener = (event: Event) => {
    const source = (event as Partial<DiagnosisSignal>).source;
    if (source && typeof source === 'object') callback(source);
  };
  doc.addEventListener(DIAGNOSIS_SIGNAL, listener);
  return () => doc.removeEventListener(DIAGNOSIS_SIGNAL, listener);
}

/** A wrapper's validated price list as the cost elements inside it read it. */
export interface LentPrices {
  readonly prices?: PriceList | undefined;
  readonly error?: ConfigErrorDetail | undefined;
}

/** On a global symbol, so a cost element of another door-help copy on the page finds it too. */
const LENT_PRICES = Symbol.for('door-help/lent-prices@1');

/** A `<door-help>` wrapper lends its price list to the cost elements inside it (read when they render). */
export function lendPrices(wrapper: Element, read: () => LentPrices): void {
  Object.defineProperty(wrapper, LENT_PRICES, { value: read, configurable: true });
}

/** The price list a wrapper lends, or undefined for any other element (read as an own property only). */
export function lentPrices(wrapper: Element): LentPrices | undefined {
  const read: unknown = Object.hasOwn(wrapper, LENT_PRICES) ? (wrapper as unknown as Record<symbol, unknown>)[LENT_PRICES] : undefined;
  return typeof read === 'function' ? (read as () => LentPrices)() : undefined;
}
