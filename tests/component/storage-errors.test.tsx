/**
 * When browser storage fails in the middle of a library action, the user is told what did and did not
 * happen: a map is called deleted only when it is gone, and a listing cut short says so.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { initialKeepState } from "../../src/store/persistence/keep-store";
import { entryKey, mapKey } from "../../src/store/persistence/storage-keys";
import { appForEachTest } from "../helpers/test-app";
import { FlakyStorage } from "../unit/persistence/flaky-storage";

const current = appForEachTest();
const startKeep = current.startKeep;

let storage: FlakyStorage;

beforeEach(() => {
  vi.useFakeTimers();
  storage = new FlakyStorage();
  current.app.stores.document.setState(current.app.stores.document.getInitialState(), true);
  current.app.stores.keep.setState(initialKeepState, true);
  startKeep({ openStorage: () => ({ kind: "browser", storage }) });
});

afterEach(() => {
  current.app.stop();
  vi.useRealTimers();
});

describe("storage failing during a library action", () => {
  it("does not call a map deleted that storage would not remove, and keeps it open", () => {
    const id = current.app.stores.keep.getState().openId as string;
    const stored = storage.getItem(mapKey(id));
    storage.failRemoves = (key) => key === entryKey(id);
    current.app.keep.deleteMap(id);
    const { deleted, entries, openId } = current.app.stores.keep.getState();
    const notice = current.app.stores.notices.getState().lasting;
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
    current.app.keep.refresh();
    expect(current.app.stores.keep.getState().listFailure).toBe("browser storage cannot be used");
    storage.failReads = false;
    current.app.keep.refresh();
    expect(current.app.stores.keep.getState().listFailure).toBeNull();
  });

  it("says what an undo of a delete could not put back", () => {
    const id = current.app.stores.keep.getState().openId as string;
    current.app.keep.deleteMap(id);
    expect(current.app.stores.keep.getState().deleted?.id).toBe(id);
    storage.failWrites = "quota";
    current.app.keep.undoDelete();
    expect(current.app.stores.notices.getState().lasting?.message).toContain(
      "could not be brought back: browser storage is full",
    );
  });
});
