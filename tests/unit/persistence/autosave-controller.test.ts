/**
 * The autosave controller with fake timers and a storage stub that fails on demand: when it writes,
 * what it keeps when a write fails, and what it refuses to write over.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutosaveController } from "../../../src/store/persistence/autosave-controller";
import { MapLibrary } from "../../../src/store/persistence/map-library";
import { mapKey } from "../../../src/store/persistence/storage-keys";
import { encodeStoredMap } from "../../../src/store/persistence/stored-map-codec";
import { smallMap } from "../../helpers/small-map";
import { FlakyStorage, titled } from "./flaky-storage";

function setup(storage = new FlakyStorage()) {
  const library = new MapLibrary(storage, { newId: () => "m1" });
  const controller = new AutosaveController({ target: library });
  return { storage, library, controller };
}

const storedTitle = (library: MapLibrary, id = "m1") => {
  const read = library.read(id);
  return read.ok ? read.doc.map.title : `(${read.reason})`;
};

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe("the autosave controller", () => {
  it("writes nothing before the library has opened a map", () => {
    const { storage, controller } = setup();
    controller.change(titled("too early"));
    vi.advanceTimersByTime(10_000);
    expect(controller.flush()).toBe(true);
    expect(storage.writes).toEqual([]);
    expect(controller.status).toEqual({ state: "idle" });
  });

  it("writes once after a pause in the changes, not on every change", () => {
    const { storage, library, controller } = setup();
    library.create(smallMap());
    controller.open("m1", smallMap(), 1);
    storage.writes.length = 0;
    for (const title of ["a", "ab", "abc"]) {
      controller.change(titled(title));
      vi.advanceTimersByTime(200);
    }
    expect(storage.writes).toEqual([]);
    expect(controller.status.state).toBe("pending");
    vi.advanceTimersByTime(100);
    expect(storage.writes.filter((key) => key === mapKey("m1"))).toHaveLength(1);
    expect(storedTitle(library)).toBe("abc");
    expect(controller.status).toMatchObject({ state: "saved" });
  });

  it("is quiet exactly when no write is still to come", () => {
    const { library, controller } = setup();
    expect(controller.quiet).toBe(true);
    library.create(smallMap());
    controller.open("m1", smallMap(), 1);
    expect(controller.quiet).toBe(true);
    controller.change(titled("typed"));
    expect(controller.quiet).toBe(false);
    vi.advanceTimersByTime(300);
    expect(controller.quiet).toBe(true);
    expect(storedTitle(library)).toBe("typed");
    controller.change(titled("broke"));
    controller.stopAfterError("a test fault");
    expect(controller.quiet).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(storedTitle(library)).toBe("typed");
  });

  it("writes at once on flush (the page is hidden or closed)", () => {
    const { library, controller } = setup();
    library.create(smallMap());
    controller.open("m1", smallMap(), 1);
    controller.change(titled("leaving"));
    expect(controller.flush()).toBe(true);
    expect(storedTitle(library)).toBe("leaving");
  });

  it("saves a change made while a write is under way after that write", () => {
    const { storage, library, controller } = setup();
    library.create(smallMap());
    controller.open("m1", smallMap(), 1);
    const later = titled("made during the write");
    storage.onSet = (key) => {
      if (key !== mapKey("m1")) return;
      storage.onSet = undefined;
      controller.change(later);
    };
    controller.change(titled("first"));
    expect(controller.flush()).toBe(false);
    expect(storedTitle(library)).toBe("first");
    expect(controller.status.state).toBe("pending");
    vi.advanceTimersByTime(300);
    expect(storedTitle(library)).toBe("made during the write");
    expect(controller.hasUnsavedChanges()).toBe(false);
  });

  it("keeps the map in memory when the quota is full, says so, and retries later", () => {
    const { storage, library, controller } = setup();
    library.create(smallMap());
    controller.open("m1", smallMap(), 1);
    storage.failWrites = "quota";
    const edited = titled("not yet stored");
    controller.change(edited);
    vi.advanceTimersByTime(300);
    expect(controller.status).toMatchObject({ state: "unsaved", reason: "quota" });
    expect(controller.document).toBe(edited);
    expect(storedTitle(library)).toBe("School uniforms");
    vi.advanceTimersByTime(2_000);
    expect(controller.status).toMatchObject({ state: "unsaved", reason: "quota" });
    storage.failWrites = null;
    vi.advanceTimersByTime(4_000);
    expect(controller.status).toMatchObject({ state: "saved" });
    expect(storedTitle(library)).toBe("not yet stored");
  });

  it("says when storage cannot be written at all", () => {
    const { storage, library, controller } = setup();
    library.create(smallMap());
    controller.open("m1", smallMap(), 1);
    storage.failWrites = "unavailable";
    controller.change(titled("x"));
    expect(controller.flush()).toBe(false);
    expect(controller.status).toMatchObject({ state: "unsaved", reason: "unavailable" });
  });

  it("never writes over a map stored in a newer format version", () => {
    const { storage, library, controller } = setup();
    library.create(smallMap());
    controller.open("m1", smallMap(), 1);
    const newer = { ...smallMap(), version: 4 } as unknown as ReturnType<typeof smallMap>;
    const raw = encodeStoredMap(newer, { revision: 1, savedAt: "", title: "newer" }).text;
    storage.setItem(mapKey("m1"), raw);
    library.read("m1");
    controller.change(titled("older app's edit"));
    vi.advanceTimersByTime(1_000);
    expect(controller.status).toMatchObject({ state: "blocked", reason: "newer" });
    expect(storage.getItem(mapKey("m1"))).toBe(raw);
  });

  it("never writes over corrupted data, which is backed up", () => {
    const { storage, library, controller } = setup();
    library.create(smallMap());
    controller.open("m1", smallMap(), 1);
    storage.setItem(mapKey("m1"), "\u0000garbled");
    controller.change(titled("edit"));
    vi.advanceTimersByTime(300);
    expect(controller.status).toMatchObject({ state: "blocked", reason: "unreadable" });
    expect(storage.getItem(mapKey("m1"))).toBe("\u0000garbled");
    expect(storage.getItem("warrant:backup:m1")).toBe("\u0000garbled");
    expect(controller.document?.map.title).toBe("edit");
  });

  it("writes a map whose first save failed as soon as storage accepts it", () => {
    const { storage, library, controller } = setup();
    storage.failWrites = "quota";
    const { id, result } = library.create(titled("imported"));
    expect(result.ok).toBe(false);
    controller.open(id, titled("imported"), 0, { unsaved: true });
    storage.failWrites = null;
    vi.advanceTimersByTime(300);
    expect(storedTitle(library, id)).toBe("imported");
  });
});

describe("two tabs sharing one storage", () => {
  function twoTabs() {
    const storage = new FlakyStorage();
    const library = new MapLibrary(storage, { newId: () => "m1" });
    library.create(smallMap());
    // Each tab has its own library (its own memory of blocked maps) over the same storage.
    const tabA = new AutosaveController({ target: new MapLibrary(storage) });
    const tabB = new AutosaveController({ target: new MapLibrary(storage) });
    tabA.open("m1", smallMap(), 1);
    tabB.open("m1", smallMap(), 1);
    return { storage, library, tabA, tabB };
  }

  it("does not let the older tab overwrite the newer work, and offers the newer version", () => {
    const { library, tabA, tabB } = twoTabs();
    tabA.change(titled("A's work"));
    expect(tabA.flush()).toBe(true);
    tabB.change(titled("B's work"));
    expect(tabB.flush()).toBe(false);
    expect(tabB.status).toMatchObject({ state: "conflict", storedRevision: 2 });
    expect(storedTitle(library)).toBe("A's work");
    // B's own edit is still in memory until B decides.
    expect(tabB.document?.map.title).toBe("B's work");
    vi.advanceTimersByTime(60_000);
    expect(storedTitle(library)).toBe("A's work");
    const adopted = tabB.adoptStored();
    expect(adopted).toMatchObject({ kind: "adopted", revision: 2 });
    tabB.change(titled("B after catching up"));
    expect(tabB.flush()).toBe(true);
    expect(storedTitle(library)).toBe("B after catching up");
  });

  it("catches up silently when the tab has nothing unsaved", () => {
    const { tabA, tabB } = twoTabs();
    tabA.change(titled("A's work"));
    tabA.flush();
    const caught = tabB.catchUp();
    expect(caught.kind === "adopted" && caught.doc.map.title).toBe("A's work");
    expect(tabB.status).toMatchObject({ state: "saved" });
    expect(tabA.catchUp()).toEqual({ kind: "current" });
  });

  it("notices when the other tab's simultaneous write replaced this tab's, and keeps this tab's work", () => {
    const { storage, library, tabA } = twoTabs();
    tabA.change(titled("A's work"));
    expect(tabA.flush()).toBe(true);
    // Storage reaches tabs asynchronously: B wrote revision 2 too, without seeing A's, and B's landed last.
    const racing = new MapLibrary(storage, { writer: "tab-b" });
    storage.setItem(
      mapKey("m1"),
      encodeStoredMap(titled("B's work"), { revision: 2, savedAt: "", title: "", writer: "tab-b" }).text,
    );
    expect(racing.peek("m1")).toEqual({ kind: "stored", revision: 2, byThisTab: true });
    expect(tabA.catchUp()).toEqual({ kind: "conflict" });
    expect(tabA.hasUnsavedChanges()).toBe(true);
    expect(tabA.document?.map.title).toBe("A's work");
    expect(storedTitle(library)).toBe("B's work");
  });

  it("turns a pending edit into a conflict when the other tab's save arrives first", () => {
    const { library, tabA, tabB } = twoTabs();
    tabB.change(titled("B, still waiting"));
    tabA.change(titled("A, saved first"));
    tabA.flush();
    expect(tabB.catchUp()).toEqual({ kind: "conflict" });
    vi.advanceTimersByTime(1_000);
    expect(storedTitle(library)).toBe("A, saved first");
  });
});
