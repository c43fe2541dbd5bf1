/**
 * The far view draws every relation of an ordinary map, and an even sample of about MOST_LINES_DRAWN
 * of a dense one, spread over the whole map and over every kind of relation, so a frame stays quick.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BlockScene, drawScene, MOST_LINES_DRAWN } from "../../../src/ui/canvas/far/block-scene";

/** A scene of `points` blocks in a row and `relations` lines between them, of the three relations in turn. */
function scene(points: number, relations: number): BlockScene {
  const from = new Int32Array(relations);
  const to = new Int32Array(relations);
  const relation = new Uint8Array(relations);
  for (let e = 0; e < relations; e++) {
    from[e] = e % points;
    to[e] = (e * 7 + 1) % points;
    relation[e] = e % 3;
  }
  return {
    ids: Array.from({ length: points }, (_, i) => `n${i}`),
    x: Float64Array.from({ length: points }, (_, i) => i * 10),
    y: new Float64Array(points),
    kind: new Uint8Array(points),
    from,
    to,
    relation,
    bounds: { minX: 0, minY: 0, maxX: points * 10, maxY: 10 },
  };
}

/** Draws the whole scene on a context that counts its lines, by the colour they are stroked in. */
function linesDrawn(drawn: BlockScene): Map<string, number> {
  const counts = new Map<string, number>();
  let pending = 0;
  const context = {
    set lineWidth(_: number) {},
    set globalAlpha(_: number) {},
    set fillStyle(_: string) {},
    strokeStyle: "",
    beginPath: () => {
      pending = 0;
    },
    moveTo: () => {
      pending++;
    },
    lineTo: () => {},
    rect: () => {},
    fill: () => {},
    stroke() {
      counts.set(this.strokeStyle, (counts.get(this.strokeStyle) ?? 0) + pending);
    },
  };
  const palette = { kinds: ["k0", "k1", "k2", "k3", "k4"], relations: ["support", "attack", "undercut"] };
  const wide = { width: 1_000_000, height: 1_000 };
  drawScene(
    context as unknown as CanvasRenderingContext2D,
    drawn,
    { x: 0, y: 0, zoom: 0.1 },
    wide,
    palette,
    true,
  );
  return counts;
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

describe("the far view's lines", () => {
  it("draws every relation of a map with up to MOST_LINES_DRAWN of them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MOST_LINES_DRAWN }), (relations) => {
        expect(total(linesDrawn(scene(500, relations)))).toBe(relations);
      }),
      { numRuns: 20 },
    );
  });

  it("draws an even sample of about MOST_LINES_DRAWN of a dense map, of every relation", () => {
    fc.assert(
      fc.property(fc.integer({ min: MOST_LINES_DRAWN + 1, max: 300_000 }), (relations) => {
        const counts = linesDrawn(scene(500, relations));
        // Each relation's share rounds up: one line more at most, per relation.
        expect(total(counts)).toBeLessThanOrEqual(MOST_LINES_DRAWN + 3);
        expect(total(counts)).toBeGreaterThan(MOST_LINES_DRAWN / 2);
        for (const colour of ["support", "attack", "undercut"]) expect(counts.get(colour)).toBeGreaterThan(0);
      }),
      { numRuns: 20 },
    );
  });
});
