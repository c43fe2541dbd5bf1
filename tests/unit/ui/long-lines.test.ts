/**
 * Long lines are drawn as straight pieces; on a big map only where they pass the area around the view:
 * what is drawn there is exactly the whole line's path there, nothing beyond the area and its margin,
 * and the arrowhead only when the line's end is drawn.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pointHalfway } from "../../../src/io/picture/route-lines";
import { LONG_LINE, longLineCorners, longLinePieces } from "../../../src/ui/canvas/long-lines";
import { longLineInArea } from "../../../src/ui/canvas/long-lines-in-area";
import type { Area } from "../../../src/ui/canvas/view-window";

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

const area = fc.record({
  x: coordinate,
  y: coordinate,
  width: fc.integer({ min: 100, max: 20_000 }),
  height: fc.integer({ min: 100, max: 20_000 }),
});
/** The area with the margin the lines are drawn to (a quarter of it on each side). */
const widened = (a: Area) => ({
  left: a.x - a.width / 4,
  right: a.x + (a.width * 5) / 4,
  top: a.y - a.height / 4,
  bottom: a.y + (a.height * 5) / 4,
});
const inside = (p: Point, box: ReturnType<typeof widened>) =>
  p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;

/** Whether `p` lies on the segment from `a` to `b` (level or upright). */
const onSegment = (p: Point, [a, b]: [Point, Point]) =>
  p.x >= Math.min(a.x, b.x) &&
  p.x <= Math.max(a.x, b.x) &&
  p.y >= Math.min(a.y, b.y) &&
  p.y <= Math.max(a.y, b.y) &&
  (a.x === b.x ? p.x === a.x : p.y === a.y);

describe("a long line drawn around the view", () => {
  it("is drawn whole when the canvas was handed the whole map", () => {
    fc.assert(
      fc.property(point, point, (from, to) => {
        const part = longLineInArea(from, to, null);
        expect(part?.pieces ?? null).toEqual(longLinePieces(from, to));
        if (part) expect(part.endShown).toBe(true);
      }),
    );
  });

  it("draws the whole line's path within the area and its margin, and nothing beyond", () => {
    fc.assert(
      fc.property(
        point,
        point,
        area,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        (from, to, around, shares) => {
          const part = longLineInArea(from, to, around);
          const corners = longLineCorners(from, to);
          if (!corners) {
            expect(part).toBeNull();
            return;
          }
          const box = widened(around);
          const drawn = (part?.pieces ?? []).map(segment);
          const whole = (longLinePieces(from, to) as string[]).map(segment);
          // Every drawn point is inside and on the whole line.
          for (const [a, b] of drawn) {
            for (const p of [a, b]) {
              expect(inside(p, box)).toBe(true);
              expect(whole.some((piece) => onSegment(p, piece))).toBe(true);
            }
          }
          // Every point of the whole line inside is drawn.
          for (const piece of whole) {
            const [a, b] = piece;
            for (const share of shares) {
              const p = { x: a.x + (b.x - a.x) * share, y: a.y + (b.y - a.y) * share };
              if (inside(p, box)) expect(drawn.some((d) => onSegment(p, d))).toBe(true);
            }
          }
          expect(part?.endShown).toBe(inside(to, box));
        },
      ),
    );
  });

  it("cuts lines that cross the view at the same places, so lines side by side share their bounds", () => {
    const around: Area = { x: 0, y: 0, width: 2000, height: 1500 };
    const pieces = [100_000, -80_000, 300_000].map(
      (x) => longLineInArea({ x: 500, y: 100 }, { x, y: 400 }, around)?.pieces ?? [],
    );
    const level = pieces
      .map((line) => segment(line[1] as string))
      .map(([a, b]) => [Math.min(a.x, b.x), Math.max(a.x, b.x)]);
    expect(level[0]?.[1]).toBe(2500);
    expect(level[1]?.[0]).toBe(-500);
    expect(level[2]).toEqual(level[0]);
    // The far ends lie outside: no upright piece there, and no arrowhead.
    for (const line of pieces) expect(line).toHaveLength(2);
  });
});
