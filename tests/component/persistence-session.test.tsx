/**
 * The library bound to the open map, in a browser-like page (jsdom) with a storage stub: the first
 * visit, saving edits, other tabs, imports, deletes, and maps that are not the library's to save.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { serializeMap } from "../../src/io/serialize";
import { generateDebate } from "../../src/model/generate-debate";
import { initialKeepState } from "../../src/store/persistence/keep-store";
import { compressOnThePage } from "../../src/store/persistence/map-compression";
import { MapLibrary } from "../../src/store/persistence/map-library";
import { BIG_MAP_ITEMS, storedMapPreparer } from "../../src/store/persistence/prepare-stored-map";
import { entryKey, LAST_OPEN_KEY, mapKey } from "../../src/store/persistence/storage-keys";
import { MemoryStorage } from "../../src/store/persistence/storage-port";
import { bindKeepToPage } from "../../src/ui/startup/bind-keep-to-page";
import { smallMap } from "../helpers/small-map";
import { appForEachTest, testApp } from "../helpers/test-app";

const current = appForEachTest();
const startKeep = current.startKeep;

let storage: MemoryStorage;

function start(opened: "browser" | "memory" = "browser") {
  return startKeep({
    openStorage: () =>
      opened === "browser" ? { kind: "browser", storage } : { kind: "memory", storage, reason: "testing" },
  });
}

/** The page has drawn the map the library opened, as the canvas says once it has (use-opening-drawn.ts). */
const drawn = () => current.app.keep.mapShown(current.app.stores.keep.getState().opening ?? "");
const openTitle = () => current.app.stores.document.getState().doc.map.title;
const rename = (title: string) =>
  current.app.stores.document.getState().applyEdit((doc) => ({ ...doc, map: { ...doc.map, title } }));
const storedIds = () =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key) =>
    key?.startsWith("warrant:map:"),
  );

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

