/**
 * The gradual-semantics evaluator over a compiled map. Acyclic parts are exact in one pass, in
 * evaluation order. Each strongly connected component with a cycle is solved by following the
 * continuous form ds/dt = f(s) - s (Potyka 2018) with explicit Euler steps until
 * max |f(s) - s| < tolerance; a fixed point of that flow is a fixed point of the discrete semantics.
 */
import type { CompiledMap } from "./compile-map";
import { DFQUAD, EULER, H_CATEGORIZER, QUADRATIC_ENERGY, SEMANTICS_CODE } from "./influence";
import type { GradualSemantics } from "./semantics";

export interface EvaluateOptions {
  /** Stop when no node of a component would move by this much; default 1e-9. */
  tolerance?: number;
  /**
   * Most Euler steps for one cyclic component before giving up; default 1,000. One step over a
   * component of 100,000 nodes takes a few milliseconds, so the cap also bounds how long a map that
   * never settles can hold up the app.
   */
  maxIterations?: number;
  /** The Euler step size, in (0, 1]; default 1. */
  step?: number;
  /**
   * Halve the step (down to 1/1024) whenever the largest change |f(s) - s| fails to shrink; default
   * true. A step of 1 is one round of the discrete semantics, which settles fastest when it settles at
   * all, but can swing forever on a cycle: two nodes with base 1 attacking each other swap between 0
   * and 1 under DF-QuAD. Smaller steps follow the continuous flow more closely and damp such swings
   * without moving its fixed points. Pass false (with `step`) for a fixed step throughout.
   */
  damping?: boolean;
}

export interface StrengthVector {
  semantics: GradualSemantics;
  /** False when some cyclic component reached the iteration cap; the values are then the last iterate. */
  converged: boolean;
  /** The most Euler steps any component needed (1 on an acyclic map). */
  iterations: number;
  /** Strength by slot of the compiled map. */
  values: Float64Array;
}

export const DEFAULT_TOLERANCE = 1e-9;
export const DEFAULT_MAX_ITERATIONS = 1_000;
const SMALLEST_STEP = 1 / 1024;

export function evaluateStrengths(
  compiled: CompiledMap,
  semantics: GradualSemantics,
  options: EvaluateOptions = {},
): StrengthVector {
  const code = SEMANTICS_CODE[semantics];
  const settings = relaxSettings(options);
  const componentSweep: ComponentSweep = (v, s, e, n) => sweep(compiled, code, v, s, e, n);
  const { componentStart, componentCyclic } = compiled;
  // Cyclic components start from their base scores, the initial state of Potyka's flow.
  const values = Float64Array.from(compiled.base);
  let scratch = new Float64Array(1);
  let iterations = 1;
  let converged = true;
  for (let c = 0; c < componentCyclic.length; c++) {
    const start = componentStart[c] as number;
    const end = componentStart[c + 1] as number;
    if (scratch.length < end - start) scratch = new Float64Array(end - start);
    if (componentCyclic[c] === 0) {
      sweep(compiled, code, values, start, end, scratch);
      values[start] = scratch[0] as number;
      continue;
    }
    const steps = relaxComponent(componentSweep, values, start, end, scratch, settings);
    if (steps > settings.maxIterations) converged = false;
    iterations = Math.max(iterations, Math.min(steps, settings.maxIterations));
  }
  return { semantics, converged, iterations, values };
}

export interface RelaxSettings {
  tolerance: number;
  maxIterations: number;
  step: number;
  damping: boolean;
}

export function relaxSettings(options: EvaluateOptions): RelaxSettings {
  return {
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
    maxIterations: Math.max(1, Math.floor(options.maxIterations ?? DEFAULT_MAX_ITERATIONS)),
    step: Math.min(1, Math.max(SMALLEST_STEP, options.step ?? 1)),
    damping: options.damping ?? true,
  };
}

/** f(s) for the slots start..end-1 into next[0 ..], returning max |f(s) - s| (as `sweep` does). */
export type ComponentSweep = (values: Float64Array, start: number, end: number, next: Float64Array) => number;

/**
 * Euler steps on the slots start..end-1 until they settle; returns how many evaluations of f that took,
 * or maxIterations + 1 when they never settled. `next` receives f(s) for the component. The sweep is
 * passed in so that the contributions, which score a map with some points absent, settle a cycle
 * exactly as scoring does.
 */
export function relaxComponent(
  componentSweep: ComponentSweep,
  values: Float64Array,
  start: number,
  end: number,
  next: Float64Array,
  settings: RelaxSettings,
): number {
  const size = end - start;
  let step = settings.step;
  let previousResidual = Number.POSITIVE_INFINITY;
  for (let iteration = 1; iteration <= settings.maxIterations; iteration++) {
    const residual = componentSweep(values, start, end, next);
    if (residual < settings.tolerance) {
      // Land on f(s) itself, so a stored strength is exactly what its explanation recomputes.
      values.set(next.subarray(0, size), start);
      return iteration;
    }
    if (settings.damping && residual >= previousResidual && step > SMALLEST_STEP) step /= 2;
    previousResidual = residual;
    for (let i = 0; i < size; i++) {
      const current = values[start + i] as number;
      values[start + i] = current + step * ((next[i] as number) - current);
    }
  }
  return settings.maxIterations + 1;
}

/**
 * f(s) for the slots start..end-1, written to next[0 ..]; returns max |f(s) - s| over them. For each
 * slot: fold its support terms and its attack terms, aggregate, apply the influence. This is the hot
 * loop of the whole module, so the columns are read into locals and the usual term (one edge, no
 * undercut) is read straight from termSource and termWeight. DF-QuAD has a loop of its own (below);
 * this one serves the semantics whose folds are sums.
 */
