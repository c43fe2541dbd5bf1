import { describe, expect, it } from "vitest";
import { generateDebate } from "../../../src/model/generate-debate";
import {
  isEphemeralDocument,
  openEphemeralDocument,
  useDocumentStore,
  useEphemeralMap,
} from "../../../src/store/app-stores";
import { smallMap } from "../../helpers/small-map";

describe("a map that is never saved", () => {
  it("is flagged while open, through edits, and no longer once another map opens", () => {
    openEphemeralDocument(generateDebate({ nodes: 20 }));
    expect(isEphemeralDocument()).toBe(true);
    expect(useEphemeralMap.getState().ephemeral).toBe(true);
    expect(useDocumentStore.getState().libraryId).toBeNull();

    useDocumentStore.getState().updateView((view) => ({ ...view, collapsed: ["n0"] }));
    expect(isEphemeralDocument()).toBe(true);

    useDocumentStore.getState().openDocument(smallMap());
    expect(isEphemeralDocument()).toBe(false);
    expect(useEphemeralMap.getState()).toMatchObject({ ephemeral: false, ephemeralMapId: null });
  });
});
