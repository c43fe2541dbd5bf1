/**
 * The site's storage cleared while the app is open: the open map is noticed missing when the tab comes
 * back (or another tab clears storage), written again, and the user told; "Saved" is then true again.
 */
import { describe, expect, it } from "vitest";
import { mapKey } from "../../src/store/persistence/storage-keys";
import { keepPage } from "./keep-page";

const page = keepPage();

/** What clearing the site's data does: every key gone, with no event in this tab. */
const clearAll = () => {
  const storage = page.storage();
  for (let i = storage.length - 1; i >= 0; i--) storage.removeItem(storage.key(i) as string);
};

const storedTitle = (id: string) => {
  const raw = page.storage().getItem(mapKey(id));
  return raw === null ? null : (/"title":\s*"([^"]*)"/.exec(raw)?.[1] ?? "");
};

describe("storage cleared while the app is open", () => {
  it("writes the open map again when the tab is focused, and says so", () => {
    page.visit();
    const id = page.app().stores.keep.getState().openId as string;
    const title = page.app().stores.document.getState().doc.map.title;
    expect(page.app().stores.keep.getState().status.state).toBe("saved");
    clearAll();

    window.dispatchEvent(new Event("focus"));
    expect(storedTitle(id)).toBe(title);
    expect(page.app().stores.keep.getState().status.state).toBe("saved");
    expect(page.app().stores.notices.getState().lasting?.message).toContain(
      `“${title}” was no longer in this browser's storage`,
    );
    expect(
      page
        .app()
        .stores.keep.getState()
        .entries.map((entry) => entry.id),
    ).toEqual([id]);
  });

  it("writes it again when the page is hidden, though nothing was edited", () => {
    page.visit();
    const id = page.app().stores.keep.getState().openId as string;
    clearAll();
    page.app().keep.pageHidden();
    expect(storedTitle(id)).not.toBeNull();
  });

  it("says it could not be saved again when storage refuses it", () => {
    page.visit();
    clearAll();
    page.storage().setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    page.app().keep.catchUp();
    expect(page.app().stores.keep.getState().status.state).toBe("unsaved");
    expect(page.app().stores.notices.getState().lasting?.message).toMatch(
      /saving it again failed\. Export it to keep it\./,
    );
  });
});
