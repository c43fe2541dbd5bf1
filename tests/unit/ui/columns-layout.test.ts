import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnRoute } from "../../../src/model/layout/column-routes";
import { columnsLayout, fitsInColumns } from "../../../src/model/layout/columns-layout";
import { spanningTree } from "../../../src/model/layout/tree-layout";
import type { Position } from "../../../src/model/schema";
import { buildStructure } from "../../../src/store/explore/argument-structure";
import { COMPACT_READABLE_ZOOM } from "../../../src/ui/canvas/card-zoom";
import { type LayoutGraph, layoutGraphOf, NODE_SIZE } from "../../../src/ui/layout/layout-graph";
import { layoutMap } from "../../../src/ui/layout/layout-map";
import { ternaryTree } from "../../helpers/layout-trees";
import { graphArbitrary } from "./graph-arbitrary";

const { width: W, height: H } = NODE_SIZE;

function essayGraph(): LayoutGraph {
  const doc = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8"));
  return layoutGraphOf(buildStructure(doc), new Set());
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const cardOf = (at: Position): Rect => ({ left: at.x, top: at.y, right: at.x + W, bottom: at.y + H });

/** Whether the open interiors of two rectangles meet (a segment is a rectangle of no width). */
function meets(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The axis-aligned segments of an "M x,y H x V y" path, each as a (thin) rectangle. */
function segmentsOf(path: string): Rect[] {
  const steps = path.match(/[MHV][^MHV]+/g) ?? [];
  let x = 0;
  let y = 0;
  const rects: Rect[] = [];
  for (const step of steps) {
    const [command, rest] = [step[0], step.slice(1)];
    if (command === "M") [x, y] = rest.split(",").map(Number) as [number, number];
    else if (command === "H") {
      const to = Number(rest);
      rects.push({ left: Math.min(x, to), right: Math.max(x, to), top: y, bottom: y });
      x = to;
    } else {
      const to = Number(rest);
      rects.push({ left: x, right: x, top: Math.min(y, to), bottom: Math.max(y, to) });
      y = to;
    }
  }
  return rects;
}

/** Every link of the layout's tree, drawn as the canvas draws it, crosses no card but its own two. */
function expectLinksClearOfCards(graph: LayoutGraph, at: ReadonlyMap<string, Position>): void {
  const tree = spanningTree(graph);
  const cards = graph.ids.map((id) => cardOf(at.get(id) as Position));
  tree.order.forEach((parent) => {
    for (const child of tree.children[parent] as number[]) {
      const from = at.get(graph.ids[child] as string) as Position;
      const to = at.get(graph.ids[parent] as string) as Position;
      const top = { x: from.x + W / 2, y: from.y };
      const bottom = { x: to.x + W / 2, y: to.y + H };
      const route = columnRoute(top, bottom, NODE_SIZE);
      // A plain curve stays inside the box between its two ends.
      const pieces = route
        ? segmentsOf(route.path)
        : [
            {
              left: Math.min(top.x, bottom.x),
              right: Math.max(top.x, bottom.x),
              top: bottom.y,
              bottom: top.y,
            },
          ];
      cards.forEach((card, k) => {
        if (k === child || k === parent) return;
        for (const piece of pieces) expect(meets(piece, card)).toBe(false);
      });
    }
  });
}

describe("the columns layout", () => {
  it("places every point of any graph without overlaps, and its tree's links cross no card", () => {
    fc.assert(
      fc.property(graphArbitrary, (doc) => {
        const graph = layoutGraphOf(buildStructure(doc), new Set());
        const at = columnsLayout(graph);
        expect([...at.keys()].sort()).toEqual(doc.nodes.map((n) => n.id).sort());
        const cards = [...at.values()].map(cardOf);
        cards.forEach((a, i) => {
          cards.forEach((b, j) => {
            if (i < j) expect(meets(a, b)).toBe(false);
          });
        });
        expectLinksClearOfCards(graph, at);
      }),
      { numRuns: 80 },
    );
  });

  it("lays the essay out so that it can be read whole beside the side panel at 1280 × 800", () => {
    const graph = essayGraph();
    const at = columnsLayout(graph);
    const xs = [...at.values()].map((p) => p.x);
    const ys = [...at.values()].map((p) => p.y);
    const width = Math.max(...xs) + W - Math.min(...xs);
    const height = Math.max(...ys) + H - Math.min(...ys);
    // The map area left at 1280 × 800 by two rows of header, the side panel and the floating buttons.
    const zoom = Math.min(900 / width, 640 / height);
    expect(zoom).toBeGreaterThanOrEqual(COMPACT_READABLE_ZOOM);
    expectLinksClearOfCards(graph, at);
    // The thesis is on top of everything.
    const thesis = at.get("t1") as Position;
    expect(ys.every((y) => y >= thesis.y)).toBe(true);
  });

  it("is chosen for classroom-sized maps only; bigger ones are laid out top down", () => {
    const graph = essayGraph();
    expect(fitsInColumns(graph.ids.length)).toBe(true);
    expect(layoutMap(graph, "columns", null)).toEqual(columnsLayout(graph));
    const count = 200;
    const big = ternaryTree(count);
    expect(fitsInColumns(count)).toBe(false);
    expect(layoutMap(big, "columns", null)).toEqual(layoutMap(big, "top-down", null));
  });
});
