/**
 * The strength of one point t in the map restricted to a coalition: t and the points present, with the
 * relations between them; an absent point takes its relations with it (an undercut goes with its
 * undercutter, a support or attack with its source), and a linked group counts only its present members.
 * This is the game whose Shapley values are the contributions (contributions.ts).
 *
 * Rather than rebuild a document per coalition, it works on the compiled map with a presence flag per
 * slot, restricted to the points that can reach t (the *contributors*; nothing else can move t). An
 * absent point holds the value 0, which is exactly what its removal does to every term it feeds: a
 * single edge from it adds nothing to a sum and multiplies a DF-QuAD product by 1, an undercut from it
 * multiplies a weight by 1. A linked group is the one term that must be recomputed over its present
 * members. A change of presence recomputes only the strongly connected components downstream of the
 * point changed; a cyclic component is settled afresh from the base scores by the same relaxation as
 * scoring (evaluate-strengths.ts), so the full coalition gives the scored strengths bit for bit.
 */
import type { CompiledMap } from "./compile-map";
import {
  type ComponentSweep,
  type EvaluateOptions,
  type RelaxSettings,
  relaxComponent,
  relaxSettings,
} from "./evaluate-strengths";
import { aggregateOf, DFQUAD, H_CATEGORIZER, influence } from "./influence";

export class CoalitionState {
  /** Slots of the points that can reach t, t excluded, in evaluation order. */
  readonly contributors: Int32Array;
  readonly target: number;
  /** Strength by slot; an absent point holds 0. Only t and its contributors are kept up to date. */
  readonly values: Float64Array;
  /** Evaluations whose cyclic part reached the iteration cap since this state was made. */
  unsettled = 0;

  private readonly present: Uint8Array;
  /** The components t depends on (t's own included), as indices into compiled.componentStart, in order. */
  private readonly components: Int32Array;
  /** For each contributor, positions in `components` to recompute when it comes or goes, ascending. */
  private readonly downstream: Int32Array[];
  private readonly settings: RelaxSettings;
  private readonly scratch: Float64Array;
  private readonly sweepComponent: ComponentSweep;

  constructor(
    private readonly compiled: CompiledMap,
    private readonly code: number,
    target: number,
    options: EvaluateOptions = {},
  ) {
    this.target = target;
    this.settings = relaxSettings(options);
    const reach = reachingSlots(compiled, target);
    this.contributors = reach.filter((slot) => slot !== target);
    this.present = new Uint8Array(compiled.nodeCount);
    // The whole map to begin with: every contributor present.
    this.present[target] = 1;
    for (const slot of this.contributors) this.present[slot] = 1;
    this.values = new Float64Array(compiled.nodeCount);
    const plan = componentPlan(compiled, reach, this.contributors);
    this.components = plan.components;
    this.downstream = plan.downstream;
    let largest = 1;
    for (const c of this.components) {
      largest = Math.max(largest, componentEnd(compiled, c) - (compiled.componentStart[c] as number));
    }
    this.scratch = new Float64Array(largest);
    this.sweepComponent = (values, start, end, next) => this.sweep(values, start, end, next);
    this.recomputeAll();
  }

  /** t's strength in the coalition as it stands. */
  get strength(): number {
    return this.values[this.target] as number;
  }

  /** Brings the contributor at `index` (into `contributors`) in or takes it out, and updates t. */
  setPresent(index: number, present: boolean): void {
    const slot = this.contributors[index] as number;
    const flag = present ? 1 : 0;
    if (this.present[slot] === flag) return;
    this.present[slot] = flag;
    this.values[slot] = 0;
    for (const position of this.downstream[index] as Int32Array) {
      this.evaluateComponent(this.components[position] as number);
    }
  }

  /** Presence of every contributor at once: `inCoalition(i)` says whether contributor i is in. */
  setCoalition(inCoalition: (index: number) => boolean): void {
    for (let i = 0; i < this.contributors.length; i++) {
      const slot = this.contributors[i] as number;
      this.present[slot] = inCoalition(i) ? 1 : 0;
      this.values[slot] = 0;
    }
    this.recomputeAll();
  }

  isPresent(index: number): boolean {
    return this.present[this.contributors[index] as number] === 1;
  }

  private recomputeAll(): void {
    for (const c of this.components) this.evaluateComponent(c);
  }

  private evaluateComponent(component: number): void {
    const { compiled, values, present } = this;
    const start = compiled.componentStart[component] as number;
    const end = componentEnd(compiled, component);
    if (compiled.componentCyclic[component] === 0) {
      if (present[start] === 1) {
        this.sweep(values, start, end, this.scratch);
        values[start] = this.scratch[0] as number;
      }
      return;
    }
    // As scoring does, a cycle starts from the base scores of the points present.
    for (let slot = start; slot < end; slot++)
      values[slot] = present[slot] === 1 ? (compiled.base[slot] as number) : 0;
    const steps = relaxComponent(this.sweepComponent, values, start, end, this.scratch, this.settings);
    if (steps > this.settings.maxIterations) this.unsettled++;
  }

