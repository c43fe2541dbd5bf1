/**
 * When browser storage fails in the middle of a library action, the user is told what did and did not
 * happen: a map is called deleted only when it is gone, and a listing cut short says so.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useDocumentStore, useKeepStore } from "../../src/store/app-stores";
import { initialKeepState } from "../../src/store/persistence/keep-store";
import { keepSession, startKeep, stopKeep } from "../../src/store/persistence/start-keep";
import { entryKey, mapKey } from "../../src/store/persistence/storage-keys";
import { FlakyStorage } from "../unit/persistence/flaky-storage";

let storage: FlakyStorage;

beforeEach(() => {
  vi.useFakeTimers();
  storage = new FlakyStorage();
  useDocumentStore.setState(useDocumentStore.getInitialState(), true);
  useKeepStore.setState(initialKeepState, true);
  startKeep({ openStorage: () => ({ kind: "browser", storage }) });
});

afterEach(() => {
  stopKeep();
  vi.useRealTimers();
});

describe("storage failing during a library action", () => {
  it("does not call a map deleted that storage would not remove, and keeps it open", () => {
    const id = useKeepStore.getState().openId as string;
    const stored = storage.getItem(mapKey(id));
    storage.failRemoves = (key) => key === entryKey(id);
    keepSession()?.deleteMap(id);
    const { deleted, notice, entries, openId } = useKeepStore.getState();
    expect(deleted).toBeNull();
    expect(notice?.message).toMatch(
      /was not deleted: browser storage cannot be used\. It is still in the library/,
    );
    expect(entries.map((entry) => entry.id)).toEqual([id]);
    expect(openId).toBe(id);
    expect(storage.getItem(mapKey(id))).toBe(stored);
  });

  it("says when the library could not be listed in full", () => {
    storage.failReads = true;
    keepSession()?.refresh();
    expect(useKeepStore.getState().listFailure).toBe("browser storage cannot be used");
    storage.failReads = false;
    keepSession()?.refresh();
    expect(useKeepStore.getState().listFailure).toBeNull();
  });

  it("says what an undo of a delete could not put back", () => {
    const id = useKeepStore.getState().openId as string;
    keepSession()?.deleteMap(id);
    expect(useKeepStore.getState().deleted?.id).toBe(id);
    storage.failWrites = "quota";
    keepSession()?.undoDelete();
    expect(useKeepStore.getState().notice?.message).toContain(
      "could not be brought back: browser storage is full",
    );
  });
});
