/** Maps that several analysis tests share. */
import type { GradualSemantics } from "../../../src/analysis";
import { buildMap } from "./map-builder";

/**
 * The worked example of docs/scoring.md: thesis t (base 0.5) is supported by claim c (0.8) and attacked
 * by critique k (0.9, by Ku & Nzelibe); rebuttal r (0.6) attacks k.
 */
export function workedExample() {
  return buildMap(
    {
      t: { kind: "thesis", base: 0.5 },
      c: { kind: "claim", base: 0.8 },
      k: { kind: "critique", base: 0.9, attribution: "Ku & Nzelibe" },
      r: { kind: "rebuttal", base: 0.6 },
    },
    [
      ["c", "support", "t"],
      ["k", "attack", "t"],
      ["r", "attack", "k"],
    ],
  );
}

/** The worked example's table in docs/scoring.md, computed there by hand from the formulas. */
export const WORKED_EXAMPLE_STRENGTHS: Record<GradualSemantics, Record<string, number>> = {
  dfquad: { r: 0.6, k: 0.36, c: 0.8, t: 0.72 },
  "quadratic-energy": { r: 0.6, k: 0.661764706, c: 0.8, t: 0.509375345 },
  euler: { r: 0.6, k: 0.872818713, c: 0.8, t: 0.488014307 },
  "h-categorizer": { r: 0.6, k: 0.5625, c: 0.8, t: 0.32 },
};
