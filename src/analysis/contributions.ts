/**
 * How much each point contributes to one point t's strength (Kampik, Potyka, Yin, Čyras and Toni,
 * "Contribution functions for quantitative bipolar argumentation graphs", 2024), for every point that can
 * reach t through supports, attacks, undercuts and linked groups:
 *
 * - *removal*: t's strength minus its strength in the map without that point;
 * - *Shapley*: the point's average marginal effect over every order in which the points could be added
 *   to a map holding t alone, in the game whose value for a set S is t's strength in the map restricted
 *   to S and t (coalition-state.ts). The Shapley contributions add up to t's strength minus its strength
 *   alone, which is its base score unless t attacks itself.
 *
 * With at most `exactLimit` (12) contributors every coalition is evaluated once (in Gray-code order, one
 * point in or out per step) and the Shapley values are exact. With more, orders are sampled in
 * antithetic pairs (an order and its reverse) until the largest standard error of a contribution falls
 * under `targetError` or the permutation cap is reached; every sampled order distributes the whole
 * change, so the estimates still add up exactly.
 */
import { seededRandom } from "../model/generate-debate";
import type { ArgNode, ArgumentMap } from "../model/schema";
import { CoalitionState, reachingSlots } from "./coalition-state";
import { type CompiledMap, compileMap, nodeAtSlot, slotOf } from "./compile-map";
import type { EvaluateOptions } from "./evaluate-strengths";
import { SEMANTICS_CODE } from "./influence";
import type { GradualSemantics } from "./semantics";
import { isCompiled } from "./strengths";

export interface Contribution {
  id: string;
  /** The point's Shapley contribution to t's strength (estimated when the report says so). */
  shapley: number;
  /** t's strength minus its strength without this point (always exact). */
  removal: number;
  /** Standard error of `shapley` when estimated. */
  standardError?: number;
}

export interface ContributionReport {
  semantics: GradualSemantics;
  node: string;
  base: number;
  strength: number;
  /** t's strength with no other point present: its base, unless it attacks itself. */
  alone: number;
  /** Every point that can reach t, by |shapley| descending; they add up to strength - alone. */
  contributions: Contribution[];
  estimated: boolean;
  /** The largest standard error of an estimated contribution; 0 when exact. */
  standardError: number;
  /** How many orders were sampled; 0 when exact. */
  permutations: number;
  /** False when some coalition's cyclic part did not settle; `unsettled` counts them. */
  converged: boolean;
  unsettled: number;
}

export interface ContributionOptions extends EvaluateOptions {
  /** Exact when at most this many points can reach t (default 12; 2^n coalitions are evaluated). */
  exactLimit?: number;
  /** Stop sampling once every standard error is below this (default 0.004). */
  targetError?: number;
  /** Most orders sampled (default 4,000). */
  maxPermutations?: number;
  /** Fewest orders sampled before the standard errors are trusted (default 64). */
  minPermutations?: number;
  /** Seed of the sampled orders, so an estimate is the same every time it is asked for. */
  seed?: number;
}

export const DEFAULT_EXACT_LIMIT = 12;
export const DEFAULT_TARGET_ERROR = 0.004;
const DEFAULT_MAX_PERMUTATIONS = 4_000;
const DEFAULT_MIN_PERMUTATIONS = 64;

/** The contributions to `nodeId`'s strength, or undefined when the map has no such point. */
export function contributions(
  input: ArgumentMap | CompiledMap,
  nodeId: string,
  semantics: GradualSemantics,
  options: ContributionOptions = {},
): ContributionReport | undefined {
  const compiled = isCompiled(input) ? input : compileMap(input);
  const target = slotOf(compiled, nodeId);
  if (target === undefined) return undefined;
  const state = new CoalitionState(compiled, SEMANTICS_CODE[semantics], target, options);
  const n = state.contributors.length;
  const strength = state.strength;
  const removal = removals(state);
  const exact = n <= (options.exactLimit ?? DEFAULT_EXACT_LIMIT);
  const shapley = exact ? exactShapley(state) : sampledShapley(state, options);
  state.clear();
  const alone = state.strength;
  const list: Contribution[] = Array.from(state.contributors, (slot, i) => ({
    id: (nodeAtSlot(compiled, slot) as ArgNode).id,
    shapley: shapley.values[i] as number,
    removal: removal[i] as number,
    ...(exact ? {} : { standardError: shapley.errors[i] as number }),
  }));
  list.sort((a, b) => Math.abs(b.shapley) - Math.abs(a.shapley));
  return {
    semantics,
    node: nodeId,
    base: compiled.base[target] as number,
    strength,
    alone,
    contributions: list,
    estimated: !exact,
    standardError: exact ? 0 : largest(shapley.errors),
    permutations: shapley.permutations,
    converged: state.unsettled === 0,
    unsettled: state.unsettled,
  };
}

/**
 * How many points can reach `nodeId` (undefined when the map has no such point): at most `exactLimit`
 * means the contributions are exact and quick, more means they are sampled and take longer.
 */
export function contributorCount(compiled: CompiledMap, nodeId: string): number | undefined {
  const target = slotOf(compiled, nodeId);
  return target === undefined ? undefined : reachingSlots(compiled, target).length - 1;
}