describe("the library session", () => {
  it("keeps the fields of a map from a newer Warrant through an import, an edit, a save and a reload", () => {
    const keep = start();
    const file = { ...smallMap(), version: 4, map: { ...smallMap().map, theme: "dark" } } as Record<
      string,
      unknown
    >;
    (file.nodes as Record<string, unknown>[])[1] = { ...smallMap().nodes[1], colour: "teal" };
    keep.importText(JSON.stringify(file), "a file");
    expect(
      current.app.stores.keep
        .getState()
        .importReport?.warnings.map((w) => w.message)
        .join("\n"),
    ).toMatch(
      /saved by a newer version of Warrant \(format version 4\); the 2 fields this version does not know are kept/,
    );
    rename("Edited here");
    vi.advanceTimersByTime(300);
    expect(current.app.stores.keep.getState().status.state).toBe("saved");
    drawn();
    current.app.stop();
    current.app.stores.document.setState(current.app.stores.document.getInitialState(), true);
    start();
    expect(openTitle()).toBe("Edited here");
    const written = JSON.parse(serializeMap(current.app.stores.document.getState().doc));
    expect(written.version).toBe(4);
    expect(written.map.theme).toBe("dark");
    expect(written.nodes[1].colour).toBe("teal");
  });

  it("stores the essay map on a first visit and opens it", () => {
    start();
    const { openId, entries, status } = current.app.stores.keep.getState();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.title).toBe(openTitle());
    expect(current.app.stores.document.getState().libraryId).toBe(openId);
    expect(status.state).toBe("saved");
    expect(storage.getItem(LAST_OPEN_KEY)).toBe(openId);
  });

  it("saves an edit after a pause, and reopens that map next time", () => {
    start();
    rename("Edited");
    expect(current.app.stores.keep.getState().status.state).toBe("pending");
    vi.advanceTimersByTime(300);
    expect(current.app.stores.keep.getState().status.state).toBe("saved");
    drawn();
    current.app.stop();
    current.app.stores.document.setState(current.app.stores.document.getInitialState(), true);
    start();
    expect(openTitle()).toBe("Edited");
    expect(current.app.stores.keep.getState().entries).toHaveLength(1);
  });

  it("never saves a map opened without the library, such as a generated one", () => {
    start();
    const before = storage.getItem(mapKey(current.app.stores.keep.getState().openId ?? ""));
    rename("Pending when the demo opens");
    current.app.commands.maps.openEphemeral({
      ...smallMap(),
      map: { id: "generated-5", title: "Generated" },
    });
    // The pending edit of the library map was written first; the generated map never is.
    expect(current.app.stores.document.getState().libraryId).toBeNull();
    rename("Edited demo");
    vi.advanceTimersByTime(5_000);
    expect(storedIds()).toHaveLength(1);
    expect(storage.getItem(storedIds()[0] ?? "")).not.toBe(before);
    expect(storage.getItem(storedIds()[0] ?? "")).toContain('"title":"Pending when the demo opens"');
    expect(current.app.stores.keep.getState().status.state).toBe("idle");
  });

  it("leaves a map opened before the library loaded as it is", () => {
    current.app = testApp({
      keep: { openStorage: () => ({ kind: "browser", storage }) },
      bindPage: bindKeepToPage,
    });
    current.app.commands.maps.openEphemeral({
      ...smallMap(),
      map: { id: "generated-5", title: "Generated" },
    });
    current.app.startKeep();
    expect(openTitle()).toBe("Generated");
    expect(storedIds()).toEqual([]);
  });

  it("adopts what another tab saved when nothing here is unsaved", () => {
    start();
    const id = current.app.stores.keep.getState().openId ?? "";
    const otherTab = new MapLibrary(storage);
    const read = otherTab.read(id);
    if (!read.ok) throw new Error(read.message);
    otherTab.write(id, { ...read.doc, map: { ...read.doc.map, title: "From the other tab" } }, read.revision);
    window.dispatchEvent(new StorageEvent("storage", { key: mapKey(id) }));
    expect(openTitle()).toBe("From the other tab");
    expect(current.app.stores.keep.getState().status.state).toBe("saved");
  });

  it("writes when the tab is hidden, and catches up when it is shown again", () => {
    start();
    const id = current.app.stores.keep.getState().openId ?? "";
    const setVisibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, "visibilityState", { value: state, configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
    };
    rename("Written on hiding");
    setVisibility("hidden");
    expect(storage.getItem(mapKey(id))).toContain('"title":"Written on hiding"');
    // While hidden, another tab saves; no storage event reaches this one.
    const otherTab = new MapLibrary(storage);
    const read = otherTab.read(id);
    if (!read.ok) throw new Error(read.message);
    otherTab.write(id, { ...read.doc, map: { ...read.doc.map, title: "Saved while hidden" } }, read.revision);
    setVisibility("visible");
    expect(openTitle()).toBe("Saved while hidden");
  });

  it("keeps unsaved work as a copy when the page closes during a conflict", () => {
    start();
    const id = current.app.stores.keep.getState().openId ?? "";
    rename("Mine");
    const otherTab = new MapLibrary(storage);
    const read = otherTab.read(id);
    if (!read.ok) throw new Error(read.message);
    otherTab.write(id, { ...read.doc, map: { ...read.doc.map, title: "Theirs" } }, read.revision);
    window.dispatchEvent(new StorageEvent("storage", { key: mapKey(id) }));
    expect(current.app.stores.keep.getState().status.state).toBe("conflict");
    window.dispatchEvent(new Event("pagehide"));
    const titles = new MapLibrary(storage).list().map((entry) => entry.title);
    expect(titles).toEqual(expect.arrayContaining(["Theirs", "Mine (unsaved copy from a closed tab)"]));
    // The tab goes on with the copy, so coming back from the back-forward cache copies nothing twice.
    expect(openTitle()).toBe("Mine (unsaved copy from a closed tab)");
    window.dispatchEvent(new Event("pagehide"));
    expect(new MapLibrary(storage).list()).toHaveLength(2);
  });

  it("imports a valid map as a new entry, and reports a broken one without touching anything", () => {
    const session = start();
    const openId = current.app.stores.keep.getState().openId ?? "";
    const stored = storage.getItem(mapKey(openId));
    const broken = JSON.stringify({ ...smallMap(), nodes: [{ id: "t", kind: "thesis" }] });
    session.importText(broken, "the pasted text");
    const report = current.app.stores.keep.getState().importReport;
    expect(report?.ok).toBe(false);
    expect(report?.errors.map((error) => error.path)).toContain("nodes[0].text");
    expect(current.app.stores.keep.getState().openId).toBe(openId);
    expect(storage.getItem(mapKey(openId))).toBe(stored);

    session.importText(serializeMap(smallMap()), "the file “small.json”");
    expect(openTitle()).toBe("School uniforms");
    expect(current.app.stores.keep.getState().entries).toHaveLength(2);
    expect(storage.getItem(mapKey(openId))).toBe(stored);
  });

  it("adds a big imported map without writing it while the page waits, and writes it once made", async () => {
    const keep = startKeep({
      openStorage: () => ({ kind: "browser", storage }),
      prepareStoredMap: storedMapPreparer(compressOnThePage),
    });
    const big = generateDebate({ nodes: BIG_MAP_ITEMS });
    keep.importText(JSON.stringify(big), "big.argmap.json");
    const id = current.app.stores.keep.getState().openId ?? "";
    expect(openTitle()).toBe(big.map.title);
    expect(storage.getItem(mapKey(id))).toBeNull();
    expect(current.app.stores.keep.getState().status.state).toBe("pending");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(storage.getItem(mapKey(id))).toContain('"encoding":"deflate-utf16"');
    expect(current.app.stores.keep.getState().status.state).toBe("saved");
    const read = new MapLibrary(storage).read(id);
    expect(read.ok && serializeMap(read.doc)).toBe(serializeMap(current.app.stores.document.getState().doc));
  });

  it("drops the note about an import once another map opens, and keeps it while the imported one is open", () => {
    const session = start();
    const essayId = current.app.stores.keep.getState().openId ?? "";
    session.importText(serializeMap(smallMap()), "the file “small.json”");
    expect(current.app.stores.notices.getState().lasting?.message).toContain("Imported “School uniforms”");
    rename("School uniforms, edited");
    expect(current.app.stores.notices.getState().lasting?.message).toContain("Imported “School uniforms”");
    session.openMap(essayId);
    expect(openTitle()).not.toBe("School uniforms, edited");
    expect(current.app.stores.notices.getState().lasting).toBeNull();
  });

  it("deletes the open map, opens another, and brings the deleted one back", () => {
    const session = start();
    const essayId = current.app.stores.keep.getState().openId ?? "";
    session.createBlankMap();
    const blankId = current.app.stores.keep.getState().openId ?? "";
    expect(blankId).not.toBe(essayId);
    session.deleteMap(blankId);
    expect(current.app.stores.keep.getState().openId).toBe(essayId);
    expect(storage.getItem(mapKey(blankId))).toBeNull();
    expect(storage.getItem(entryKey(blankId))).toBeNull();
    session.undoDelete();
    expect(current.app.stores.keep.getState().openId).toBe(blankId);
    expect(current.app.stores.keep.getState().entries).toHaveLength(2);
  });

  it("opens the newest readable map when the last one cannot be read, and says so", () => {
    start();
    const essayId = current.app.stores.keep.getState().openId ?? "";
    const session = current.app.stores.keep.getState();
    expect(session.entries).toHaveLength(1);
    drawn();
    current.app.stop();
    storage.setItem(mapKey("broken"), "not a stored map");
    storage.setItem(LAST_OPEN_KEY, "broken");
    current.app.stores.document.setState(current.app.stores.document.getInitialState(), true);
    start();
    expect(current.app.stores.keep.getState().openId).toBe(essayId);
    expect(current.app.stores.keep.getState().blocked.map((map) => map.id)).toEqual(["broken"]);
    expect(storage.getItem(mapKey("broken"))).toBe("not a stored map");
  });

  it("works in memory when the browser has no storage, and says so", () => {
    start("memory");
    expect(current.app.stores.keep.getState().storage).toEqual({ kind: "memory", reason: "testing" });
    rename("Kept in memory");
    vi.advanceTimersByTime(300);
    expect(current.app.stores.keep.getState().status.state).toBe("saved");
  });
});
