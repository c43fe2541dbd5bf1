/**
 * The stores as createAppStores wires them, each test on a set of its own: what opening a map resets,
 * what an edit prunes, how the canvas selection follows the reader's, and that two sets never meet.
 */
import { describe, expect, it } from "vitest";
import { generateDebate } from "../../../src/model/generate-debate";
import { deleteNodes } from "../../../src/model/operations";
import { createAppStores } from "../../../src/store/app-stores";
import type { AppEvents } from "../../../src/store/events";
import { smallMap } from "../../helpers/small-map";

const fresh = () => createAppStores({ initialDoc: smallMap });

describe("the app's stores", () => {
  it("start from the map they are given, scored and explored", () => {
    const stores = fresh();
    const { doc } = stores.document.getState();
    expect(doc.map.id).toBe("small");
    expect(stores.score.getState().results.doc).toBe(doc);
    expect(stores.explore.getState().structure.ids).toEqual(doc.nodes.map((node) => node.id));
  });

  it("reset what belonged to the map before when another map opens, and ask for its start view", () => {
    const stores = fresh();
    stores.ui.getState().select("c");
    stores.ui.getState().setSearchQuery("uniforms");
    stores.edit.setState({ editingId: "c", edgeId: null });
    expect(stores.edit.getState().nodeIds).toEqual(new Set(["c"]));
    const requested = stores.ui.getState().startViewRequest;
    const heard: AppEvents["mapOpened"][] = [];
    stores.events.on("mapOpened", (event) => heard.push(event));

    const next = generateDebate({ nodes: 12, seed: 2 });
    stores.document.getState().openDocument(next, "lib-1");

    expect(heard).toEqual([{ doc: next, libraryId: "lib-1" }]);
    expect(stores.ui.getState()).toMatchObject({ selectedId: null, searchQuery: "" });
    expect(stores.ui.getState().startViewRequest).toBe(requested + 1);
    expect(stores.edit.getState()).toMatchObject({ editingId: null, edgeId: null });
    expect(stores.edit.getState().nodeIds.size).toBe(0);
    expect(stores.score.getState().results.doc).toBe(next);
    expect(stores.explore.getState().structure.ids).toEqual(next.nodes.map((node) => node.id));
  });

  it("drop from the selection what an edit deletes, and move the primary selection to what is left", () => {
    const stores = fresh();
    stores.edit.setState({ nodeIds: new Set(["ev", "k"]), editingId: "k" });
    stores.ui.getState().select("k", { keepSet: true });
    stores.document.getState().applyEdit((doc) => deleteNodes(doc, ["k"]));
    expect(stores.edit.getState().nodeIds).toEqual(new Set(["ev"]));
    expect(stores.edit.getState().editingId).toBeNull();
    expect(stores.ui.getState().selectedId).toBe("ev");
    expect(stores.score.getState().results.doc.nodes.map((node) => node.id)).not.toContain("k");
  });

  it("keep the selection and the scores through a change of the view alone", () => {
    const stores = fresh();
    stores.ui.getState().select("c");
    const results = stores.score.getState().results;
    stores.document.getState().updateView((view) => ({ ...view, collapsed: ["c"] }));
    expect(stores.score.getState().results).toBe(results);
    expect(stores.edit.getState().nodeIds).toEqual(new Set(["c"]));
    expect(stores.explore.getState().collapsed).toEqual(new Set(["c"]));
  });

  it("select a point alone on the canvas when it is selected elsewhere, unless the set holds it", () => {
    const stores = fresh();
    stores.edit.setState({ nodeIds: new Set(["c", "ev"]) });
    stores.ui.getState().select("ev", { keepSet: true });
    expect(stores.edit.getState().nodeIds).toEqual(new Set(["c", "ev"]));
    stores.ui.getState().select("t");
    expect(stores.edit.getState().nodeIds).toEqual(new Set(["t"]));
    stores.ui.getState().select(null);
    expect(stores.edit.getState().nodeIds.size).toBe(0);
  });

  it("are separate from any other set", () => {
    const one = fresh();
    const two = fresh();
    one.ui.getState().select("c");
    one.document.getState().applyEdit((doc) => deleteNodes(doc, ["r"]));
    expect(two.ui.getState().selectedId).toBeNull();
    expect(two.document.getState().doc.nodes).toHaveLength(5);
    expect(two.edit.getState().nodeIds.size).toBe(0);
  });
});