/** Each contributor's removal effect, from the full coalition (which the state holds when made). */
function removals(state: CoalitionState): Float64Array {
  const full = state.strength;
  const result = new Float64Array(state.contributors.length);
  for (let i = 0; i < result.length; i++) {
    state.setPresent(i, false);
    result[i] = full - state.strength;
    state.setPresent(i, true);
  }
  return result;
}

interface ShapleyValues {
  values: Float64Array;
  errors: Float64Array;
  permutations: number;
}

/**
 * Every coalition's value, visited in Gray-code order so each step brings one point in or out, then
 * phi_i = sum over S without i of |S|! (n - |S| - 1)! / n! * (v(S + i) - v(S)).
 */
function exactShapley(state: CoalitionState): ShapleyValues {
  const n = state.contributors.length;
  const value = new Float64Array(1 << n);
  state.clear();
  value[0] = state.strength;
  for (let step = 1; step < 1 << n; step++) {
    const bit = 31 - Math.clz32(step & -step);
    const mask = step ^ (step >> 1);
    state.setPresent(bit, (mask & (1 << bit)) !== 0);
    value[mask] = state.strength;
  }
  // weight[s] = s! (n - s - 1)! / n!, built by ratios to stay exact in floating point for n <= 30.
  const weight = new Float64Array(Math.max(1, n));
  weight[0] = 1 / n;
  for (let s = 1; s < n; s++) weight[s] = ((weight[s - 1] as number) * s) / (n - s);
  const values = new Float64Array(n);
  for (let mask = 0; mask < 1 << n; mask++) {
    const size = popcount(mask);
    for (let i = 0; i < n; i++) {
      if ((mask & (1 << i)) !== 0) continue;
      values[i] =
        (values[i] as number) +
        (weight[size] as number) * ((value[mask | (1 << i)] as number) - (value[mask] as number));
    }
  }
  return { values, errors: new Float64Array(n), permutations: 0 };
}

function popcount(x: number): number {
  let count = 0;
  for (let v = x; v !== 0; v &= v - 1) count++;
  return count;
}

/**
 * Orders sampled in antithetic pairs: an order and its reverse, whose marginals are negatively
 * correlated, so their mean varies less than two independent orders'. Each pair's mean marginal per
 * point is one sample; the standard error of a point is that sample's standard deviation over the
 * square root of the pairs.
 */
function sampledShapley(state: CoalitionState, options: ContributionOptions): ShapleyValues {
  const n = state.contributors.length;
  const random = seededRandom(options.seed ?? 1);
  const target = options.targetError ?? DEFAULT_TARGET_ERROR;
  const maxPairs = Math.max(1, Math.ceil((options.maxPermutations ?? DEFAULT_MAX_PERMUTATIONS) / 2));
  const minPairs = Math.min(
    maxPairs,
    Math.max(2, Math.ceil((options.minPermutations ?? DEFAULT_MIN_PERMUTATIONS) / 2)),
  );
  const sum = new Float64Array(n);
  const sumSquares = new Float64Array(n);
  const forward = new Float64Array(n);
  const backward = new Float64Array(n);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let pairs = 0;
  let errors: Float64Array = new Float64Array(n);
  while (pairs < maxPairs) {
    shuffle(order, random);
    marginals(state, order, 1, forward);
    marginals(state, order, -1, backward);
    for (let i = 0; i < n; i++) {
      const y = ((forward[i] as number) + (backward[i] as number)) / 2;
      sum[i] = (sum[i] as number) + y;
      sumSquares[i] = (sumSquares[i] as number) + y * y;
    }
    pairs++;
    if (pairs >= minPairs && (pairs % 8 === 0 || pairs === maxPairs)) {
      errors = standardErrors(sum, sumSquares, pairs);
      if (largest(errors) < target) break;
    }
  }
  errors = standardErrors(sum, sumSquares, pairs);
  const values = sum.map((total) => total / pairs);
  return { values, errors, permutations: 2 * pairs };
}

/** Adds the contributors in `order` (reversed when direction is -1) to the empty coalition. */
function marginals(state: CoalitionState, order: Int32Array, direction: 1 | -1, into: Float64Array): void {
  state.clear();
  let previous = state.strength;
  const n = order.length;
  for (let k = 0; k < n; k++) {
    const i = order[direction === 1 ? k : n - 1 - k] as number;
    state.setPresent(i, true);
    const now = state.strength;
    into[i] = now - previous;
    previous = now;
  }
}

function standardErrors(sum: Float64Array, sumSquares: Float64Array, pairs: number): Float64Array {
  return sum.map((total, i) => {
    if (pairs < 2) return Number.POSITIVE_INFINITY;
    const mean = total / pairs;
    const variance = Math.max(0, ((sumSquares[i] as number) - pairs * mean * mean) / (pairs - 1));
    return Math.sqrt(variance / pairs);
  });
}

/** Fisher-Yates over the whole array. */
function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
}

function largest(values: Float64Array): number {
  let most = 0;
  for (const value of values) if (value > most) most = value;
  return most;
}
