import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pointHalfway } from "../../../src/io/picture/route-lines";
import { LONG_LINE, longLinePieces } from "../../../src/ui/canvas/long-lines";

type Point = { x: number; y: number };

/** The two ends of a path of one straight segment, "Mx,y Lx,y"; fails on anything else. */
function segment(piece: string): [Point, Point] {
  const match = /^M(-?[\d.e+-]+),(-?[\d.e+-]+) L(-?[\d.e+-]+),(-?[\d.e+-]+)$/.exec(piece);
  expect(match, piece).not.toBeNull();
  const [, ax, ay, bx, by] = (match as RegExpExecArray).map(Number);
  return [
    { x: ax as number, y: ay as number },
    { x: bx as number, y: by as number },
  ];
}

const coordinate = fc.integer({ min: -200_000, max: 200_000 });
const point = fc.record({ x: coordinate, y: coordinate });

describe("long lines drawn as straight pieces", () => {
  it("leaves a line a few screens wide to be drawn as a curve", () => {
    expect(longLinePieces({ x: 0, y: 500 }, { x: LONG_LINE, y: 0 })).toBeNull();
    expect(longLinePieces({ x: 0, y: 500 }, { x: -LONG_LINE, y: 0 })).toBeNull();
  });

  it("draws a wider line as straight segments joined end to end, its middle where the curve's is", () => {
    fc.assert(
      fc.property(point, point, (from, to) => {
        const pieces = longLinePieces(from, to);
        if (Math.abs(to.x - from.x) <= LONG_LINE) {
          expect(pieces).toBeNull();
          return;
        }
        const segments = (pieces as string[]).map(segment);
        expect(segments[0]?.[0]).toEqual(from);
        expect(segments.at(-1)?.[1]).toEqual(to);
        for (let i = 1; i < segments.length; i++) expect(segments[i]?.[0]).toEqual(segments[i - 1]?.[1]);
        const corners = [from, ...segments.map(([, end]) => end)];
        const middle = pointHalfway(corners);
        expect(middle.x).toBeCloseTo((from.x + to.x) / 2, 6);
        expect(middle.y).toBeCloseTo((from.y + to.y) / 2, 6);
      }),
    );
  });
});
