import { safeSessionStorage } from '../../logic/storage.js';

/**
 * The reader's state (answers, ticks, a region choice) by kind and storage key: one value per kind
 * and key for the whole page, kept in session storage (in memory where storage is blocked). Two
 * elements with the same key show the same state of a kind and follow each other's changes
 * instead of overwriting them; a diagnosis and a steps list given one key keep apart.
 * It lives on a global symbol so that two copies of door-help on one page share it too.
 */
interface SessionState {
  listeners: Map<string, Set<() => void>>;
}

const KEY = Symbol.for('door-help/session-state@1');

function state(): SessionState {
  const global = globalThis as unknown as Record<symbol, SessionState | undefined>;
  return (global[KEY] ??= { listeners: new Map() });
}

/** Session key of the region the reader chose ("Not in the UK? Choose your country"). */
export const READER_REGION_KEY = 'door-help:region';

/** What a stored value holds. Each kind has its own storage slot, so kinds never overwrite each other. */
export type StateKind = 'answers' | 'ticks' | 'region';

/** The stored format; a value of another version (or written by another script) is ignored. */
const FORMAT = 1;

/** Where a kind of value for a page's key lives in session storage. */
export const slotOf = (kind: StateKind, key: string) => `${key}|${kind}@${FORMAT}`;

/** What every value of a kind starts with: a value without it is not ours, or not this format. */
const tagOf = (kind: StateKind) => `door-help/${kind}@${FORMAT}:`;

/** The stored text for a key, or undefined: also for a value of another kind, version or origin. */
export function readState(kind: StateKind, key: string): string | undefined {
  const stored = safeSessionStorage.read(slotOf(kind, key));
  const tag = tagOf(kind);
  return stored?.startsWith(tag) ? stored.slice(tag.length) : undefined;
}

/** Stores (or, with undefined, removes) the text for a key and tells every element using it. */
export function writeState(kind: StateKind, key: string, value: string | undefined): void {
  const slot = slotOf(kind, key);
  if (value === undefined) safeSessionStorage.remove(slot);
  else safeSessionStorage.write(slot, tagOf(kind) + value);
  for (const listener of [...(state().listeners.get(slot) ?? [])]) listener();
}

/** Calls `listener` whenever the key's value of that kind is written; returns the unsubscribe function. */
export function watchState(kind: StateKind, key: string, listener: () => void): () => void {
  const { listeners } = state();
  const slot = slotOf(kind, key);
  let set = listeners.get(slot);
  if (!set) listeners.set(slot, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (!set.size) listeners.delete(slot);
  };
}

/**
 * Follows one storage key for a controller: reads it now and again whenever any element writes
 * it; `follow` switches to another key (a framework may set `storage-key` after connecting).
 */
export class FollowedKey {
  key: string | undefined;
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly kind: StateKind,
    private readonly onValue: (text: string | undefined) => void,
  ) {}

  follow(key: string): void {
    if (key === this.key) return;
    this.unwatch?.();
    this.key = key;
    this.unwatch = watchState(this.kind, key, () => this.onValue(readState(this.kind, key)));
    this.onValue(readState(this.kind, key));
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = undefined;
    this.key = undefined;
  }
}