  /** The semantics' f over the slots present in start..end-1 (an absent slot stays 0). */
  private sweep(values: Float64Array, start: number, end: number, next: Float64Array): number {
    const { compiled, code, present } = this;
    const { termStart, termSource, termWeight, base } = compiled;
    const product = code === DFQUAD;
    const attacksOnly = code === H_CATEGORIZER;
    let residual = 0;
    for (let slot = start; slot < end; slot++) {
      if (present[slot] === 0) {
        next[slot - start] = 0;
        continue;
      }
      let supportFold = product ? 1 : 0;
      let attackFold = product ? 1 : 0;
      const supportEnd = termStart[2 * slot + 1] as number;
      const attackEnd = termStart[2 * slot + 2] as number;
      for (let t = termStart[2 * slot] as number; t < attackEnd; t++) {
        const isSupport = t < supportEnd;
        if (isSupport && attacksOnly) continue;
        const source = termSource[t] as number;
        const x =
          source >= 0
            ? (termWeight[t] as number) * (values[source] as number)
            : this.compoundValue(values, t);
        if (isSupport) supportFold = product ? supportFold * (1 - x) : supportFold + x;
        else attackFold = product ? attackFold * (1 - x) : attackFold + x;
      }
      // DF-QuAD's folds are the products of (1 - x): v_sup - v_att is then attackFold - supportFold.
      const aggregate = product ? attackFold - supportFold : aggregateOf(code, supportFold, attackFold);
      const strength = influence(code, base[slot] as number, aggregate);
      next[slot - start] = strength;
      const gap = Math.abs(strength - (values[slot] as number));
      if (gap > residual) residual = gap;
    }
    return residual;
  }

  /**
   * A linked group or an undercut edge, over its present members only: the product of their
   * strengths times the smallest effective weight among them; nothing when none is present.
   */
  private compoundValue(values: Float64Array, term: number): number {
    const { termMemberStart, memberSource, memberWeight, undercutStart, undercutSource, undercutWeight } =
      this.compiled;
    const m1 = termMemberStart[term + 1] as number;
    let strength = 1;
    let weight = Number.POSITIVE_INFINITY;
    for (let m = termMemberStart[term] as number; m < m1; m++) {
      const source = memberSource[m] as number;
      if (this.present[source] === 0) continue;
      strength *= values[source] as number;
      let effective = memberWeight[m] as number;
      const u1 = undercutStart[m + 1] as number;
      for (let u = undercutStart[m] as number; u < u1; u++) {
        effective *= 1 - (undercutWeight[u] as number) * (values[undercutSource[u] as number] as number);
      }
      if (effective < weight) weight = effective;
    }
    return weight === Number.POSITIVE_INFINITY ? 0 : weight * strength;
  }
}

function componentEnd(compiled: CompiledMap, component: number): number {
  return compiled.componentStart[component + 1] as number;
}

/**
 * Calls `visit` with each slot `slot` depends on directly: the sources of its supports and attacks
 * (every member of a linked group) and the undercutters of those edges.
 */
function forEachDependency(compiled: CompiledMap, slot: number, visit: (source: number) => void): void {
  const { termStart, termMemberStart, memberSource, undercutStart, undercutSource } = compiled;
  const t1 = termStart[2 * slot + 2] as number;
  for (let t = termStart[2 * slot] as number; t < t1; t++) {
    const m1 = termMemberStart[t + 1] as number;
    for (let m = termMemberStart[t] as number; m < m1; m++) {
      visit(memberSource[m] as number);
      const u1 = undercutStart[m + 1] as number;
      for (let u = undercutStart[m] as number; u < u1; u++) visit(undercutSource[u] as number);
    }
  }
}

/** t and every slot that can reach it, ascending (which is evaluation order). */
export function reachingSlots(compiled: CompiledMap, target: number): Int32Array {
  const seen = new Uint8Array(compiled.nodeCount);
  const stack = [target];
  seen[target] = 1;
  const found: number[] = [target];
  while (stack.length > 0) {
    forEachDependency(compiled, stack.pop() as number, (source) => {
      if (seen[source] === 1) return;
      seen[source] = 1;
      found.push(source);
      stack.push(source);
    });
  }
  return Int32Array.from(found).sort();
}

/**
 * The components t depends on, and for each contributor the ones its presence can change: its own
 * and every one downstream of it among them.
 */
function componentPlan(
  compiled: CompiledMap,
  reach: Int32Array,
  contributors: Int32Array,
): { components: Int32Array; downstream: Int32Array[] } {
  const componentOfSlot = new Map<number, number>();
  const components: number[] = [];
  let c = 0;
  for (const slot of reach) {
    while ((compiled.componentStart[c + 1] as number) <= slot) c++;
    if (components[components.length - 1] !== c) components.push(c);
    componentOfSlot.set(slot, components.length - 1);
  }
  // Which components read each component directly.
  const readers: Set<number>[] = components.map(() => new Set<number>());
  for (const slot of reach) {
    const mine = componentOfSlot.get(slot) as number;
    forEachDependency(compiled, slot, (source) => {
      const theirs = componentOfSlot.get(source) as number;
      if (theirs !== mine) readers[theirs]?.add(mine);
    });
  }
  const downstream = Array.from(contributors, (slot) => {
    const first = componentOfSlot.get(slot) as number;
    const marked = new Set<number>([first]);
    const stack = [first];
    while (stack.length > 0) {
      for (const next of readers[stack.pop() as number] as Set<number>) {
        if (marked.has(next)) continue;
        marked.add(next);
        stack.push(next);
      }
    }
    return Int32Array.from(marked).sort();
  });
  return { components: Int32Array.from(components), downstream };
}