export function sweep(
  compiled: CompiledMap,
  code: number,
  values: Float64Array,
  start: number,
  end: number,
  next: Float64Array,
): number {
  if (code === DFQUAD) return sweepDfquad(compiled, values, start, end, next);
  const { termStart, termSource, termWeight, base } = compiled;
  const attacksOnly = code === H_CATEGORIZER;
  let residual = 0;
  for (let slot = start; slot < end; slot++) {
    let supportFold = 0;
    let attackFold = 0;
    const supportEnd = termStart[2 * slot + 1] as number;
    const attackEnd = termStart[2 * slot + 2] as number;
    if (!attacksOnly) {
      for (let t = termStart[2 * slot] as number; t < supportEnd; t++) {
        const source = termSource[t] as number;
        const x =
          source >= 0
            ? (termWeight[t] as number) * (values[source] as number)
            : compoundTermValue(compiled, values, t);
        supportFold += x;
      }
    }
    for (let t = supportEnd; t < attackEnd; t++) {
      const source = termSource[t] as number;
      const x =
        source >= 0
          ? (termWeight[t] as number) * (values[source] as number)
          : compoundTermValue(compiled, values, t);
      attackFold += x;
    }
    const aggregate = attacksOnly ? attackFold : supportFold - attackFold;
    const w = base[slot] as number;
    // The influence functions of influence.ts, written out: V8 does not inline them here, and calling
    // them costs a third of the sweep. The tests hold the two copies to the same numbers.
    let strength: number;
    if (code === QUADRATIC_ENERGY) {
      const square = aggregate * aggregate;
      const damping = square / (1 + square);
      strength = aggregate > 0 ? w + (1 - w) * damping : w - w * damping;
    } else if (code === EULER) strength = w === 0 ? 0 : 1 - (1 - w * w) / (1 + w * Math.exp(aggregate));
    else strength = w / (1 + aggregate);
    if (strength < 0) strength = 0;
    else if (strength > 1) strength = 1;
    next[slot - start] = strength;
    const gap = Math.abs(strength - (values[slot] as number));
    if (gap > residual) residual = gap;
  }
  return residual;
}

/**
 * `sweep` for DF-QuAD alone, the default semantics and the one scored after every edit: with the
 * folds known to be products and the influence known, the per-term and per-slot tests on the
 * semantics drop out of the hot loop, which makes each sweep of a large map about a tenth faster. The
 * arithmetic is the general sweep's, operation for operation, so the two give the same bits.
 */
function sweepDfquad(
  compiled: CompiledMap,
  values: Float64Array,
  start: number,
  end: number,
  next: Float64Array,
): number {
  const { termStart, termSource, termWeight, base } = compiled;
  let residual = 0;
  // A slot's attack terms end where the next slot's support terms begin, so one cursor walks them all.
  let t = termStart[2 * start] as number;
  for (let slot = start; slot < end; slot++) {
    let supportFold = 1;
    let attackFold = 1;
    const supportEnd = termStart[2 * slot + 1] as number;
    const attackEnd = termStart[2 * slot + 2] as number;
    for (; t < supportEnd; t++) {
      const source = termSource[t] as number;
      const x =
        source >= 0
          ? (termWeight[t] as number) * (values[source] as number)
          : compoundTermValue(compiled, values, t);
      supportFold *= 1 - x;
    }
    for (; t < attackEnd; t++) {
      const source = termSource[t] as number;
      const x =
        source >= 0
          ? (termWeight[t] as number) * (values[source] as number)
          : compoundTermValue(compiled, values, t);
      attackFold *= 1 - x;
    }
    // v_sup - v_att = (1 - prod_sup) - (1 - prod_att) = prod_att - prod_sup.
    const aggregate = attackFold - supportFold;
    const w = base[slot] as number;
    // dfquadInfluence of influence.ts, written out as in the general sweep.
    let strength = aggregate > 0 ? w + (1 - w) * aggregate : w + w * aggregate;
    if (strength < 0) strength = 0;
    else if (strength > 1) strength = 1;
    next[slot - start] = strength;
    const gap = Math.abs(strength - (values[slot] as number));
    if (gap > residual) residual = gap;
  }
  return residual;
}

/**
 * Weight times strength of a linked group or an undercut edge: the product of the members' strengths,
 * times the smallest effective weight among them.
 */
export function compoundTermValue(compiled: CompiledMap, values: Float64Array, term: number): number {
  const { termMemberStart, memberSource } = compiled;
  const m1 = termMemberStart[term + 1] as number;
  let strength = 1;
  let weight = Number.POSITIVE_INFINITY;
  for (let m = termMemberStart[term] as number; m < m1; m++) {
    strength *= values[memberSource[m] as number] as number;
    const effective = effectiveWeight(compiled, values, m);
    if (effective < weight) weight = effective;
  }
  return weight * strength;
}

/** An edge's weight after its undercuts: its weight times the product of (1 - w_u s(u)). */
export function effectiveWeight(compiled: CompiledMap, values: Float64Array, member: number): number {
  const { undercutStart, undercutSource, undercutWeight } = compiled;
  let weight = compiled.memberWeight[member] as number;
  const u1 = undercutStart[member + 1] as number;
  for (let u = undercutStart[member] as number; u < u1; u++) {
    weight *= 1 - (undercutWeight[u] as number) * (values[undercutSource[u] as number] as number);
  }
  return weight;
}
