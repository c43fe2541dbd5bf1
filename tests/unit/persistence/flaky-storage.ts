/** A storage stub for the persistence tests: it can be told to fail, and reports every write. */

import type { ArgumentMap } from "../../../src/model/schema";
import { MemoryStorage, type StorageLike } from "../../../src/store/persistence/storage-port";
import { smallMap } from "../../helpers/small-map";

export type Failure = "quota" | "unavailable" | null;

export class FlakyStorage implements StorageLike {
  readonly inner: MemoryStorage;
  failWrites: Failure = null;
  failReads = false;
  /** Keys whose removal throws, as storage does when it becomes unavailable mid-way. */
  failRemoves: (key: string) => boolean = () => false;
  /** Keys written, in order. */
  readonly writes: string[] = [];
  /** Runs inside `setItem` after the value is stored, to act in the middle of a save. */
  onSet: ((key: string) => void) | undefined;

  constructor(quotaChars?: number) {
    this.inner = new MemoryStorage(quotaChars);
  }
  get length(): number {
    return this.inner.length;
  }
  key(index: number): string | null {
    return this.inner.key(index);
  }
  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException("The operation is insecure.", "SecurityError");
    return this.inner.getItem(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites === "quota") throw new DOMException("quota", "QuotaExceededError");
    if (this.failWrites === "unavailable") throw new DOMException("insecure", "SecurityError");
    this.inner.setItem(key, value);
    this.writes.push(key);
    this.onSet?.(key);
  }
  removeItem(key: string): void {
    if (this.failRemoves(key)) throw new DOMException("insecure", "SecurityError");
    this.inner.removeItem(key);
  }
}

export function titled(title: string, from: ArgumentMap = smallMap()): ArgumentMap {
  return { ...from, map: { ...from.map, title } };
}
