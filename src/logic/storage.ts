/**
 * Session storage that never throws. Hosts block storage (privacy modes, sandboxed iframes, a full
 * quota, a deleted global); then state lives in memory for the life of the page.
 */
export interface SafeStorage {
  read<T>(key: string, isValid: (value: unknown) => value is T): T | undefined;
  write(key: string, value: unknown): void;
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
  read(key, isValid) {
    let raw: string | null | undefined = memory.get(key);
    if (raw === undefined) {
      try {
        raw = sessionStore()?.getItem(key);
      } catch {
        // Reading can throw (SecurityError): nothing stored.
      }
    }
    if (raw == null) return undefined;
    try {
      const value: unknown = JSON.parse(raw);
      return isValid(value) ? value : undefined;
    } catch {
      return undefined;
    }
  },
  write(key, value) {
    const raw = JSON.stringify(value);
    try {
      const store = sessionStore();
      if (!store) throw new Error('no session storage');
      store.setItem(key, raw);
      memory.delete(key);
    } catch {
      // Missing, blocked or full: memory keeps it for the life of the page.
      memory.set(key, raw);
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

export const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
