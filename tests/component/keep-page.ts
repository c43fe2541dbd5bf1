/**
 * A page for the library's session tests: fake timers, fresh stores and a fresh storage stub before each
 * test, the session stopped after it. `storage()` is the current test's storage.
 */
import { afterEach, beforeEach, vi } from "vitest";
import { useDocumentStore, useKeepStore } from "../../src/store/app-stores";
import type { KeepSession } from "../../src/store/persistence/keep-session";
import { initialKeepState } from "../../src/store/persistence/keep-store";
import { startKeep, stopKeep } from "../../src/store/persistence/start-keep";
import { MemoryStorage } from "../../src/store/persistence/storage-port";

export function keepPage(): { storage(): MemoryStorage; visit(): KeepSession } {
  let storage = new MemoryStorage();
  const fresh = () => {
    useDocumentStore.setState(useDocumentStore.getInitialState(), true);
    useKeepStore.setState(initialKeepState, true);
  };
  beforeEach(() => {
    vi.useFakeTimers();
    storage = new MemoryStorage();
    fresh();
  });
  afterEach(() => {
    stopKeep();
    vi.useRealTimers();
  });
  return {
    storage: () => storage,
    /** A visit to the page: the last visit's session ends, the stores start afresh, the library starts. */
    visit: () => {
      stopKeep();
      fresh();
      return startKeep({ openStorage: () => ({ kind: "browser", storage }) });
    },
  };
}
