/**
 * The stores as createAppStores wires them, each test on a set of its own: what opening a map resets,
 * what an edit prunes, how the one selection orders its points, and that two sets never meet.
 */

import { describe, expect, it } from "vitest";
import { createAppStores } from "../../../src/app/create-stores";
import { generateDebate } from "../../../src/model/generate-debate";
import { deleteNodes } from "../../../src/model/operations";
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
    stores.selection.getState().selectNodes(["c"]);
    stores.selection.getState().setEditing("c");
    stores.ui.getState().setSearchQuery("uniforms");
    const requested = stores.ui.getState().startViewRequest;
    const heard: AppEvents["mapOpened"][] = [];
    stores.events.on("mapOpened", (event) => heard.push(event));

    const next = generateDebate({ nodes: 12, seed: 2 });
    stores.document.getState().openDocument(next, "lib-1");

    expect(heard).toEqual([{ doc: next, libraryId: "lib-1" }]);
    expect(stores.ui.getState().searchQuery).toBe("");
    expect(stores.ui.getState().startViewRequest).toBe(requested + 1);
    expect(stores.selection.getState()).toMatchObject({ primaryId: null, editingId: null, edgeId: null });
    expect(stores.selection.getState().nodeIds.size).toBe(0);
    expect(stores.score.getState().results.doc).toBe(next);
    expect(stores.explore.getState().structure.ids).toEqual(next.nodes.map((node) => node.id));
  });

  it("drop from the selection what an edit deletes, and move the primary selection to what is left", () => {
    const stores = fresh();
    stores.selection.getState().selectNodes(["ev", "k"]);
    stores.selection.getState().setEditing("k");
    expect(stores.selection.getState().primaryId).toBe("k");
    stores.document.getState().applyEdit((doc) => deleteNodes(doc, ["k"]));
    expect(stores.selection.getState().nodeIds).toEqual(new Set(["ev"]));
    expect(stores.selection.getState().editingId).toBeNull();
    expect(stores.selection.getState().primaryId).toBe("ev");
    expect(stores.score.getState().results.doc.nodes.map((node) => node.id)).not.toContain("k");
  });

  it("keep the selection and the scores through a change of the view alone", () => {
    const stores = fresh();
    stores.selection.getState().selectNodes(["c"]);
    const results = stores.score.getState().results;
    stores.document.getState().updateView((view) => ({ ...view, collapsed: ["c"] }));
    expect(stores.score.getState().results).toBe(results);
    expect(stores.selection.getState().nodeIds).toEqual(new Set(["c"]));
    expect(stores.explore.getState().collapsed).toEqual(new Set(["c"]));
  });

  it("make a point primary without dropping the others, and take one out on a second toggle", () => {
    const stores = fresh();
    const selection = () => stores.selection.getState();
    selection().selectNodes(["c", "ev", "t"]);
    selection().makePrimary("c");
    expect(selection().primaryId).toBe("c");
    expect(selection().nodeIds).toEqual(new Set(["c", "ev", "t"]));
    selection().toggleNode("c");
    expect(selection().primaryId).toBe("t");
    selection().selectEdge(stores.document.getState().doc.edges[0]?.id as string);
    expect(selection().nodeIds.size).toBe(0);
    expect(selection().primaryId).toBeNull();
    expect(selection().edgeId).not.toBeNull();
  });

  it("follow the primary point in the explore view's focus", () => {
    const stores = fresh();
    stores.ui.getState().setFocusMode(true);
    expect(stores.explore.getState().inFocus).toBeNull();
    stores.selection.getState().selectNodes(["ev"]);
    expect(stores.explore.getState().inFocus?.has("ev")).toBe(true);
    stores.selection.getState().selectNodes(["r"]);
    expect(stores.explore.getState().inFocus?.has("r")).toBe(true);
  });

  it("are separate from any other set", () => {
    const one = fresh();
    const two = fresh();
    one.selection.getState().selectNodes(["c"]);
    one.document.getState().applyEdit((doc) => deleteNodes(doc, ["r"]));
    expect(two.selection.getState().primaryId).toBeNull();
    expect(two.document.getState().doc.nodes).toHaveLength(5);
    expect(two.selection.getState().nodeIds.size).toBe(0);
  });
});
