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
import { aggregateOf, DFQUAD, dfquadInfluence, H_CATEGORIZER, influence } from "./influence";

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
  /** A cyclic component's values before it is settled again, to tell which of them changed. */
  private readonly before: Float64Array;
  private readonly sweepComponent: ComponentSweep;
  /**
   * The component positions that read each slot, as compressed rows: row readerRow[slot] (-1 for a
   * slot outside the restriction) is readers[readerStart[row] .. readerStart[row + 1] - 1].
   */
  private readonly readerRow: Int32Array;
  private readonly readerStart: Int32Array;
  private readonly readers: Int32Array;
  /** dirty[position] === epoch when an input of that component changed in the current update. */
  private readonly dirty: Int32Array;
  private epoch = 0;
  /** Components marked dirty in the current update and not yet recomputed. */
  private pending = 0;

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
    this.readerRow = plan.readerRow;
    this.readerStart = plan.readerStart;
    this.readers = plan.readers;
    this.dirty = new Int32Array(this.components.length);
    let largest = 1;
    for (const c of this.components) {
      largest = Math.max(largest, componentEnd(compiled, c) - (compiled.componentStart[c] as number));
    }
    this.scratch = new Float64Array(largest);
    this.before = new Float64Array(largest);
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
    // Only components whose inputs changed are recomputed: adding a point under an absent one, the
    // usual case early in a sampled order, stops there.
    this.epoch++;
    this.pending = 0;
    // Presence itself is an input, not only the value: a linked group skips an absent member but is
    // zeroed by a present one of strength 0, so the point's readers are recomputed even when its value
    // stays 0.
    this.markReaders(slot);
    const list = this.downstream[index] as Int32Array;
    this.evaluateComponent(list[0] as number);
    for (let k = 1; k < list.length && this.pending > 0; k++) {
      const position = list[k] as number;
      if (this.dirty[position] !== this.epoch) continue;
      this.pending--;
      this.evaluateComponent(position);
    }
  }

  /** Presence of every contributor at once: `inCoalition(i)` says whether contributor i is in. */
  setCoalition(inCoalition: (index: number) => boolean): void {
    for (let i = 0; i < this.contributors.length; i++) {
      this.present[this.contributors[i] as number] = inCoalition(i) ? 1 : 0;
    }
    this.recomputeAll();
  }

  /** Takes every contributor out: t alone, as at the start of each sampled order. */
  clear(): void {
    const { contributors, present, values } = this;
    for (let i = 0; i < contributors.length; i++) {
      const slot = contributors[i] as number;
      present[slot] = 0;
      values[slot] = 0;
    }
    // t's component comes after everything it depends on, and is the only one with a point present.
    this.epoch++;
    this.evaluateComponent(this.components.length - 1);
  }

  isPresent(index: number): boolean {
    return this.present[this.contributors[index] as number] === 1;
  }

  private recomputeAll(): void {
    this.epoch++;
    for (let position = 0; position < this.components.length; position++) this.evaluateComponent(position);
  }

  /** Recomputes the component at `position` in `components`, marking the readers of what changed. */
  private evaluateComponent(position: number): void {
    const { compiled, values, present } = this;
    const component = this.components[position] as number;
    const start = compiled.componentStart[component] as number;
    const end = componentEnd(compiled, component);
    if (compiled.componentCyclic[component] === 0) {
      const now = present[start] === 1 ? this.slotStrength(values, start) : 0;
      if (now !== values[start]) {
        values[start] = now;
        this.markReaders(start);
      }
      return;
    }
    const before = this.before;
    for (let slot = start; slot < end; slot++) {
      before[slot - start] = values[slot] as number;
      // As scoring does, a cycle starts from the base scores of the points present.
      values[slot] = present[slot] === 1 ? (compiled.base[slot] as number) : 0;
    }
    const steps = relaxComponent(this.sweepComponent, values, start, end, this.scratch, this.settings);
    if (steps > this.settings.maxIterations) this.unsettled++;
    for (let slot = start; slot < end; slot++)
      if (values[slot] !== before[slot - start]) this.markReaders(slot);
  }

  private markReaders(slot: number): void {
    const at = this.readerRow[slot] as number;
    if (at < 0) return;
    const { readerStart, readers, dirty, epoch } = this;
    for (let k = readerStart[at] as number; k < (readerStart[at + 1] as number); k++) {
      const position = readers[k] as number;
      if (dirty[position] === epoch) continue;
      dirty[position] = epoch;
      this.pending++;
    }
  }

  /** The semantics' f over the slots present in start..end-1 (an absent slot stays 0). */
  private sweep(values: Float64Array, start: number, end: number, next: Float64Array): number {
    const present = this.present;
    let residual = 0;
    for (let slot = start; slot < end; slot++) {
      const strength = present[slot] === 0 ? 0 : this.slotStrength(values, slot);
      next[slot - start] = strength;
      const gap = Math.abs(strength - (values[slot] as number));
      if (gap > residual) residual = gap;
    }
    return residual;
  }

  /** f(slot) for a slot present: fold its terms the semantics' way, aggregate, apply the influence. */
  private slotStrength(values: Float64Array, slot: number): number {
    const { compiled, code } = this;
    if (code === DFQUAD) return this.dfquadStrength(values, slot);
    const { termStart, base } = compiled;
    const attacksOnly = code === H_CATEGORIZER;
    let supportFold = 0;
    let attackFold = 0;
    const supportEnd = termStart[2 * slot + 1] as number;
    const attackEnd = termStart[2 * slot + 2] as number;
    for (let t = attacksOnly ? supportEnd : (termStart[2 * slot] as number); t < attackEnd; t++) {
      const x = this.termValue(values, t);
      if (t < supportEnd) supportFold += x;
      else attackFold += x;
    }
    return influence(code, base[slot] as number, aggregateOf(code, supportFold, attackFold));
  }

  /**
   * `slotStrength` for DF-QuAD, the semantics whose contributions are sampled longest (its products
   * saturate, so marginals vary most): the folds are products of (1 - x), and v_sup - v_att is then
   * attackFold - supportFold. The arithmetic is the evaluator's, operation for operation.
   */
  private dfquadStrength(values: Float64Array, slot: number): number {
    const { termStart, termSource, termWeight, base } = this.compiled;
    let supportFold = 1;
    let attackFold = 1;
    const supportEnd = termStart[2 * slot + 1] as number;
    const attackEnd = termStart[2 * slot + 2] as number;
    for (let t = termStart[2 * slot] as number; t < attackEnd; t++) {
      const source = termSource[t] as number;
      const x =
        source >= 0 ? (termWeight[t] as number) * (values[source] as number) : this.compoundValue(values, t);
      if (t < supportEnd) supportFold *= 1 - x;
      else attackFold *= 1 - x;
    }
    return dfquadInfluence(base[slot] as number, attackFold - supportFold);
  }

  /** Weight times strength of one term: read straight off a single edge, or worked out for a compound one. */
  private termValue(values: Float64Array, t: number): number {
    const source = this.compiled.termSource[t] as number;
    return source >= 0
      ? (this.compiled.termWeight[t] as number) * (values[source] as number)
      : this.compoundValue(values, t);
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

interface ComponentPlan {
  components: Int32Array;
  downstream: Int32Array[];
  readerRow: Int32Array;
  readerStart: Int32Array;
  readers: Int32Array;
}

/**
 * The components t depends on, which components read each slot, and for each contributor the ones its presence can change: its own
 * and every one downstream of it among them.
 */
function componentPlan(compiled: CompiledMap, reach: Int32Array, contributors: Int32Array): ComponentPlan {
  const componentOfSlot = new Map<number, number>();
  const components: number[] = [];
  let c = 0;
  for (const slot of reach) {
    while ((compiled.componentStart[c + 1] as number) <= slot) c++;
    if (components[components.length - 1] !== c) components.push(c);
    componentOfSlot.set(slot, components.length - 1);
  }
  // Which components read each component directly, and each slot.
  const readers: Set<number>[] = components.map(() => new Set<number>());
  const slotReaders = new Map<number, Set<number>>();
  for (const slot of reach) {
    const mine = componentOfSlot.get(slot) as number;
    forEachDependency(compiled, slot, (source) => {
      const theirs = componentOfSlot.get(source) as number;
      if (theirs !== mine) readers[theirs]?.add(mine);
      const row = slotReaders.get(source) ?? new Set<number>();
      slotReaders.set(source, row.add(mine));
    });
  }
  const readerRow = new Int32Array(compiled.nodeCount).fill(-1);
  const readerStart = new Int32Array(reach.length + 1);
  const flat: number[] = [];
  reach.forEach((slot, row) => {
    readerRow[slot] = row;
    for (const position of slotReaders.get(slot) ?? []) flat.push(position);
    readerStart[row + 1] = flat.length;
  });
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
  return {
    components: Int32Array.from(components),
    downstream,
    readerRow,
    readerStart,
    readers: Int32Array.from(flat),
  };
}
