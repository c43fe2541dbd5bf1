/**
 * A share link opened in a tab with an edit still waiting for the autosave: the edit is written before
 * the link is read, whether the link is refused (decompressing past the limit) or offered for import,
 * and the link's map never replaces the open one by itself.
 */
import { describe, expect, it } from "vitest";
import { encodeShareFragment } from "../../src/io/share-link";
import { retitleMap } from "../../src/model/operations/map-info";
import { useDocumentStore, useKeepStore } from "../../src/store/app-stores";
import { keepSession } from "../../src/store/persistence/start-keep";
import { mapKey } from "../../src/store/persistence/storage-keys";
import { repeatingLink } from "../helpers/crafted-share-link";
import { keepPage } from "./keep-page";

const page = keepPage();

/** Retitles the open map: an edit the autosave writes only after its delay. */
function editWithoutSaving(title: string): string {
  const id = useKeepStore.getState().openId as string;
  useDocumentStore.getState().applyEdit((doc) => retitleMap(doc, title));
  expect(page.storage().getItem(mapKey(id))).not.toContain(title);
  return id;
}

describe("a share link opened with an edit pending", () => {
  it("writes the edit before refusing a link that decompresses past the limit", () => {
    page.visit();
    const id = editWithoutSaving("Written before the link");
    keepSession()?.importShareFragment(`#map=${repeatingLink(12_000)}`);
    expect(page.storage().getItem(mapKey(id))).toContain("Written before the link");
    const report = useKeepStore.getState().importReport;
    expect(report).toMatchObject({ source: "the share link", ok: false });
    expect(useDocumentStore.getState().doc.map.title).toBe("Written before the link");
  });

  it("writes the edit before offering a readable link's map", () => {
    page.visit();
    const shared = retitleMap(useDocumentStore.getState().doc, "The shared map");
    const id = editWithoutSaving("Written before the offer");
    keepSession()?.importShareFragment(`#${encodeShareFragment(shared)}`);
    expect(page.storage().getItem(mapKey(id))).toContain("Written before the offer");
    expect(useKeepStore.getState().pendingShare?.title).toBe("The shared map");
    expect(useDocumentStore.getState().doc.map.title).toBe("Written before the offer");
  });
});
