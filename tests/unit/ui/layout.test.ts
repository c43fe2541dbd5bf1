import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { treeLayout } from "../../../src/model/layout/tree-layout";
import { WIDE_SCREEN, wrappedLayout } from "../../../src/model/layout/wrapped-layout";
import type { Position } from "../../../src/model/schema";
import { buildStructure } from "../../../src/store/explore/argument-structure";
import { layeredLayout } from "../../../src/ui/layout/layered-layout";
import { layoutGraphOf, NODE_SIZE } from "../../../src/ui/layout/layout-graph";
import { DAGRE_LIMIT, layoutMap, wantsLayeredLayout } from "../../../src/ui/layout/layout-map";
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
  ["wrapped", (graph: Parameters<typeof treeLayout>[0]) => wrappedLayout(graph)],
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
    const at = layoutMap(graph, "top-down", layeredLayout);
    expect(at.size).toBe(count);
    expect(at).toEqual(treeLayout(graph));
    expect(at).not.toEqual(layeredLayout(graph));
  });

  it("lays out a small map with dagre, and with the tree layout while dagre's code has not loaded", () => {
    const graph = layoutGraphOf(debate, new Set());
    expect(wantsLayeredLayout(graph, "top-down")).toBe(true);
    expect(wantsLayeredLayout(graph, "wrapped")).toBe(false);
    expect(layoutMap(graph, "top-down", layeredLayout)).toEqual(layeredLayout(graph));
    expect(layoutMap(graph, "top-down", null)).toEqual(treeLayout(graph));
    expect(treeLayout(graph)).not.toEqual(layeredLayout(graph));
  });
});

describe("the wrapped layout", () => {
  // A thesis with many claims, each with two pieces of evidence: wide and shallow, as an essay map is.
  const wide = (claims: number) =>
    buildStructure({
      nodes: [
        node("t", "thesis"),
        ...Array.from({ length: claims }, (_, i) => [
          node(`c${i}`),
          node(`c${i}a`, "evidence"),
          node(`c${i}b`, "evidence"),
        ]).flat(),
      ],
      edges: Array.from({ length: claims }, (_, i) => [
        edge(`e${i}`, `c${i}`, "t"),
        edge(`e${i}a`, `c${i}a`, `c${i}`),
        edge(`e${i}b`, `c${i}b`, `c${i}`),
      ]).flat(),
    });

  it("wraps a long row of siblings so a wide, shallow map comes out near a 16:10 screen's shape", () => {
    const graph = layoutGraphOf(wide(12), new Set());
    const topDown = shapeOf(layeredLayout(graph));
    const wrapped = shapeOf(wrappedLayout(graph));
    expect(topDown).toBeGreaterThan(4);
    expect(Math.abs(Math.log(wrapped / WIDE_SCREEN))).toBeLessThan(Math.log(1.5));
    expect(Math.abs(Math.log(wrapped / WIDE_SCREEN))).toBeLessThan(Math.abs(Math.log(topDown / WIDE_SCREEN)));
  });

  it("keeps every point below the point it argues about, and evidence rows under their claim", () => {
    const at = wrappedLayout(layoutGraphOf(wide(12), new Set()));
    for (let i = 0; i < 12; i++) {
      const claim = at.get(`c${i}`) as Position;
      expect(claim.y).toBeGreaterThan(at.get("t")?.y as number);
      for (const leaf of [`c${i}a`, `c${i}b`]) {
        expect(at.get(leaf)?.y).toBe(claim.y + NODE_SIZE.height + 72);
        // Under its own claim: within the claim's two-wide band, centred on it.
        expect(Math.abs((at.get(leaf)?.x as number) - claim.x)).toBeLessThanOrEqual(NODE_SIZE.width);
      }
    }
  });

  it("puts every node of any tree below its parent", () => {
    const treeArbitrary = fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((parents) =>
      buildStructure({
        nodes: [node("n0", "thesis"), ...parents.map((_, i) => node(`n${i + 1}`))],
        edges: parents.map((p, i) => edge(`e${i}`, `n${i + 1}`, `n${p % (i + 1)}`)),
      }),
    );
    fc.assert(
      fc.property(treeArbitrary, fc.double({ min: 0.3, max: 4, noNaN: true }), (structure, shape) => {
        const at = wrappedLayout(layoutGraphOf(structure, new Set()), NODE_SIZE, shape);
        for (const [id, links] of structure.children) {
          for (const link of links) expect(at.get(link.child)?.y).toBeGreaterThan(at.get(id)?.y as number);
        }
        expectNoOverlap([...at.values()]);
      }),
      { numRuns: 80 },
    );
  });

  it("is what the canvas draws when the reader chooses it", () => {
    const graph = layoutGraphOf(wide(5), new Set());
    expect(layoutMap(graph, "wrapped", layeredLayout)).toEqual(wrappedLayout(graph));
    expect(layoutMap(graph, "top-down", layeredLayout)).toEqual(layeredLayout(graph));
  });
});

/** Width over height of the laid-out nodes' bounds. */
function shapeOf(at: ReadonlyMap<string, Position>): number {
  const xs = [...at.values()].map((p) => p.x);
  const ys = [...at.values()].map((p) => p.y);
  const width = Math.max(...xs) + NODE_SIZE.width - Math.min(...xs);
  const height = Math.max(...ys) + NODE_SIZE.height - Math.min(...ys);
  return width / height;
}

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
