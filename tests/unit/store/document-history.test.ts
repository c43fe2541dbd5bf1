import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app/create-app";
import { addNode, connect, moveNodes, updateNode } from "../../../src/model/operations";
import type { ArgumentMap } from "../../../src/model/schema";
import { HISTORY_LIMIT } from "../../../src/store/document-store";
import { validMapArb } from "../../helpers/arbitraries";
import { anyStepArb as stepArb } from "../../helpers/operation-steps";
import { smallMap } from "../../helpers/small-map";
import { stopTestApps, testApp } from "../../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

const store = () => app.stores.document.getState();
const edit = (change: (doc: ArgumentMap) => ArgumentMap) => store().applyEdit(change);
const mustAdd = (doc: ArgumentMap, text: string) => {
  const result = addNode(doc, { kind: "claim", text });
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
};

describe("undo and redo", () => {
  beforeEach(() => store().openDocument(smallMap()));

  it("undoes and redoes one edit at a time", () => {
    edit((doc) => mustAdd(doc, "first"));
    edit((doc) => mustAdd(doc, "second"));
    expect(store().doc.nodes).toHaveLength(7);
    store().undo();
    expect(
      store()
        .doc.nodes.map((n) => n.text)
        .at(-1),
    ).toBe("first");
    store().undo();
    expect(store().doc).toEqual(smallMap());
    store().undo();
    expect(store().doc).toEqual(smallMap());
    store().redo();
    store().redo();
    expect(store().doc.nodes).toHaveLength(7);
  });

  it("a new edit after undo drops the redo branch", () => {
    edit((doc) => mustAdd(doc, "first"));
    store().undo();
    edit((doc) => mustAdd(doc, "other"));
    store().redo();
    expect(store().doc.nodes.at(-1)?.text).toBe("other");
  });

  it("a drag is one step: moving is undone like any edit", () => {
    edit((doc) => moveNodes(doc, { c: { x: 100, y: 50 } }));
    store().undo();
    expect(store().doc.nodes.map((node) => node.position)).toEqual(
      smallMap().nodes.map((node) => node.position),
    );
  });

  it("tidying up is one step: undo brings back every position it forgot", () => {
    edit((doc) => moveNodes(doc, { c: { x: 100, y: 50 } }));
    edit((doc) => moveNodes(doc, { k: { x: -100, y: 50 } }));
    const placed = () =>
      store()
        .doc.nodes.filter((node) => node.position)
        .map((node) => node.id);
    expect(placed()).toEqual(["t", "c", "k"]);
    app.commands.explore.tidyUp();
    expect(placed()).toEqual([]);
    store().undo();
    expect(placed()).toEqual(["t", "c", "k"]);
    store().redo();
    expect(placed()).toEqual([]);
  });

  it("collapsing is not a step, and undo keeps what is collapsed now", () => {
    edit((doc) => mustAdd(doc, "first"));
    store().updateView((view) => ({ ...view, collapsed: ["k"] }));
    store().undo();
    expect(store().doc.nodes).toHaveLength(5);
    expect(store().doc.view?.collapsed).toEqual(["k"]);
    store().undo();
    expect(store().doc.view?.collapsed).toEqual(["k"]);
  });

  it("edits that change nothing are not steps", () => {
    edit((doc) => doc);
    const refused = updateNode(store().doc, "c", { base: 7 });
    edit((doc) => (refused.ok ? refused.doc : doc));
    expect(app.stores.document.temporal.getState().pastStates).toHaveLength(0);
  });

  it("opening another map starts a fresh history", () => {
    edit((doc) => mustAdd(doc, "first"));
    store().openDocument(smallMap());
    store().undo();
    expect(store().doc).toEqual(smallMap());
    expect(store().revision).toBe(0);
  });

  it("counts every change in the revision, undo and redo included", () => {
    edit((doc) => mustAdd(doc, "first"));
    store().undo();
    store().redo();
    expect(store().revision).toBe(3);
  });

  it(`keeps at least 200 steps (the limit is ${HISTORY_LIMIT})`, () => {
    for (let i = 0; i < 250; i++) edit((doc) => mustAdd(doc, `node ${i}`));
    for (let i = 0; i < 250; i++) store().undo();
    expect(store().doc).toEqual(smallMap());
  });

  it("connect refusals leave history alone", () => {
    const result = connect(store().doc, { from: "c", to: "c", relation: "support" });
    expect(result.ok).toBe(false);
    expect(app.stores.document.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe("undo as a property", () => {
  it("undoing every step gives back the start exactly; redoing them gives the end", () => {
    fc.assert(
      fc.property(
        validMapArb({ maxNodes: 6, maxEdges: 8 }),
        fc.array(stepArb, { maxLength: 20 }),
        (start, steps) => {
          store().openDocument(start);
          for (const step of steps) edit(step.run);
          const end = store().doc;
          const taken = app.stores.document.temporal.getState().pastStates.length;
          for (let i = 0; i < taken; i++) store().undo();
          expect(store().doc).toEqual(start);
          for (let i = 0; i < taken; i++) store().redo();
          expect(store().doc).toEqual(end);
        },
      ),
      { numRuns: 100 },
    );
  });
});
