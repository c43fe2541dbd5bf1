/**
 * What the library does when part of the page fails to draw the open map: nothing more is written, not
 * even changes waiting for the debounce or a closing tab, and the next visit leaves that map unopened
 * (and untouched) until the user opens it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { initialKeepState } from "../../src/store/persistence/keep-store";
import { mapKey, RENDER_FAILURES_KEY } from "../../src/store/persistence/storage-keys";
import { MemoryStorage } from "../../src/store/persistence/storage-port";
import { appForEachTest } from "../helpers/test-app";

const current = appForEachTest();
const startKeep = current.startKeep;

let storage: MemoryStorage;

function start() {
  return startKeep({ openStorage: () => ({ kind: "browser", storage }) });
}

const rename = (title: string) =>
  current.app.stores.document.getState().applyEdit((doc) => ({ ...doc, map: { ...doc.map, title } }));

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  current.app.stores.document.setState(current.app.stores.document.getInitialState(), true);
  current.app.stores.keep.setState(initialKeepState, true);
});

afterEach(() => {
  current.app.stop();
  vi.useRealTimers();
});

describe("after a part of the page failed to draw", () => {
  it("writes nothing more, keeps the map on screen, and the next visit does not open it", () => {
    start();
    const id = current.app.stores.keep.getState().openId as string;
    const stored = storage.getItem(mapKey(id));
    rename("Pending when it broke");
    current.app.keep.renderFailed("Cannot read properties of undefined");
    rename("Edited after it broke");
    vi.advanceTimersByTime(10_000);
    current.app.keep.flush();
    current.app.keep.pageHidden();
    expect(storage.getItem(mapKey(id))).toBe(stored);
    expect(storage.length).toBe(4);
    expect(current.app.stores.keep.getState().status.state).toBe("stopped");
    expect(current.app.stores.document.getState().doc.map.title).toBe("Edited after it broke");

    current.app.stop();
    current.app.stores.document.setState(current.app.stores.document.getInitialState(), true);
    current.app.stores.keep.setState(initialKeepState, true);
    start();
    expect(current.app.stores.keep.getState().failedMaps).toEqual([
      { id, title: "Pending when it broke", message: "Cannot read properties of undefined" },
    ]);
    expect(current.app.stores.document.getState().libraryId).toBeNull();
    expect(current.app.stores.document.getState().doc.map.title).toBe("No map open");
    expect(storage.getItem(mapKey(id))).toBe(stored);

    current.app.keep.openMap(id);
    expect(current.app.stores.document.getState().libraryId).toBe(id);
    expect(current.app.stores.keep.getState().failedMaps).toEqual([]);
    expect(storage.getItem(RENDER_FAILURES_KEY)).toBeNull();
  });

  it("opens another stored map instead, when there is one", () => {
    start();
    const first = current.app.stores.keep.getState().openId as string;
    current.app.keep.createBlankMap();
    const second = current.app.stores.keep.getState().openId as string;
    current.app.keep.renderFailed("boom");
    current.app.stop();
    current.app.stores.document.setState(current.app.stores.document.getInitialState(), true);
    current.app.stores.keep.setState(initialKeepState, true);
    start();
    expect(current.app.stores.document.getState().libraryId).toBe(first);
    expect(current.app.stores.keep.getState().failedMaps.map((failure) => failure.id)).toEqual([second]);
  });
});
