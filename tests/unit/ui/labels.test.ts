/**
 * Semantic zoom's pure half: which points are named first (label-importance.ts) and which labels fit a
 * view without overlapping (choose-labels.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildStructure } from "../../../src/store/explore/argument-structure";
import {
  chooseLabels,
  type LabelCandidate,
  type LabelView,
  overlaps,
} from "../../../src/ui/canvas/labels/choose-labels";
import { importanceOrder } from "../../../src/ui/canvas/labels/label-importance";
import { layoutGraphOf } from "../../../src/ui/layout/layout-graph";
import { edge, graphArbitrary, node } from "./graph-arbitrary";

describe("the order in which points are named", () => {
  const structure = buildStructure({
    nodes: [node("ev", "evidence"), node("small"), node("big"), node("t", "thesis"), node("k", "critique")],
    edges: [
      edge("e1", "small", "t"),
      edge("e2", "big", "t"),
      edge("e3", "ev", "big"),
      edge("e4", "k", "big", "attack"),
    ],
  });
  const order = (s = structure) => {
    const graph = layoutGraphOf(s, new Set());
    return Array.from(
      importanceOrder(graph, (id) => s.kinds.get(id)),
      (i) => graph.ids[i],
    );
  };

  it("starts with the thesis, then what argues about it, the point with more beneath it first", () => {
    expect(order()).toEqual(["t", "big", "small", "ev", "k"]);
  });

  it("names every point once, the theses before anything else", () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const s = buildStructure(graph);
        const named = order(s);
        expect([...named].sort()).toEqual([...s.ids].sort());
        const theses = s.ids.filter((id) => s.kinds.get(id) === "thesis");
        expect([...named.slice(0, theses.length)].sort()).toEqual([...theses].sort());
      }),
    );
  });
});

const view: LabelView = { x: 0, y: 0, zoom: 1, width: 400, height: 300 };
const candidate = (id: string, x: number, y: number, width = 80, height = 20): LabelCandidate => ({
  id,
  x,
  y,
  width,
  height,
});

describe("choosing labels", () => {
  it("keeps the more important of two labels that would overlap, and both once zoomed in", () => {
    const thesis = candidate("t", 100, 100);
    const claim = candidate("c", 150, 110);
    expect(chooseLabels([thesis, claim], view).map((label) => label.id)).toEqual(["t"]);
    // Twice the zoom spreads the points apart while the labels keep their size.
    const closer = { ...view, x: -100, y: -100, zoom: 2 };
    expect(chooseLabels([thesis, claim], closer).map((label) => label.id)).toEqual(["t", "c"]);
  });

  it("leaves out labels that would reach outside the view", () => {
    expect(chooseLabels([candidate("edge", 10, 100), candidate("in", 200, 100)], view)).toHaveLength(1);
  });

  const candidates = fc.array(
    fc.record({
      x: fc.integer({ min: -200, max: 600 }),
      y: fc.integer({ min: -200, max: 500 }),
      width: fc.integer({ min: 10, max: 220 }),
      height: fc.integer({ min: 12, max: 30 }),
    }),
    { maxLength: 60 },
  );
  const views = fc.record({
    x: fc.integer({ min: -300, max: 300 }),
    y: fc.integer({ min: -300, max: 300 }),
    zoom: fc.double({ min: 0.01, max: 2, noNaN: true }),
    width: fc.integer({ min: 100, max: 1400 }),
    height: fc.integer({ min: 100, max: 900 }),
  });

  /** What floats over the canvas: a few boxes, anywhere, some reaching past its edges. */
  const floatingBoxes = fc.array(
    fc
      .tuple(
        fc.integer({ min: -50, max: 1400 }),
        fc.integer({ min: -50, max: 900 }),
        fc.nat(400),
        fc.nat(300),
      )
      .map(([left, top, width, height]) => ({ left, top, width: width + 1, height: height + 1 })),
    { maxLength: 5 },
  );

  it("never lets two labels overlap or reach under what floats over the canvas, and shows them all inside the view", () => {
    fc.assert(
      fc.property(candidates, views, floatingBoxes, (list, at, blocked) => {
        const placed = chooseLabels(
          list.map((c, i) => ({ id: String(i), ...c })),
          at,
          { blocked },
        );
        for (const [i, a] of placed.entries()) {
          expect(a.left).toBeGreaterThanOrEqual(0);
          expect(a.top).toBeGreaterThanOrEqual(0);
          expect(a.left + a.width).toBeLessThanOrEqual(at.width);
          expect(a.top + a.height).toBeLessThanOrEqual(at.height);
          for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
          for (const box of blocked) expect(overlaps(a, { id: "", ...box })).toBe(false);
        }
      }),
    );
  });

  it("leaves the thesis's label out rather than under the legend", () => {
    const legend = { left: 0, top: 0, width: 600, height: 40 };
    const thesis = candidate("t", 100, 25);
    expect(chooseLabels([thesis], view).map((label) => label.id)).toEqual(["t"]);
    expect(chooseLabels([thesis], view, { blocked: [legend] })).toEqual([]);
  });

  it("leaves a label out only for a more important one in its way", () => {
    fc.assert(
      fc.property(candidates, views, (list, at) => {
        const all = list.map((c, i) => ({ id: String(i), ...c }));
        const placed = chooseLabels(all, at, { gap: 0 });
        const shown = new Set(placed.map((label) => label.id));
        all.forEach((c, i) => {
          if (shown.has(c.id)) return;
          const box = {
            id: c.id,
            left: c.x * at.zoom + at.x - c.width / 2,
            top: c.y * at.zoom + at.y - c.height / 2,
            width: c.width,
            height: c.height,
          };
          const inView =
            box.left >= 0 &&
            box.top >= 0 &&
            box.left + box.width <= at.width &&
            box.top + box.height <= at.height;
          if (!inView) return;
          const blocker = placed.find((label) => Number(label.id) < i && overlaps(label, box));
          expect(blocker).toBeDefined();
        });
      }),
    );
  });
});
