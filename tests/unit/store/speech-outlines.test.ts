/**
 * The speech outlines' store: each map's outlines are its own, kept on the device under the map's
 * library id (and taken away and brought back with the map), the pace is a setting of the device, and
 * nothing kept is lost or crashes the tab when what storage holds is not what the app wrote.
 */

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app/create-app";
import { createAppStores } from "../../../src/app/create-stores";
import type { SettingsPort } from "../../../src/store/classroom/classroom-role";
import { DEFAULT_WORDS_PER_MINUTE } from "../../../src/store/debate/outline-storage";
import { createSpeechOutlinesStore } from "../../../src/store/debate/speech-outlines";
import { removeMap, restoreMap } from "../../../src/store/persistence/library-removal";
import { MapLibrary } from "../../../src/store/persistence/map-library";
import { outlinesKey, WORDS_PER_MINUTE_KEY } from "../../../src/store/persistence/storage-keys";
import { MemoryStorage } from "../../../src/store/persistence/storage-port";
import { smallMap } from "../../helpers/small-map";
import { stopTestApps, testApp } from "../../helpers/test-app";

let _app: App;
beforeEach(() => {
  _app = testApp();
});
afterEach(() => stopTestApps());

/** Settings kept in `storage`, as the library keeps them; `refuse` makes every write fail. */
function settingsIn(storage: MemoryStorage, refuse = false): SettingsPort {
  return {
    readSetting: (key) => storage.getItem(key),
    writeSetting: (key, value) => {
      if (refuse) return false;
      storage.setItem(key, value);
      return true;
    },
  };
}

