/**
 * The worked example of docs/scoring.md: thesis t (base 0.5) is supported by claim c (0.8) and attacked
 * by critique k (0.9); rebuttal r (0.6) attacks k. The table there was computed by hand from the
 * formulas; every semantics must reproduce it to 1e-9.
 */
import { describe, expect, it } from "vitest";
import {
  computeStrengths,
  GRADUAL_SEMANTICS,
  isGradualSemantics,
  isLabellingSemantics,
  isSemantics,
  SEMANTICS,
} from "../../../src/analysis";
import { WORKED_EXAMPLE_STRENGTHS, workedExample } from "./examples";

const EXPECTED = WORKED_EXAMPLE_STRENGTHS;

describe("the worked example of scoring.md", () => {
  it.each(GRADUAL_SEMANTICS)("%s matches the table to 1e-9", (semantics) => {
    const result = computeStrengths(workedExample(), semantics);
    expect(result.semantics).toBe(semantics);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBe(1);
    expect(Object.keys(result.strengths)).toEqual(["t", "c", "k", "r"]);
    for (const [id, value] of Object.entries(EXPECTED[semantics])) {
      expect(Math.abs((result.strengths[id] as number) - value), `${semantics} ${id}`).toBeLessThan(1e-9);
    }
  });

  it("defaults to DF-QuAD", () => {
    expect(computeStrengths(workedExample()).semantics).toBe("dfquad");
  });
});

describe("the semantics names", () => {
  it("list the gradual semantics, then the labellings, as the CLI offers them", () => {
    expect(SEMANTICS).toEqual([
      "dfquad",
      "quadratic-energy",
      "euler",
      "h-categorizer",
      "grounded",
      "preferred",
      "stable",
    ]);
    expect(isGradualSemantics("euler")).toBe(true);
    expect(isGradualSemantics("grounded")).toBe(false);
    expect(isLabellingSemantics("stable")).toBe(true);
    expect(isSemantics("ranked")).toBe(false);
  });
});
