/**
 * Which maps are drawn reduced: many relations, and many to a point. A complete attack graph is dense; a
 * big tree, whose views hold only the relations near the screen, is not, however many points it has.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DENSE_RELATIONS, isDense } from "../../../src/ui/canvas/far/dense-drawing";

const complete = (points: number) => points * (points - 1);

describe("a dense map", () => {
  it("is a complete attack graph past the relation limit", () => {
    const points = Math.ceil(Math.sqrt(DENSE_RELATIONS)) + 2;
    expect(complete(points)).toBeGreaterThan(DENSE_RELATIONS);
    expect(isDense(points, complete(points))).toBe(true);
    expect(isDense(500, complete(500))).toBe(true);
  });

  it("is never a tree, whatever its size, nor a map of few relations", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), (points) => {
        expect(isDense(points, points - 1)).toBe(false);
        expect(isDense(points, Math.min(points * 2, DENSE_RELATIONS))).toBe(false);
      }),
    );
  });
});
