/** Pulling a picture's wrapped layout up: shorter, never overlapping, never reordered. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pullUp } from "../../src/io/picture/pull-up";
import { layoutGraphOfMap } from "../../src/model/layout/layout-graph";
import { wrappedLayout } from "../../src/model/layout/wrapped-layout";
import { graphArbitrary } from "../unit/ui/graph-arbitrary";

const SIZE = { width: 180, height: 68 };
const GAPS = { layer: 40, sibling: 24 };

describe("pulling a layout up", () => {
  it("only moves cards up, keeps them apart, and keeps each below what it argues about that was above it", () => {
    fc.assert(
      fc.property(graphArbitrary, fc.double({ min: 0.5, max: 3, noNaN: true }), (doc, shape) => {
        const graph = layoutGraphOfMap(doc);
        const before = wrappedLayout(graph, SIZE, shape, GAPS);
        const after = pullUp(graph, before, SIZE, GAPS);
        const ids = graph.ids;
        for (const id of ids) {
          expect(after.get(id)?.x).toBe(before.get(id)?.x);
          expect(after.get(id)?.y).toBeLessThanOrEqual(before.get(id)?.y as number);
        }
        for (let i = 0; i < ids.length; i++) {
          for (let j = i + 1; j < ids.length; j++) {
            const a = after.get(ids[i] as string)!;
            const b = after.get(ids[j] as string)!;
            const apart =
              Math.abs(a.x - b.x) >= SIZE.width + GAPS.sibling ||
              Math.abs(a.y - b.y) >= SIZE.height + GAPS.layer;
            expect(apart).toBe(true);
          }
        }
        for (let parent = 0; parent < ids.length; parent++) {
          for (let k = graph.childStart[parent]!; k < graph.childStart[parent + 1]!; k++) {
            const child = ids[graph.children[k]!] as string;
            const up = ids[parent] as string;
            if (before.get(up)!.y < before.get(child)!.y) {
              expect(after.get(child)!.y).toBeGreaterThanOrEqual(after.get(up)!.y + SIZE.height + GAPS.layer);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("closes the empty bands of the essay map's layout", () => {
    const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8"));
    const graph = layoutGraphOfMap(essay);
    const before = wrappedLayout(graph, SIZE, 1.6, GAPS);
    const bottom = (places: ReadonlyMap<string, { y: number }>) =>
      Math.max(...[...places.values()].map((at) => at.y));
    expect(bottom(pullUp(graph, before, SIZE, GAPS))).toBeLessThan(bottom(before) - SIZE.height);
  });
});
