/**
 * The one door to browser storage. Everything here treats storage as hostile: reading `localStorage`
 * can throw (disabled cookies, sandboxed frames), so can every call on it (private modes, a full quota).
 * Callers get errors sorted into what the user needs to hear, never a raw exception.
 */

/** The part of the Web Storage API Warrant uses; tests pass stubs that count, fail or share. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageFailure = "quota" | "unavailable";

/**
 * Browsers name a full quota differently (Firefox once used its own name and code 1014); anything else a
 * storage call throws means storage cannot be used right now.
 */
export function classifyStorageError(error: unknown): StorageFailure {
  if (typeof error === "object" && error !== null) {
    const { name, code } = error as { name?: unknown; code?: unknown };
    if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED") return "quota";
    if (code === 22 || code === 1014) return "quota";
  }
  return "unavailable";
}

/**
 * Storage that lives as long as the tab: used when the browser gives none, so the app still works.
 * With `quotaChars` it refuses writes the way browsers do, counting the characters of keys and values
 * (browsers allow about 5 million), for tests and benchmarks.
 */
export class MemoryStorage implements StorageLike {
  private readonly items = new Map<string, string>();
  private used = 0;
  constructor(private readonly quotaChars = Number.POSITIVE_INFINITY) {}
  get length(): number {
    return this.items.size;
  }
  /** Characters held, keys included. */
  get usedChars(): number {
    return this.used;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const text = String(value);
    const before = this.items.get(key);
    const after =
      this.used - (before === undefined ? 0 : key.length + before.length) + key.length + text.length;
    if (after > this.quotaChars) {
      throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, "QuotaExceededError");
    }
    this.items.set(key, text);
    this.used = after;
  }
  removeItem(key: string): void {
    const before = this.items.get(key);
    if (before === undefined) return;
    this.items.delete(key);
    this.used -= key.length + before.length;
  }
}

export type OpenedStorage =
  | { kind: "browser"; storage: StorageLike }
  | { kind: "memory"; storage: StorageLike; reason: string };

const PROBE_KEY = "warrant:probe";

/**
 * Tries the browser's storage once, writing and removing a probe. A full quota still counts as usable:
 * reading works and the autosave reports the quota when it writes.
 */
export function openBrowserStorage(getStorage: () => StorageLike | null | undefined): OpenedStorage {
  let storage: StorageLike | null | undefined;
  try {
    storage = getStorage();
  } catch (error) {
    return memory(`the browser refuses access to its storage (${describeError(error)})`);
  }
  if (!storage) return memory("this browser offers no local storage");
  try {
    storage.setItem(PROBE_KEY, "1");
    storage.removeItem(PROBE_KEY);
  } catch (error) {
    if (classifyStorageError(error) === "unavailable") {
      return memory(`the browser's storage does not accept writes (${describeError(error)})`);
    }
  }
  return { kind: "browser", storage };
}

function memory(reason: string): OpenedStorage {
  return { kind: "memory", storage: new MemoryStorage(), reason };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== "Error" ? error.name : error.message;
  return String(error);
}
