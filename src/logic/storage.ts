/**
 * Session storage that never throws. Hosts block storage (privacy modes, sandboxed iframes, a full
 * quota, a deleted global); then state lives in memory for the life of the page. It stores text
 * only: callers encode with src/logic/reader-state.ts, which never relies on `JSON.stringify` of
 * arrays (a page's `Array.prototype.toJSON` would change them).
 */
export interface SafeStorage {
  read(key: string): string | undefined;
  write(key: string, value: string): void;
  remove(key: string): void;
}

/** Values whose last write to storage failed; they are read from here until a write succeeds. */
const memory = new Map<string, string>();

function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export const safeSessionStorage: SafeStorage = {
  read(key) {
    if (memory.has(key)) return memory.get(key);
    try {
      return sessionStore()?.getItem(key) ?? undefined;
    } catch {
      // Reading can throw (SecurityError): nothing stored.
      return undefined;
    }
  },
  write(key, value) {
    try {
      const store = sessionStore();
      if (!store) throw new Error('no session storage');
      store.setItem(key, value);
      memory.delete(key);
    } catch {
      // Missing, blocked or full: memory keeps it for the life of the page.
      memory.set(key, value);
    }
  },
  remove(key) {
    memory.delete(key);
    try {
      sessionStore()?.removeItem(key);
    } catch {
      // Nothing to do: memory is already cleared.
    }
  },
};
