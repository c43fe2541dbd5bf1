import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app/create-app";
import { generateDebate } from "../../../src/model/generate-debate";
import { smallMap } from "../../helpers/small-map";
import { stopTestApps, testApp } from "../../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

describe("a map that is never saved", () => {
  it("is flagged while open, through edits, and no longer once another map opens", () => {
    app.commands.maps.openEphemeral(generateDebate({ nodes: 20 }));
    expect(app.commands.maps.isEphemeral()).toBe(true);
    expect(app.stores.ephemeral.getState().ephemeral).toBe(true);
    expect(app.stores.document.getState().libraryId).toBeNull();

    app.stores.document.getState().updateView((view) => ({ ...view, collapsed: ["n0"] }));
    expect(app.commands.maps.isEphemeral()).toBe(true);

    app.stores.document.getState().openDocument(smallMap());
    expect(app.commands.maps.isEphemeral()).toBe(false);
    expect(app.stores.ephemeral.getState()).toMatchObject({ ephemeral: false, ephemeralMapId: null });
  });
});
