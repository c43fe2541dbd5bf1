/**
 * The explore view keeps its structure (and so the layout and all that follows from who argues about
 * whom) across an edit that changes no id, kind or edge, and builds it again for any edit that does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArgumentMap, NodeKind } from "../../../src/model/schema";
import { buildStructure } from "../../../src/store/explore/argument-structure";
import { createExploreView } from "../../../src/store/explore/explore-view-store";
import { createUiStore } from "../../../src/store/ui-store";
import { graphArbitrary } from "../ui/graph-arbitrary";

function viewOf(start: ArgumentMap) {
  let doc = start;
  const ui = createUiStore();
  const view = createExploreView(
    () => doc,
    () => ({ ...ui.getState(), selectedId: null }),
  );
  return {
    view,
    open(next: ArgumentMap) {
      doc = next;
      view.refresh();
    },
  };
}

const asMap = (graph: Pick<ArgumentMap, "nodes" | "edges">): ArgumentMap =>
  ({ ...graph, map: { title: "t" } }) as unknown as ArgumentMap;

/** The parts of a structure the canvas reads, in plain values. */
const contentOf = (structure: ReturnType<typeof buildStructure>) => ({
  ids: structure.ids,
  kinds: [...structure.kinds],
  children: [...structure.children],
  parents: [...structure.parents],
});

const KINDS: NodeKind[] = ["thesis", "claim", "evidence", "critique", "rebuttal"];

describe("the explore view's structure", () => {
  it("stays the same object when only a point's words change, and is built again when its kind does", () => {
    const graph = asMap({
      nodes: [
        { id: "t", kind: "thesis", text: "thesis" },
        { id: "c", kind: "claim", text: "claim" },
      ],
      edges: [{ id: "e", from: "c", to: "t", relation: "support" }],
    });
    const { view, open } = viewOf(graph);
    const first = view.getState().structure;
    open({ ...graph, nodes: [graph.nodes[0], { ...graph.nodes[1], text: "reworded" }] } as ArgumentMap);
    expect(view.getState().structure).toBe(first);
    open({ ...graph, nodes: [graph.nodes[0], { ...graph.nodes[1], kind: "evidence" }] } as ArgumentMap);
    expect(view.getState().structure).not.toBe(first);
    expect(view.getState().structure.kinds.get("c")).toBe("evidence");
  });

  it("always reads as the structure built afresh from the map, whatever the edit", () => {
    const edit = fc.record({
      at: fc.nat(),
      change: fc.constantFrom("words", "kind", "id", "drop", "edges"),
      kind: fc.constantFrom(...KINDS),
    });
    fc.assert(
      fc.property(graphArbitrary, fc.array(edit, { maxLength: 8 }), (graph, edits) => {
        let doc = asMap(graph);
        const { view, open } = viewOf(doc);
        for (const { at, change, kind } of edits) {
          const i = at % doc.nodes.length;
          const nodes = [...doc.nodes];
          const target = nodes[i];
          if (!target) continue;
          let edges = doc.edges;
          if (change === "words") nodes[i] = { ...target, text: `${target.text}!` };
          if (change === "kind") nodes[i] = { ...target, kind };
          if (change === "id") nodes[i] = { ...target, id: `${target.id}-renamed` };
          if (change === "drop" && nodes.length > 1) nodes.splice(i, 1);
          if (change === "edges") edges = doc.edges.slice(1);
          doc = { ...doc, nodes, edges };
          open(doc);
          expect(contentOf(view.getState().structure)).toEqual(contentOf(buildStructure(doc)));
        }
      }),
      { numRuns: 150 },
    );
  });
});
