/**
 * A share link opened in a tab with an edit still waiting for the autosave: the edit is written before
 * the link is read, whether the link is refused (decompressing past the limit) or offered for import,
 * and the link's map never replaces the open one by itself.
 */
import { describe, expect, it } from "vitest";
import { encodeShareFragment } from "../../src/io/share-link";
import { retitleMap } from "../../src/model/operations/map-info";
import { mapKey } from "../../src/store/persistence/storage-keys";
import { repeatingLink } from "../helpers/crafted-share-link";
import { keepPage } from "./keep-page";

const page = keepPage();

/** Retitles the open map: an edit the autosave writes only after its delay. */
function editWithoutSaving(title: string): string {
  const id = page.app().stores.keep.getState().openId as string;
  page
    .app()
    .stores.document.getState()
    .applyEdit((doc) => retitleMap(doc, title));
  expect(page.storage().getItem(mapKey(id))).not.toContain(title);
  return id;
}

describe("a share link opened with an edit pending", () => {
  it("writes the edit before refusing a link that decompresses past the limit", () => {
    page.visit();
    const id = editWithoutSaving("Written before the link");
    page.app().keep.importShareFragment(`#map=${repeatingLink(12_000)}`);
    expect(page.storage().getItem(mapKey(id))).toContain("Written before the link");
    const report = page.app().stores.keep.getState().importReport;
    expect(report).toMatchObject({ source: "the share link", ok: false });
    expect(page.app().stores.document.getState().doc.map.title).toBe("Written before the link");
  });

  it("writes the edit before offering a readable link's map", () => {
    page.visit();
    const shared = retitleMap(page.app().stores.document.getState().doc, "The shared map");
    const id = editWithoutSaving("Written before the offer");
    page.app().keep.importShareFragment(`#${encodeShareFragment(shared)}`);
    expect(page.storage().getItem(mapKey(id))).toContain("Written before the offer");
    expect(page.app().stores.keep.getState().pendingShare?.title).toBe("The shared map");
    expect(page.app().stores.document.getState().doc.map.title).toBe("Written before the offer");
  });
});
