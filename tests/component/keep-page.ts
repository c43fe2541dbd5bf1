/**
 * A page for the library's session tests: fake timers and a fresh storage stub before each test, and a
 * fresh app for each visit, its library bound to the page as main.tsx binds it; stopped after the test.
 * `storage()` is the current test's storage, `app()` the current visit's app.
 */
import { afterEach, beforeEach, vi } from "vitest";
import type { App } from "../../src/app/create-app";
import { MemoryStorage } from "../../src/store/persistence/storage-port";
import { bindKeepToPage } from "../../src/ui/startup/bind-keep-to-page";
import { stopTestApps, testApp } from "../helpers/test-app";

export function keepPage(): { storage(): MemoryStorage; app(): App; visit(): App } {
  let storage = new MemoryStorage();
  let current: App | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
    storage = new MemoryStorage();
    current = null;
  });
  afterEach(() => {
    stopTestApps();
    vi.useRealTimers();
  });
  return {
    storage: () => storage,
    app: () => {
      if (!current) throw new Error("no visit yet");
      return current;
    },
    /** A visit to the page: the last visit's app stops, a new one starts its library on the same storage. */
    visit: () => {
      current?.stop();
      current = testApp({
        keep: { openStorage: () => ({ kind: "browser", storage }) },
        bindPage: bindKeepToPage,
      });
      current.startKeep();
      return current;
    },
  };
}
