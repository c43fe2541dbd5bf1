/**
 * Saving a big map without holding up the page: its stored form is made first (away from the page in
 * the browser), then written. What is written, when, and what a flush, a newer change, another map or a
 * failed preparation do to a preparation under way.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { canonicalMap, serializeMap } from "../../../src/io/serialize";
import { generateDebate } from "../../../src/model/generate-debate";
import { retitleMap } from "../../../src/model/operations/map-info";
import type { ArgumentMap } from "../../../src/model/schema";
import { AutosaveController } from "../../../src/store/persistence/autosave-controller";
import { compressOnThePage } from "../../../src/store/persistence/map-compression";
import { MapLibrary } from "../../../src/store/persistence/map-library";
import {
  BIG_MAP_ITEMS,
  type PrepareStoredMap,
  storedMapPreparer,
} from "../../../src/store/persistence/prepare-stored-map";
import { mapKey } from "../../../src/store/persistence/storage-keys";
import type { StoredPayload } from "../../../src/store/persistence/stored-map-codec";
import { smallMap } from "../../helpers/small-map";
import { FlakyStorage } from "./flaky-storage";

const big = generateDebate({ nodes: Math.ceil(BIG_MAP_ITEMS / 2) + 10 });
const bigTitled = (title: string) => retitleMap(big, title);

/** A preparer the test finishes by hand, one call at a time. */
function heldPreparer() {
  const calls: Array<{ doc: ArgumentMap; finish(): void; fail(): void }> = [];
  const prepare: PrepareStoredMap = (doc) =>
    new Promise<StoredPayload>((resolve, reject) => {
      calls.push({
        doc,
        finish: () => resolve({ payload: JSON.stringify(canonicalMap(doc)), encoding: "json" }),
        fail: () => reject(new Error("the worker broke")),
      });
    });
  return { prepare, calls };
}

function setup() {
  const storage = new FlakyStorage();
  const library = new MapLibrary(storage, { newId: () => "m1" });
  const held = heldPreparer();
  const controller = new AutosaveController({ target: library, prepare: held.prepare });
  library.create(big);
  controller.open("m1", big, 1);
  storage.writes.length = 0;
  return { storage, library, controller, calls: held.calls };
}

const storedTitle = (library: MapLibrary, id = "m1") => {
  const read = library.read(id);
  return read.ok ? read.doc.map.title : `(${read.reason})`;
};

/** Lets the promise callbacks of a finished preparation run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe("saving a big map", () => {
  it("writes nothing until its stored form is made, then writes that", async () => {
    const { storage, library, controller, calls } = setup();
    controller.change(bigTitled("edited"));
    vi.advanceTimersByTime(300);
    expect(calls.map((call) => call.doc.map.title)).toEqual(["edited"]);
    expect(storage.writes).toEqual([]);
    expect(controller.status.state).toBe("pending");
    expect(controller.quiet).toBe(false);
    calls[0]?.finish();
    await settle();
    expect(storage.writes).toContain(mapKey("m1"));
    expect(controller.status.state).toBe("saved");
    expect(controller.quiet).toBe(true);
    const read = library.read("m1");
    expect(read.ok && serializeMap(read.doc)).toBe(serializeMap(bigTitled("edited")));
  });

  it("prepares one version at a time, and the newest after it", async () => {
    const { library, controller, calls } = setup();
    controller.change(bigTitled("first"));
    vi.advanceTimersByTime(300);
    controller.change(bigTitled("second"));
    vi.advanceTimersByTime(300);
    controller.change(bigTitled("third"));
    vi.advanceTimersByTime(300);
    expect(calls).toHaveLength(1);
    calls[0]?.finish();
    await settle();
    expect(storedTitle(library)).toBe("first");
    expect(controller.status.state).toBe("pending");
    vi.advanceTimersByTime(300);
    expect(calls.map((call) => call.doc.map.title)).toEqual(["first", "third"]);
    calls[1]?.finish();
    await settle();
    expect(storedTitle(library)).toBe("third");
    expect(controller.status.state).toBe("saved");
  });

  it("writes at once on flush, and never writes the older version prepared meanwhile", async () => {
    const { library, controller, calls } = setup();
    controller.change(bigTitled("prepared"));
    vi.advanceTimersByTime(300);
    controller.change(bigTitled("flushed"));
    expect(controller.flush()).toBe(true);
    expect(storedTitle(library)).toBe("flushed");
    calls[0]?.finish();
    await settle();
    expect(storedTitle(library)).toBe("flushed");
    expect(controller.status.state).toBe("saved");
  });

  it("never writes a preparation into the map opened after it", async () => {
    const { storage, library, controller, calls } = setup();
    controller.change(bigTitled("left behind"));
    vi.advanceTimersByTime(300);
    controller.close();
    controller.open("m2", smallMap(), 0);
    storage.writes.length = 0;
    calls[0]?.finish();
    await settle();
    expect(storage.writes).toEqual([]);
    expect(storedTitle(library)).toBe(big.map.title);
  });

  it("writes the map at once when its preparation fails", async () => {
    const { library, controller, calls } = setup();
    controller.change(bigTitled("after a failure"));
    vi.advanceTimersByTime(300);
    calls[0]?.fail();
    await settle();
    expect(storedTitle(library)).toBe("after a failure");
    expect(controller.status.state).toBe("saved");
  });

  it("writes a small map at once, as ever", () => {
    const storage = new FlakyStorage();
    const library = new MapLibrary(storage, { newId: () => "m1" });
    const held = heldPreparer();
    const controller = new AutosaveController({ target: library, prepare: held.prepare });
    library.create(smallMap());
    controller.open("m1", smallMap(), 1);
    controller.change(retitleMap(smallMap(), "small"));
    vi.advanceTimersByTime(300);
    expect(held.calls).toEqual([]);
    expect(storedTitle(library)).toBe("small");
  });
});

describe("the stored form of a big map", () => {
  it("is compressed when its JSON is long, and reads back as the same map", async () => {
    vi.useRealTimers();
    const dense = generateDebate({ nodes: 12_000 });
    const prepared = await storedMapPreparer(compressOnThePage)(dense);
    expect(prepared.encoding).toBe("deflate-utf16");
    expect(prepared.payload.length).toBeLessThan(JSON.stringify(canonicalMap(dense)).length / 10);
    const library = new MapLibrary(new FlakyStorage(), { newId: () => "m1" });
    expect(library.write("m1", dense, 0, prepared).ok).toBe(true);
    const read = library.read("m1");
    expect(read.ok && serializeMap(read.doc)).toBe(serializeMap(dense));
  });

  it("is the JSON itself when that is short, so it costs nothing to read", async () => {
    vi.useRealTimers();
    const prepared = await storedMapPreparer(compressOnThePage)(smallMap());
    expect(prepared).toEqual({ payload: JSON.stringify(canonicalMap(smallMap())), encoding: "json" });
  });

  it("is compressed after all when storage refuses its JSON", () => {
    const doc = generateDebate({ nodes: 3_000 });
    const json = JSON.stringify(canonicalMap(doc));
    const library = new MapLibrary(new FlakyStorage(json.length / 2), { newId: () => "m1" });
    const written = library.write("m1", doc, 0, { payload: json, encoding: "json" });
    expect(written.ok).toBe(true);
    const read = library.read("m1");
    expect(read.ok && serializeMap(read.doc)).toBe(serializeMap(doc));
  });
});
