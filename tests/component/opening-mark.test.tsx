/**
 * A map whose opening never finished (the page froze or crashed while drawing it) is not opened by
 * itself on the next visit: the library says which map and offers it to open, export or delete, and
 * the map's data is left exactly as it was. A map the page drew opens again as usual.
 */
import { describe, expect, it } from "vitest";
import { mapKey, OPENING_KEY, RENDER_FAILURES_KEY } from "../../src/store/persistence/storage-keys";
import { keepPage } from "./keep-page";

const page = keepPage();
const { visit } = page;
const openId = () => page.app().stores.keep.getState().openId as string;

describe("a map whose opening did not finish", () => {
  it("is marked while it opens, and the mark goes once the page has drawn it", () => {
    visit();
    const id = openId();
    expect(JSON.parse(page.storage().getItem(OPENING_KEY) ?? "null")).toMatchObject({ id });
    expect(page.app().stores.keep.getState().opening).toBe(id);
    page.app().keep.mapShown(id);
    expect(page.storage().getItem(OPENING_KEY)).toBeNull();
    expect(page.app().stores.keep.getState().opening).toBeNull();

    visit();
    expect(page.app().stores.document.getState().libraryId).toBe(id);
    expect(page.app().stores.keep.getState().failedMaps).toEqual([]);
  });

  it("is not opened on the next visit, is named, and can be deleted from there", () => {
    visit();
    const first = openId();
    page.app().keep.mapShown(first);
    page.app().keep.createBlankMap();
    const stuck = openId();
    const title = page.app().stores.document.getState().doc.map.title;
    const stored = page.storage().getItem(mapKey(stuck));
    // The page never drew it: the tab froze, and was closed.

    visit();
    expect(page.app().stores.document.getState().libraryId).toBe(first);
    expect(page.app().stores.keep.getState().failedMaps).toEqual([
      { id: stuck, title, message: "it did not finish opening" },
    ]);
    expect(page.storage().getItem(mapKey(stuck))).toBe(stored);
    // Still held back a visit later, until the user acts on it.
    page.app().keep.mapShown(first);
    visit();
    expect(page.app().stores.document.getState().libraryId).toBe(first);
    expect(
      page
        .app()
        .stores.keep.getState()
        .failedMaps.map((failure) => failure.id),
    ).toEqual([stuck]);

    page.app().keep.deleteMap(stuck);
    expect(page.storage().getItem(mapKey(stuck))).toBeNull();
    expect(page.app().stores.keep.getState().failedMaps).toEqual([]);
    expect(page.storage().getItem(RENDER_FAILURES_KEY)).toBeNull();
  });

  it("says so when the map that did not finish opening was never saved", () => {
    visit();
    const first = openId();
    page.app().keep.mapShown(first);
    // A big map just imported is written once its stored form is made: the tab stopped before that.
    page.storage().setItem(OPENING_KEY, JSON.stringify({ id: "never-saved", title: "Dense debate" }));

    visit();
    expect(page.app().stores.document.getState().libraryId).toBe(first);
    expect(page.app().stores.keep.getState().failedMaps).toEqual([]);
    expect(page.app().stores.notices.getState().lasting).toMatchObject({
      tone: "warning",
      message: expect.stringContaining(
        "“Dense debate” did not finish opening last time, before it could be saved",
      ),
    });
    // The mark now is the opening of this visit's map.
    expect(JSON.parse(page.storage().getItem(OPENING_KEY) ?? "null")).toMatchObject({ id: first });
  });

  it("opens again after a page left while it was opening, as a page that froze runs no pagehide", () => {
    visit();
    const id = openId();
    expect(page.storage().getItem(OPENING_KEY)).not.toBeNull();
    // A reload before the first frame: the page still answered, so nothing froze it.
    window.dispatchEvent(new Event("pagehide"));
    expect(page.storage().getItem(OPENING_KEY)).toBeNull();
    visit();
    expect(page.app().stores.document.getState().libraryId).toBe(id);
    expect(page.app().stores.keep.getState().failedMaps).toEqual([]);
  });

  it("leaves an empty page, never saved, when it was the only map", () => {
    visit();
    const only = openId();
    visit();
    expect(page.app().stores.document.getState().libraryId).toBeNull();
    expect(page.app().stores.document.getState().doc.map.title).toBe("No map open");
    expect(
      page
        .app()
        .stores.keep.getState()
        .failedMaps.map((failure) => failure.id),
    ).toEqual([only]);
    page.app().keep.openMap(only);
    expect(page.app().stores.document.getState().libraryId).toBe(only);
    expect(page.app().stores.keep.getState().failedMaps).toEqual([]);
  });
});
