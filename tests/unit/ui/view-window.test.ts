import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArgumentCanvasEdge, ArgumentCanvasNode } from "../../../src/ui/canvas/canvas-elements";
import {
  type Area,
  areaAround,
  elementsNear,
  placeElements,
  stillServes,
  viewArea,
} from "../../../src/ui/canvas/view-window";
import { NODE_SIZE } from "../../../src/ui/layout/layout-graph";

function node(id: string, x: number, y: number, selected = false): ArgumentCanvasNode {
  return { id, type: "argument", position: { x, y }, data: { kind: "claim" }, selected };
}

function relation(id: string, source: string, target: string): ArgumentCanvasEdge {
  return { id, type: "relation", source, target, data: { relation: "support" } };
}

function near(nodes: ArgumentCanvasNode[], edges: ArgumentCanvasEdge[], area: Area) {
  const handed = elementsNear(placeElements(nodes, edges), area);
  return { nodes: handed.nodes.map((n) => n.id), edges: handed.edges.map((e) => e.id) };
}

const view: Area = { x: 0, y: 0, width: 1000, height: 600 };

describe("the part of a big map handed to React Flow", () => {
  it("keeps the nodes in the area, in their order, and leaves out the rest", () => {
    const nodes = [node("a", 500, 300), node("far", 9000, 9000), node("b", -100, -50)];
    expect(near(nodes, [], view)).toEqual({ nodes: ["a", "b"], edges: [] });
  });

  it("keeps an edge that crosses the area between two nodes out of it, with both its nodes", () => {
    const nodes = [node("left", -5000, 200), node("right", 5000, 250), node("away", -5000, 5000)];
    const edges = [relation("across", "left", "right"), relation("outside", "left", "away")];
    expect(near(nodes, edges, view)).toEqual({ nodes: ["left", "right"], edges: ["across"] });
  });

  it("always keeps the selected nodes, and the edges between kept nodes", () => {
    const nodes = [node("in", 10, 10), node("chosen", 9000, 9000, true), node("also", -9000, 9000, true)];
    const edges = [relation("between", "chosen", "also")];
    expect(near(nodes, edges, view)).toEqual({ nodes: ["in", "chosen", "also"], edges: ["between"] });
  });

  it("keeps the nodes of the relation an undercut in the area questions", () => {
    const nodes = [
      node("u", 100, 100),
      node("t", 200, 400),
      node("from", 9000, 9000),
      node("to", 8000, 8000),
    ];
    const undercut: ArgumentCanvasEdge = {
      id: "x",
      type: "undercut",
      source: "u",
      target: "t",
      data: { questionedSource: "from", questionedTarget: "to" },
    };
    expect(near(nodes, [undercut], view).nodes).toEqual(["u", "t", "from", "to"]);
  });

  it("hands over everything in view and every edge crossing it (property)", () => {
    const coordinate = fc.integer({ min: -4000, max: 4000 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: coordinate, y: coordinate, selected: fc.boolean() }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
        fc.record({ x: coordinate, y: coordinate, zoom: fc.double({ min: 0.1, max: 2, noNaN: true }) }),
        (points, pairs, camera) => {
          const nodes = points.map((p, i) => node(`n${i}`, p.x, p.y, p.selected));
          const edges = pairs.map(([a, b], i) =>
            relation(`e${i}`, `n${a % nodes.length}`, `n${b % nodes.length}`),
          );
          const shown = viewArea([camera.x, camera.y, camera.zoom], 1280, 800);
          const handed = near(nodes, edges, areaAround(shown));
          const kept = new Set(handed.nodes);
          const meets = (x1: number, y1: number, x2: number, y2: number) =>
            x2 > shown.x && x1 < shown.x + shown.width && y2 > shown.y && y1 < shown.y + shown.height;
          for (const n of nodes) {
            const { x, y } = n.position;
            if (n.selected || meets(x, y, x + NODE_SIZE.width, y + NODE_SIZE.height))
              expect(kept.has(n.id)).toBe(true);
          }
          const position = new Map(nodes.map((n) => [n.id, n.position]));
          for (const e of edges) {
            const s = position.get(e.source);
            const t = position.get(e.target);
            if (!s || !t) continue;
            const box = [
              Math.min(s.x, t.x),
              Math.min(s.y, t.y),
              Math.max(s.x, t.x) + NODE_SIZE.width,
              Math.max(s.y, t.y) + NODE_SIZE.height,
            ] as const;
            if (!meets(...box)) continue;
            expect(handed.edges).toContain(e.id);
            expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
          }
          // In the order of the whole list.
          const order = nodes.map((n) => n.id).filter((id) => kept.has(id));
          expect(handed.nodes).toEqual(order);
        },
      ),
    );
  });
});

describe("when the area is chosen again", () => {
  it("keeps an area while the view stays inside it, and chooses again once the view leaves it", () => {
    const area = areaAround(view);
    expect(stillServes(area, { ...view, x: 400, y: 200 })).toBe(true);
    expect(stillServes(area, { ...view, x: 600 })).toBe(false);
  });

  it("chooses a smaller area after zooming far in, and a bigger one after zooming out", () => {
    const area = areaAround(view);
    expect(stillServes(area, { x: 100, y: 100, width: 700, height: 420 })).toBe(true);
    expect(stillServes(area, { x: 100, y: 100, width: 100, height: 60 })).toBe(false);
    expect(stillServes(area, { x: -100, y: -100, width: 2000, height: 1200 })).toBe(false);
  });

  it("reads the view from React Flow's transform and the canvas's size", () => {
    expect(viewArea([-200, 100, 2], 1000, 600)).toEqual({ x: 100, y: -50, width: 500, height: 300 });
  });
});
