/**
 * The aggregate and influence steps of a strength explanation in words, with the numbers filled in,
 * one phrasing per semantics.
 */
import { formatNumber } from "./describe";
import { DFQUAD, EULER, energyDamping, H_CATEGORIZER, QUADRATIC_ENERGY } from "./influence";

export function describeAggregate(
  code: number,
  fold: { supportPart: number; attackPart: number; value: number },
): string {
  const n = (x: number) => formatNumber(x);
  if (code === DFQUAD) {
    return `Aggregate: v_sup − v_att = ${n(fold.supportPart)} − ${n(fold.attackPart)} = ${n(fold.value)} (each side is 1 − ∏(1 − weight × strength) over its sources).`;
  }
  if (code === H_CATEGORIZER) {
    return `Aggregate: the sum of weight × strength over the attackers = ${n(fold.value)}.`;
  }
  return `Aggregate: supporters ${n(fold.supportPart)} − attackers ${n(fold.attackPart)} = ${n(fold.value)} (each side is the sum of weight × strength over its sources).`;
}

export function describeInfluence(code: number, w: number, e: number, s: number): string {
  const n = (x: number) => formatNumber(x);
  switch (code) {
    case DFQUAD:
      return e > 0
        ? `Influence: base + (1 − base) × aggregate = ${n(w)} + ${n(1 - w)} × ${n(e)} = ${n(s)}.`
        : `Influence: base + base × aggregate = ${n(w)} − ${n(w)} × ${n(-e)} = ${n(s)}.`;
    case QUADRATIC_ENERGY:
      return e > 0
        ? `Influence: base + (1 − base) × h(aggregate) = ${n(w)} + ${n(1 - w)} × ${n(energyDamping(e))} = ${n(s)}, where h(x) = x² / (1 + x²).`
        : `Influence: base − base × h(−aggregate) = ${n(w)} − ${n(w)} × ${n(energyDamping(-e))} = ${n(s)}, where h(x) = x² / (1 + x²).`;
    case EULER:
      return `Influence: 1 − (1 − base²) / (1 + base × e^aggregate) = 1 − ${n(1 - w * w)} / (1 + ${n(w)} × e^${n(e)}) = ${n(s)}.`;
    default:
      return `Influence: base / (1 + aggregate) = ${n(w)} / ${n(1 + e)} = ${n(s)}.`;
  }
}