describe("speech outlines", () => {
  it("keep each map's outlines apart, and bring a map's back when it opens again", () => {
    const storage = new MemoryStorage();
    let open: string | null = "m1";
    const store = createSpeechOutlinesStore(() => open);
    store.getState().connect(settingsIn(storage));
    store.getState().addPoint("OF", "c");
    store.getState().addPoint("OF", "t");
    store.getState().addPoint("OF", "c");
    store.getState().addPoint("RF", "r");
    expect(store.getState().outlines).toEqual({ OF: ["c", "t"], RF: ["r"] });

    open = "m2";
    store.getState().mapOpened("m2");
    expect(store.getState().outlines).toEqual({});
    store.getState().addPoint("OA", "k");

    store.getState().mapOpened("m1");
    expect(store.getState().outlines).toEqual({ OF: ["c", "t"], RF: ["r"] });
    // A new page (a reload) reads them back.
    const again = createSpeechOutlinesStore(() => "m2");
    again.getState().connect(settingsIn(storage));
    expect(again.getState().outlines).toEqual({ OA: ["k"] });
    expect(again.getState().added).toEqual({ OA: ["k"] });
  });

  it("read outlines kept before the flow filled them as points added by hand", () => {
    const storage = new MemoryStorage();
    storage.setItem(outlinesKey("m1"), JSON.stringify({ version: 1, outlines: { OF: ["c", "t"] } }));
    const store = createSpeechOutlinesStore(() => "m1");
    store.getState().connect(settingsIn(storage));
    expect(store.getState().outlines).toEqual({ OF: ["c", "t"] });
    expect(store.getState().added).toEqual({ OF: ["c", "t"] });
    expect(store.getState().takenOut).toEqual({});
    expect(store.getState().problem).toBeNull();
  });

  it("move and take out entries in order", () => {
    const store = createSpeechOutlinesStore(() => null);
    for (const id of ["a", "b", "c", "d"]) store.getState().addPoint("1AC", id);
    // The outline shown holds a point of the flow ("f") too: moving keeps it where it was put.
    store.getState().moveEntry("1AC", ["a", "b", "c", "d", "f"], 3, 0);
    expect(store.getState().outlines["1AC"]).toEqual(["d", "a", "b", "c", "f"]);
    store.getState().removeEntry("1AC", ["d", "a", "b", "c", "f"], 1);
    expect(store.getState().outlines["1AC"]).toEqual(["d", "b", "c", "f"]);
    expect(store.getState().added["1AC"]).toEqual(["b", "c", "d"]);
    // A point of the flow taken out stays out until it is added again.
    store.getState().removeEntry("1AC", ["d", "b", "c", "f"], 3);
    expect(store.getState().takenOut["1AC"]).toEqual(["a", "f"]);
    store.getState().addPoint("1AC", "f");
    expect(store.getState().takenOut["1AC"]).toEqual(["a"]);
    expect(store.getState().outlines["1AC"]).toEqual(["d", "b", "c", "f"]);
  });

  it("keep the pace as a device setting, refusing a pace the app does not offer", () => {
    const storage = new MemoryStorage();
    const store = createSpeechOutlinesStore(() => null);
    store.getState().connect(settingsIn(storage));
    expect(store.getState().wordsPerMinute).toBe(DEFAULT_WORDS_PER_MINUTE);
    store.getState().setWordsPerMinute(180);
    for (const bad of [0, -5, 12.5, Number.NaN, 10_000]) store.getState().setWordsPerMinute(bad);
    expect(store.getState().wordsPerMinute).toBe(180);
    expect(storage.getItem(WORDS_PER_MINUTE_KEY)).toBe("180");
    const again = createSpeechOutlinesStore(() => null);
    again.getState().connect(settingsIn(storage));
    expect(again.getState().wordsPerMinute).toBe(180);
  });

  it("read what they can of a bad value, say what they could not, and leave what is stored alone until a change", () => {
    const storage = new MemoryStorage();
    storage.setItem(
      outlinesKey("m1"),
      JSON.stringify({ version: 1, outlines: { OF: ["c", 7], RF: ["r", "r"] } }),
    );
    storage.setItem(outlinesKey("m2"), "{not json");
    storage.setItem(WORDS_PER_MINUTE_KEY, "fast");
    const store = createSpeechOutlinesStore(() => "m1");
    store.getState().connect(settingsIn(storage));
    expect(store.getState().outlines).toEqual({ RF: ["r"] });
    expect(store.getState().problem).toContain("OF");
    expect(store.getState().wordsPerMinute).toBe(DEFAULT_WORDS_PER_MINUTE);

    store.getState().mapOpened("m2");
    expect(store.getState().outlines).toEqual({});
    expect(store.getState().problem).toContain("not valid JSON");
    expect(storage.getItem(outlinesKey("m2"))).toBe("{not json");
    store.getState().addPoint("OF", "t");
    expect(store.getState().problem).toBeNull();
    expect(JSON.parse(storage.getItem(outlinesKey("m2")) as string).outlines).toEqual({ OF: ["t"] });
  });

  it("say when a change could not be kept on the device, and keep it for the page", () => {
    const store = createSpeechOutlinesStore(() => "m1");
    store.getState().connect(settingsIn(new MemoryStorage(), true));
    store.getState().addPoint("OF", "t");
    expect(store.getState().kept).toBe(false);
    expect(store.getState().outlines).toEqual({ OF: ["t"] });
  });

  it("go with their map when the library deletes it, and come back with it", () => {
    const storage = new MemoryStorage();
    const library = new MapLibrary(storage);
    const { id } = library.create(smallMap());
    const store = createSpeechOutlinesStore(() => id);
    store.getState().connect(settingsIn(storage));
    store.getState().addPoint("OF", "c");
    const kept = storage.getItem(outlinesKey(id));
    const removal = removeMap(library, id, "School uniforms");
    if (!removal.ok) throw new Error(removal.message);
    expect(storage.getItem(outlinesKey(id))).toBeNull();
    expect(restoreMap(library, removal.removed).result).toBe("restored");
    expect(storage.getItem(outlinesKey(id))).toBe(kept);
  });

  it("follow the maps the app's stores open", () => {
    const stores = createAppStores({ initialDoc: smallMap });
    stores.speechOutlines.getState().addPoint("OF", "c");
    stores.document.getState().openDocument(smallMap(), "other");
    expect(stores.speechOutlines.getState().libraryId).toBe("other");
    expect(stores.speechOutlines.getState().outlines).toEqual({});
  });
});
