/** The library over browser storage: what it writes, and what it refuses to write over. */
import { describe, expect, it } from "vitest";
import { serializeMap } from "../../../src/io/serialize";
import { generateDebate } from "../../../src/model/generate-debate";
import { recoverableText, removeMap, restoreMap } from "../../../src/store/persistence/library-removal";
import { MapLibrary } from "../../../src/store/persistence/map-library";
import { backupKey, entryKey, mapKey } from "../../../src/store/persistence/storage-keys";
import { encodeStoredMap } from "../../../src/store/persistence/stored-map-codec";
import { smallMap } from "../../helpers/small-map";
import { FlakyStorage, titled } from "./flaky-storage";

let counter = 0;
const library = (storage = new FlakyStorage()) =>
  new MapLibrary(storage, {
    newId: () => `id${++counter}`,
    now: () => new Date(Date.UTC(2026, 10, 28, 10, counter)),
  });

describe("the map library", () => {
  it("lists a created map with its title, size, revision and node count, and reads it back", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    const { id, result } = lib.create(smallMap());
    expect(result.ok).toBe(true);
    expect(lib.list()).toEqual([
      expect.objectContaining({ id, title: "School uniforms", revision: 1, nodes: 5 }),
    ]);
    expect(lib.list()[0]?.size).toBe(storage.getItem(mapKey(id))?.length);
    const read = lib.read(id);
    expect(read.ok && serializeMap(read.doc)).toBe(serializeMap(smallMap()));
  });

  it("stores maps as JSON, however large", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    const { id } = lib.create(generateDebate({ nodes: 1500 }));
    expect(storage.getItem(mapKey(id))).toContain('"encoding":"json"}\n{"format":"argument-map"');
  });

  it("retries compressed when the quota refuses the JSON, and reads it back unchanged", () => {
    const doc = generateDebate({ nodes: 300 });
    const plain = encodeStoredMap(doc, { revision: 1, savedAt: "", title: "" }).text.length;
    const storage = new FlakyStorage(Math.floor(plain * 0.6));
    const lib = library(storage);
    const { id, result } = lib.create(doc);
    expect(result.ok).toBe(true);
    const raw = storage.getItem(mapKey(id)) ?? "";
    expect(raw).toContain('"encoding":"deflate-utf16"');
    expect(raw.length).toBeLessThan(plain / 4);
    const read = lib.read(id);
    expect(read.ok && serializeMap(read.doc)).toBe(serializeMap(doc));
  });

  it("refuses to write over a map another tab saved more recently", () => {
    const lib = library();
    const { id } = lib.create(smallMap());
    expect(lib.write(id, titled("second"), 1)).toMatchObject({ ok: true, revision: 2 });
    expect(lib.write(id, titled("stale"), 1)).toMatchObject({
      ok: false,
      reason: "conflict",
      storedRevision: 2,
    });
    const read = lib.read(id);
    expect(read.ok && read.doc.map.title).toBe("second");
  });

  it("backs up unreadable data, says why, and never writes over it", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    const { id } = lib.create(smallMap());
    const damaged = `${storage.getItem(mapKey(id))?.slice(0, -40)}`;
    storage.setItem(mapKey(id), damaged);
    const read = lib.read(id);
    expect(read).toMatchObject({ ok: false, reason: "unreadable" });
    expect(!read.ok && read.message).toMatch(/^\$: not valid JSON/);
    expect(storage.getItem(backupKey(id))).toBe(damaged);
    expect(lib.write(id, smallMap(), 99)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(storage.getItem(mapKey(id))).toBe(damaged);
    expect(lib.blockedMaps()).toEqual([
      expect.objectContaining({ id, reason: "unreadable", backedUp: true }),
    ]);
  });

  it("treats data without a Warrant header as unreadable, even before reading the map", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    storage.setItem(mapKey("x"), "not a map at all");
    expect(lib.write("x", smallMap(), 0)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(storage.getItem(mapKey("x"))).toBe("not a map at all");
    expect(storage.getItem(backupKey("x"))).toBe("not a map at all");
    expect(lib.list()).toEqual([expect.objectContaining({ id: "x", title: "Unreadable map x" })]);
  });

  it("keeps an earlier backup that differs rather than replacing it", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    storage.setItem(backupKey("x"), "older damage");
    storage.setItem(mapKey("x"), "newer damage");
    lib.read("x");
    expect(storage.getItem(backupKey("x"))).toBe("older damage");
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
    expect(keys.some((key) => key?.startsWith(`${backupKey("x")}#`))).toBe(true);
  });

  it("refuses a map of a newer format version, without a backup, and never writes over it", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    const newer = { ...smallMap(), version: 4 } as unknown as ReturnType<typeof smallMap>;
    const raw = encodeStoredMap(newer, { revision: 4, savedAt: "", title: "From the future" }).text;
    storage.setItem(mapKey("f"), raw);
    const read = lib.read("f");
    expect(read).toMatchObject({ ok: false, reason: "newer" });
    expect(!read.ok && read.message).toMatch(/newer than this version of Warrant reads/);
    expect(storage.getItem(backupKey("f"))).toBeNull();
    expect(lib.write("f", smallMap(), 10)).toMatchObject({ ok: false, reason: "newer" });
    expect(storage.getItem(mapKey("f"))).toBe(raw);
  });

  it("refuses a storage wrapper of a newer version", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    const raw = `{"store":"warrant-map","v":2,"revision":1}\nwhatever comes next`;
    storage.setItem(mapKey("w"), raw);
    expect(lib.write("w", smallMap(), 5)).toMatchObject({ ok: false, reason: "newer" });
    expect(storage.getItem(mapKey("w"))).toBe(raw);
  });

  it("rebuilds a lost or damaged index entry from the map's header", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    const { id } = lib.create(titled("Kept title"));
    storage.setItem(entryKey(id), "{broken");
    expect(lib.list()).toEqual([expect.objectContaining({ id, title: "Kept title", revision: 1 })]);
  });

  it("reports a full quota and unavailable storage without throwing", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    const { id } = lib.create(smallMap());
    storage.failWrites = "quota";
    expect(lib.write(id, titled("t2"), 1)).toMatchObject({ ok: false, reason: "quota" });
    storage.failWrites = "unavailable";
    expect(lib.write(id, titled("t2"), 1)).toMatchObject({ ok: false, reason: "unavailable" });
    storage.failReads = true;
    expect(lib.read(id)).toMatchObject({ ok: false, reason: "unavailable" });
    expect(lib.listing()).toEqual({ entries: [], failure: "browser storage cannot be used" });
  });

  it("removes a map with its entry and backups, and puts it back", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    const { id } = lib.create(smallMap());
    const before = storage.inner.usedChars;
    const removal = removeMap(lib, id, "School uniforms");
    if (!removal.ok) throw new Error(removal.message);
    expect(lib.list()).toEqual([]);
    expect(storage.inner.usedChars).toBe(0);
    expect(restoreMap(lib, removal.removed)).toEqual({ result: "restored", leftOver: 0 });
    expect(storage.inner.usedChars).toBe(before);
    expect(lib.read(id).ok).toBe(true);
  });

  it("deletes nothing when storage refuses to remove part of a map", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    const { id } = lib.create(smallMap());
    const before = storage.inner.usedChars;
    storage.failRemoves = (key) => key === entryKey(id);
    expect(removeMap(lib, id, "School uniforms")).toEqual({
      ok: false,
      message: "browser storage cannot be used",
      putBack: true,
    });
    expect(storage.inner.usedChars).toBe(before);
    expect(lib.read(id).ok).toBe(true);
  });

  it("says how much of a failed restore it could not take back", () => {
    const storage = new FlakyStorage();
    const lib = library(storage);
    const { id } = lib.create(smallMap());
    const removal = removeMap(lib, id, "School uniforms");
    if (!removal.ok) throw new Error(removal.message);
    // The map's data goes back in, its entry does not, and the data cannot be taken out again.
    storage.onSet = () => {
      storage.failWrites = "quota";
    };
    storage.failRemoves = () => true;
    expect(restoreMap(lib, removal.removed)).toEqual({ result: "quota", leftOver: 1 });
  });

  it("gives back the JSON of a stored map, or the raw text when even the wrapper is broken", () => {
    const storage = new FlakyStorage(60_000);
    const lib = library(storage);
    const { id } = lib.create(generateDebate({ nodes: 300 }));
    expect(storage.getItem(mapKey(id))).toContain('"encoding":"deflate-utf16"');
    expect(recoverableText(lib, id)?.startsWith('{"format":"argument-map"')).toBe(true);
    storage.setItem(mapKey("raw"), "garbage");
    expect(recoverableText(lib, "raw")).toBe("garbage");
  });
});
