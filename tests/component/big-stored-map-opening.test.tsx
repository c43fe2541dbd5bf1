/**
 * A big map from the library is read in the background, under the reading bar with its Cancel, and
 * shown once read; a reading cancelled, too slow or failed goes back to the library and says why, and a
 * map opened meanwhile is never replaced by the one that was being read.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { retitleMap } from "../../src/model/operations/map-info";
import type { ArgumentMap } from "../../src/model/schema";
import { MapLibrary } from "../../src/store/persistence/map-library";
import { LAST_OPEN_KEY, mapKey, OPENING_KEY } from "../../src/store/persistence/storage-keys";
import { MemoryStorage } from "../../src/store/persistence/storage-port";
import { encodeStoredMap } from "../../src/store/persistence/stored-map-codec";
import type { StoredDecode } from "../../src/store/persistence/stored-map-decode";
import type { ReadStored } from "../../src/store/reading/stored-reading";
import type { JobEnd } from "../../src/store/workers/stoppable-job";
import { smallMap } from "../helpers/small-map";
import { stopTestApps, testApp } from "../helpers/test-app";

let storage: MemoryStorage;

/** The map stored compressed, as a big map is: it is then read in the background. */
function storeCompressed(id: string, doc: ArgumentMap): void {
  const header = { revision: 1, savedAt: "2026-12-01T10:00:00.000Z", title: doc.map.title };
  storage.setItem(mapKey(id), encodeStoredMap(doc, header, true).text);
  storage.setItem(LAST_OPEN_KEY, id);
}

function start(readStored?: ReadStored) {
  const app = testApp({
    keep: { openStorage: () => ({ kind: "browser", storage }), ...(readStored ? { readStored } : {}) },
  });
  app.startKeep();
  return app;
}

/** A reader the test ends by hand. */
function heldReader() {
  const held: { source: string; end(how: JobEnd<StoredDecode>): void }[] = [];
  const read: ReadStored = (_raw, source) =>
    new Promise((resolve) => {
      held.push({ source, end: resolve });
    });
  return { read, held };
}

const title = (app: ReturnType<typeof start>) => app.stores.document.getState().doc.map.title;
const debate = (name: string): ArgumentMap => ({ ...smallMap(), map: { ...smallMap().map, title: name } });

beforeEach(() => {
  storage = new MemoryStorage();
});
afterEach(stopTestApps);

describe("a big map opened from the library", () => {
  it("is read in the background and shown once read, as the library stored it", async () => {
    storeCompressed("big", debate("A big debate"));
    const app = start();
    expect(title(app)).toBe("Opening “A big debate”…");
    expect(app.stores.keep.getState().openId).toBeNull();
    expect(app.stores.keep.getState().reading).toEqual({ id: "big", title: "A big debate" });
    expect(JSON.parse(storage.getItem(OPENING_KEY) ?? "null")).toMatchObject({ id: "big" });
    await expect.poll(() => app.stores.keep.getState().openId).toBe("big");
    expect(title(app)).toBe("A big debate");
    expect(app.stores.keep.getState().reading).toBeNull();
    expect(app.stores.document.getState().doc.nodes).toEqual(smallMap().nodes);
    expect(app.stores.keep.getState().status).toMatchObject({ state: "saved" });
  });

  it("goes back to the library when its reading is cancelled, and leaves it stored as it was", async () => {
    storeCompressed("big", debate("A big debate"));
    const stored = storage.getItem(mapKey("big"));
    const { read, held } = heldReader();
    const app = start(read);
    expect(held.map((reading) => reading.source)).toEqual(["“A big debate” from the library"]);
    held[0]?.end({ kind: "cancelled" });
    await expect.poll(() => app.stores.keepUi.getState().libraryOpen).toBe(true);
    expect(app.stores.notices.getState().lasting?.message).toBe(
      "Stopped opening “A big debate”: it is still in the library, unchanged.",
    );
    expect(title(app)).toBe("No map open");
    expect(storage.getItem(OPENING_KEY)).toBeNull();
    expect(storage.getItem(mapKey("big"))).toBe(stored);
  });

  it("is held back on the next visit when its reading took too long", async () => {
    storeCompressed("big", debate("A slow debate"));
    const { read, held } = heldReader();
    const app = start(read);
    held[0]?.end({ kind: "timed-out", limitMs: 20_000 });
    await expect.poll(() => app.stores.keepUi.getState().libraryOpen).toBe(true);
    expect(app.stores.notices.getState().lasting?.message).toBe(
      "“A slow debate” could not be opened: reading it took longer than 20 seconds. It is still in the library.",
    );
    app.stop();

    const next = start(heldReader().read);
    expect(next.stores.keep.getState().failedMaps).toEqual([
      { id: "big", title: "A slow debate", message: "reading it took longer than 20 seconds" },
    ]);
    expect(title(next)).toBe("No map open");
  });

  it("is blocked, its text kept aside, when what was read is not a valid map", async () => {
    storeCompressed("big", debate("A damaged debate"));
    const { read, held } = heldReader();
    const app = start(read);
    held[0]?.end({
      kind: "answered",
      answer: {
        ok: false,
        kind: "unreadable",
        title: "A damaged debate",
        message: "its compressed data is damaged",
        errors: [],
      },
    });
    await expect.poll(() => app.stores.keep.getState().blocked.map((map) => map.id)).toEqual(["big"]);
    expect(app.stores.notices.getState().lasting?.message).toBe(
      "“A damaged debate” could not be opened: its compressed data is damaged.",
    );
  });

  it("never sweeps away what was begun on the empty page while it was read", async () => {
    storeCompressed("big", debate("A big debate"));
    const { read, held } = heldReader();
    const app = start(read);
    app.stores.document.getState().applyEdit((doc) => retitleMap(doc, "My own start"));
    held[0]?.end({ kind: "answered", answer: decodedOf("big") });
    await expect
      .poll(() => app.stores.notices.getState().lasting?.message)
      .toBe("“A big debate” is read: open it from the library when you want it.");
    expect(title(app)).toBe("My own start");
    expect(app.stores.keep.getState().reading).toBeNull();
    expect(storage.getItem(OPENING_KEY)).toBeNull();
  });

  it("never replaces a map opened while it was read", async () => {
    const library = new MapLibrary(storage);
    const { id: small } = library.create(debate("A small debate"));
    storeCompressed("big", debate("A big debate"));
    const { read, held } = heldReader();
    const app = start(read);
    app.keep.openMap(small);
    expect(title(app)).toBe("A small debate");
    held[0]?.end({ kind: "answered", answer: decodedOf("big") });
    await Promise.resolve();
    await Promise.resolve();
    expect(title(app)).toBe("A small debate");
    expect(app.stores.keep.getState().openId).toBe(small);
  });
});

function decodedOf(id: string): StoredDecode {
  const read = new MapLibrary(storage).read(id);
  if (!read.ok) throw new Error(read.message);
  return {
    ok: true,
    doc: read.doc,
    header: {
      revision: read.revision,
      savedAt: read.savedAt,
      title: read.doc.map.title,
      encoding: "deflate-utf16",
    },
  };
}
