import { safeSessionStorage } from '../logic/storage.js';

/**
 * The reader's state (answers, ticks, a region choice) by storage key: one value per key for the
 * whole page, kept in session storage (in memory where storage is blocked). Two elements with the
 * same key show the same state and follow each other's changes instead of overwriting them.
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

/** The stored text for a key, or undefined. */
export function readState(key: string): string | undefined {
  return safeSessionStorage.read(key);
}

/** Stores (or, with undefined, removes) the text for a key and tells every element using it. */
export function writeState(key: string, value: string | undefined): void {
  if (value === undefined) safeSessionStorage.remove(key);
  else safeSessionStorage.write(key, value);
  for (const listener of [...(state().listeners.get(key) ?? [])]) listener();
}

/** Calls `listener` whenever the key's value is written; returns the unsubscribe function. */
export function watchState(key: string, listener: () => void): () => void {
  const { listeners } = state();
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (!set.size) listeners.delete(key);
  };
}

/**
 * Follows one storage key for a controller: reads it now and again whenever any element writes
 * it; `follow` switches to another key (a framework may set `storage-key` after connecting).
 */
export class FollowedKey {
  key: string | undefined;
  private unwatch: (() => void) | undefined;

  constructor(private readonly onValue: (text: string | undefined) => void) {}

  follow(key: string): void {
    if (key === this.key) return;
    this.unwatch?.();
    this.key = key;
    this.unwatch = watchState(key, () => this.onValue(readState(key)));
    this.onValue(readState(key));
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = undefined;
    this.key = undefined;
  }
}
