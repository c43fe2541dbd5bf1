/**
 * The contributions example of docs/scoring.md, worked by hand there from the DF-QuAD formulas: a
 * critique k (0.55) attacked by r1 (0.65) and by r7 (0.5, weight 0.6). Also a self-attack, the one case
 * where the contributions add up to the change from the point's strength alone rather than its base.
 */
import { describe, expect, it } from "vitest";
import { computeStrengths, contributions } from "../../../src/analysis";
import { buildMap } from "./map-builder";

const twoRebuttals = () =>
  buildMap({ k: 0.55, r1: 0.65, r7: 0.5 }, [
    ["r1", "attack", "k"],
    ["r7", "attack", "k", { weight: 0.6 }],
  ]);

describe("contributions, worked by hand", () => {
  it("give the Shapley values and removals of scoring.md's two rebuttals", () => {
    const report = contributions(twoRebuttals(), "k", "dfquad");
    expect(report?.strength).toBeCloseTo(0.13475, 12);
    expect(report?.estimated).toBe(false);
    const byId = new Map(report?.contributions.map((c) => [c.id, c]));
    expect(byId.get("r1")?.shapley).toBeCloseTo(-0.303875, 12);
    expect(byId.get("r7")?.shapley).toBeCloseTo(-0.111375, 12);
    // Removal: with both, 0.13475; without r1, r7 alone gives 0.385; without r7, r1 alone gives 0.1925.
    expect(byId.get("r1")?.removal).toBeCloseTo(0.13475 - 0.385, 12);
    expect(byId.get("r7")?.removal).toBeCloseTo(0.13475 - 0.1925, 12);
    expect(report?.contributions.map((c) => c.id)).toEqual(["r1", "r7"]);
  });

  it("add up to the change from the strength alone for a point that attacks itself", () => {
    const doc = buildMap({ a: 0.8, b: 0.4 }, [
      ["a", "attack", "a"],
      ["b", "support", "a"],
    ]);
    const report = contributions(doc, "a", "dfquad");
    const alone = computeStrengths(buildMap({ a: 0.8 }, [["a", "attack", "a"]]), "dfquad").strengths
      .a as number;
    expect(report?.alone).toBeCloseTo(alone, 9);
    expect(report?.alone).not.toBeCloseTo(0.8, 3);
    expect(report?.contributions[0]?.shapley).toBeCloseTo((report?.strength as number) - alone, 9);
  });

  it("are undefined for an id no point has", () => {
    expect(contributions(twoRebuttals(), "nowhere", "dfquad")).toBeUndefined();
  });
});
