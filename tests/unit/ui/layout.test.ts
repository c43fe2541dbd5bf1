import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Position } from "../../../src/model/schema";
import { buildStructure } from "../../../src/store/explore/argument-structure";
import { layeredLayout } from "../../../src/ui/layout/layered-layout";
import { layoutGraphOf, NODE_SIZE } from "../../../src/ui/layout/layout-graph";
import { DAGRE_LIMIT, layoutMap } from "../../../src/ui/layout/layout-map";
import { treeLayout } from "../../../src/ui/layout/tree-layout";
import { edge, graphArbitrary, node } from "./graph-arbitrary";

const debate = buildStructure({
  nodes: [
    node("t", "thesis"),
    node("c1"),
    node("c2"),
    node("ev", "evidence"),
    node("k", "critique"),
    node("free"),
  ],
  edges: [
    edge("e1", "c1", "t"),
    edge("e2", "c2", "t"),
    edge("e3", "ev", "c1"),
    edge("e4", "k", "c1", "attack"),
  ],
});

describe.each([
  ["dagre", layeredLayout],
  ["tree", treeLayout],
])("the %s layout", (_name, layout) => {
  it("puts the thesis above what argues about it, and that above its own arguments", () => {
    const at = layout(layoutGraphOf(debate, new Set()));
    expect(at.get("t")?.y).toBeLessThan(at.get("c1")?.y as number);
    expect(at.get("c1")?.y).toBeLessThan(at.get("ev")?.y as number);
    expect(at.get("c1")?.y).toBe(at.get("c2")?.y);
  });

  it("lays out only what collapsing leaves on the canvas", () => {
    const at = layout(layoutGraphOf(debate, new Set(["ev", "k"])));
    expect([...at.keys()].sort()).toEqual(["c1", "c2", "free", "t"]);
  });

  it("places every node of any graph, cycles and several roots included, without overlaps", () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const at = layout(layoutGraphOf(buildStructure(graph), new Set()));
        expect([...at.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
        for (const position of [...at.values()]) {
          expect(Number.isFinite(position.x) && Number.isFinite(position.y)).toBe(true);
        }
        expectNoOverlap([...at.values()]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("choosing a layout", () => {
  // Which layout was chosen is told by its positions: the two layouts place the same tree differently.
  // (How fast the tree layout is belongs to the benchmarks, not here.)
  it("lays out big maps with the tidy tree layout", () => {
    const count = DAGRE_LIMIT * 5;
    const structure = buildStructure({
      nodes: Array.from({ length: count }, (_, i) => node(`n${i}`)),
      edges: Array.from({ length: count - 1 }, (_, i) => edge(`e${i}`, `n${i + 1}`, `n${Math.floor(i / 3)}`)),
    });
    const graph = layoutGraphOf(structure, new Set());
    const at = layoutMap(graph);
    expect(at.size).toBe(count);
    expect(at).toEqual(treeLayout(graph));
    expect(at).not.toEqual(layeredLayout(graph));
  });
});

function expectNoOverlap(positions: Position[]): void {
  const sorted = [...positions].sort((a, b) => a.y - b.y || a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i] as Position;
      const b = sorted[j] as Position;
      if (b.y - a.y >= NODE_SIZE.height) break;
      const apart = Math.abs(a.x - b.x) >= NODE_SIZE.width - 1;
      expect(apart).toBe(true);
    }
  }
}
