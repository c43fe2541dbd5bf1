/**
 * The arithmetic of the four gradual semantics, one number at a time (scoring.md, "Gradual semantics").
 * Each is modular: the sources of a node are folded into a support part and an attack part, those give
 * the aggregate, and an influence function moves the node's base score by the aggregate. The
 * explanations call these; the evaluator's inner loop writes the same formulas out (evaluate-strengths.ts
 * says why), and the tests hold an explanation's strength to the one the evaluator computed.
 */
import type { GradualSemantics } from "./semantics";

/** Small integers for the semantics, so the evaluator's inner loop can switch on a number. */
export const DFQUAD = 0;
export const QUADRATIC_ENERGY = 1;
export const EULER = 2;
export const H_CATEGORIZER = 3;

export const SEMANTICS_CODE: Record<GradualSemantics, number> = {
  dfquad: DFQUAD,
  "quadratic-energy": QUADRATIC_ENERGY,
  euler: EULER,
  "h-categorizer": H_CATEGORIZER,
};

/**
 * The aggregate from the two parts, each already folded the semantics' way (for DF-QuAD the parts are
 * v_sup and v_att, for the others plain weighted sums).
 */
export function aggregateOf(code: number, supportPart: number, attackPart: number): number {
  return code === H_CATEGORIZER ? attackPart : supportPart - attackPart;
}

/** max(0, x)^2 / (1 + max(0, x)^2), the damping of the quadratic-energy influence. */
export function energyDamping(x: number): number {
  if (x <= 0) return 0;
  const square = x * x;
  return square / (1 + square);
}

/**
 * The influence step: the final strength from the base score w and the aggregate e, one small function
 * per semantics. Each is clamped to [0, 1] because floating-point rounding can leave a strength one unit
 * past either end.
 */
export function dfquadInfluence(w: number, e: number): number {
  return clampUnit(e > 0 ? w + (1 - w) * e : w + w * e);
}

export function energyInfluence(w: number, e: number): number {
  return clampUnit(w - w * energyDamping(-e) + (1 - w) * energyDamping(e));
}

export function eulerInfluence(w: number, e: number): number {
  // With w = 0 the formula is 0 for every finite e; saying so avoids 0 * Infinity for a huge e.
  return w === 0 ? 0 : clampUnit(1 - (1 - w * w) / (1 + w * Math.exp(e)));
}

export function hCategorizerInfluence(w: number, e: number): number {
  return clampUnit(w / (1 + e));
}

export function influence(code: number, w: number, e: number): number {
  if (code === DFQUAD) return dfquadInfluence(w, e);
  if (code === QUADRATIC_ENERGY) return energyInfluence(w, e);
  if (code === EULER) return eulerInfluence(w, e);
  return hCategorizerInfluence(w, e);
}

function clampUnit(x: number): number {
  return Math.min(1, Math.max(0, x));
}
