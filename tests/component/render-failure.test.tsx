/**
 * What the library does when part of the page fails to draw the open map: nothing more is written, not
 * even changes waiting for the debounce or a closing tab, and the next visit leaves that map unopened
 * (and untouched) until the user opens it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useDocumentStore, useKeepStore } from "../../src/store/app-stores";
import { initialKeepState } from "../../src/store/persistence/keep-store";
import { keepSession, startKeep, stopKeep } from "../../src/store/persistence/start-keep";
import { mapKey, RENDER_FAILURES_KEY } from "../../src/store/persistence/storage-keys";
import { MemoryStorage } from "../../src/store/persistence/storage-port";

let storage: MemoryStorage;

function start() {
  return startKeep({ openStorage: () => ({ kind: "browser", storage }) });
}

const rename = (title: string) =>
  useDocumentStore.getState().applyEdit((doc) => ({ ...doc, map: { ...doc.map, title } }));

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  useDocumentStore.setState(useDocumentStore.getInitialState(), true);
  useKeepStore.setState(initialKeepState, true);
});

afterEach(() => {
  stopKeep();
  vi.useRealTimers();
});

describe("after a part of the page failed to draw", () => {
  it("writes nothing more, keeps the map on screen, and the next visit does not open it", () => {
    start();
    const id = useKeepStore.getState().openId as string;
    const stored = storage.getItem(mapKey(id));
    rename("Pending when it broke");
    keepSession()?.renderFailed("Cannot read properties of undefined");
    rename("Edited after it broke");
    vi.advanceTimersByTime(10_000);
    keepSession()?.flush();
    keepSession()?.pageHidden();
    expect(storage.getItem(mapKey(id))).toBe(stored);
    expect(storage.length).toBe(4);
    expect(useKeepStore.getState().status.state).toBe("stopped");
    expect(useDocumentStore.getState().doc.map.title).toBe("Edited after it broke");

    stopKeep();
    useDocumentStore.setState(useDocumentStore.getInitialState(), true);
    useKeepStore.setState(initialKeepState, true);
    start();
    expect(useKeepStore.getState().failedMaps).toEqual([
      { id, title: "Pending when it broke", message: "Cannot read properties of undefined" },
    ]);
    expect(useDocumentStore.getState().libraryId).toBeNull();
    expect(useDocumentStore.getState().doc.map.title).toBe("No map open");
    expect(storage.getItem(mapKey(id))).toBe(stored);

    keepSession()?.openMap(id);
    expect(useDocumentStore.getState().libraryId).toBe(id);
    expect(useKeepStore.getState().failedMaps).toEqual([]);
    expect(storage.getItem(RENDER_FAILURES_KEY)).toBeNull();
  });

  it("opens another stored map instead, when there is one", () => {
    start();
    const first = useKeepStore.getState().openId as string;
    keepSession()?.createBlankMap();
    const second = useKeepStore.getState().openId as string;
    keepSession()?.renderFailed("boom");
    stopKeep();
    useDocumentStore.setState(useDocumentStore.getInitialState(), true);
    useKeepStore.setState(initialKeepState, true);
    start();
    expect(useDocumentStore.getState().libraryId).toBe(first);
    expect(useKeepStore.getState().failedMaps.map((failure) => failure.id)).toEqual([second]);
  });
});
