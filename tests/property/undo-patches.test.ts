/**
 * The undo history keeps patches, not documents. Undo and redo must still give back exactly the maps
 * they stood for, whether a step's patches came from the operations or the step was a document made
 * by hand, and must put back the very records the edit replaced, so the canvas redraws no more on undo
 * than it did on the edit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moveNodes } from "../../src/model/operations";
import type { ArgumentMap } from "../../src/model/schema";
import { createDocumentStore } from "../../src/store/document-store";
import { createEventBus } from "../../src/store/events";
import { validMapArb } from "../helpers/arbitraries";
import { anyStepArb } from "../helpers/operation-steps";
import { expectUndoAndRedoThrough } from "../helpers/undo-walk";

const handMade = (doc: ArgumentMap): ArgumentMap => ({
  ...doc,
  map: { ...doc.map, title: `${doc.map.title}!` },
});

describe("undo and redo by patches", () => {
  it("give back every version, with steps from the operations and steps made by hand mixed", () => {
    fc.assert(
      fc.property(
        validMapArb({ maxNodes: 6, maxEdges: 8 }),
        fc.array(
          fc.oneof({ weight: 4, arbitrary: anyStepArb.map((step) => step.run) }, fc.constant(handMade)),
          {
            maxLength: 15,
          },
        ),
        (start, edits) => {
          const store = createDocumentStore(createEventBus(), start);
          const versions = [start];
          for (const edit of edits) {
            // A document computed before applyEdit is called: no patches of it were recorded.
            const byHand = edit === handMade ? edit(store.getState().doc) : null;
            store.getState().applyEdit(byHand ? () => byHand : edit);
            if (store.getState().doc !== versions.at(-1)) versions.push(store.getState().doc);
          }
          expectUndoAndRedoThrough(store, versions);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("put back the very records an edit removed or left alone; only the records it changed are new", () => {
    fc.assert(
      fc.property(validMapArb({ maxNodes: 6, maxEdges: 8 }), anyStepArb, (start, step) => {
        const store = createDocumentStore(createEventBus(), start);
        store.getState().applyEdit(step.run);
        const edited = store.getState().doc;
        if (edited === start) return;
        store.getState().undo();
        const restored = store.getState().doc;
        expect(restored).toEqual(start);
        const lists = (doc: ArgumentMap): ReadonlyArray<ReadonlyArray<{ id: string }>> => [
          doc.nodes,
          doc.edges,
          doc.sources ?? [],
        ];
        lists(restored).forEach((list, l) => {
          const changed = new Map((lists(edited)[l] ?? []).map((record) => [record.id, record]));
          list.forEach((record, i) => {
            const original = lists(start)[l]?.[i];
            const now = changed.get(record.id);
            if (now === undefined || now === original) expect(record).toBe(original);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it("undo and redo a drag without touching a fold made after it", () => {
    const start: ArgumentMap = {
      format: "argument-map",
      version: 3,
      map: { id: "m", title: "Folds" },
      nodes: [
        { id: "t", kind: "thesis", text: "A thesis." },
        { id: "c", kind: "claim", text: "A claim." },
      ],
      edges: [{ id: "e", from: "c", to: "t", relation: "support" }],
    } as ArgumentMap;
    const store = createDocumentStore(createEventBus(), start);
    store.getState().applyEdit((doc) => moveNodes(doc, { c: { x: 10, y: 20 } }));
    store.getState().updateView((view) => ({ ...view, collapsed: ["t"] }));
    const claim = () => store.getState().doc.nodes[1];
    store.getState().undo();
    // Undoing the drag takes the position away; the fold made after it stays.
    expect(claim()?.position).toBeUndefined();
    expect(store.getState().doc.view).toEqual({ collapsed: ["t"] });
    store.getState().redo();
    expect(claim()?.position).toEqual({ x: 10, y: 20 });
    expect(store.getState().doc.view).toEqual({ collapsed: ["t"] });
  });
});
