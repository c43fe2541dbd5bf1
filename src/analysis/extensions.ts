/**
 * Preferred and stable extensions (Dung 1995) by a labelling-based backtracking search. Every complete
 * labelling agrees with the grounded one wherever that says IN or OUT, so the grounded labelling is
 * computed first (in linear time) and only the arguments it leaves UNDEC are searched: each gets IN,
 * OUT or UNDEC (stable: IN or OUT), and a branch is cut as soon as some argument's label contradicts
 * the labels of its attackers. Preferred extensions are the IN sets of the complete labellings that
 * are maximal under inclusion; stable ones those of the complete labellings with nothing UNDEC.
 *
 * The search is exponential in the worst case, so it refuses rather than hang: when more than `limit`
 * arguments are left UNDEC by the grounded labelling (default 60), or when the search has taken
 * `budget` steps (default 1,000,000, about a second) without finishing.
 */
import type { ArgumentMap } from "../model/schema";
import {
  type AttackFramework,
  attackersOf,
  attackFramework,
  type IgnoredEdges,
  targetsOf,
} from "./attack-framework";
import { groundedCore, IN, OUT, UNDEC } from "./grounded";
import type { ExtensionSemantics } from "./semantics";

export interface ExtensionOptions {
  /** Most arguments left UNDEC by the grounded labelling that the search takes on; default 60. */
  limit?: number;
  /** Most search steps (labels tried) before giving up; default 1,000,000. */
  budget?: number;
}

export type ExtensionsResult =
  | { ok: true; semantics: ExtensionSemantics; extensions: string[][]; ignored: IgnoredEdges }
  | { ok: false; semantics: ExtensionSemantics; message: string };

export const DEFAULT_EXTENSION_LIMIT = 60;
export const DEFAULT_EXTENSION_BUDGET = 1_000_000;

export function extensions(
  input: ArgumentMap | AttackFramework,
  semantics: ExtensionSemantics,
  options: ExtensionOptions = {},
): ExtensionsResult {
  const framework = "attackerStart" in input ? input : attackFramework(input);
  const limit = options.limit ?? DEFAULT_EXTENSION_LIMIT;
  const budget = options.budget ?? DEFAULT_EXTENSION_BUDGET;
  const grounded = groundedCore(framework);
  const open: number[] = [];
  grounded.label.forEach((label, v) => {
    if (label === UNDEC) open.push(v);
  });
  if (open.length > limit) {
    return {
      ok: false,
      semantics,
      message: `${semantics} extensions need a search that grows exponentially with the arguments the grounded labelling leaves undecided; this map has ${open.length} of them, more than the limit of ${limit}. The grounded labelling still applies.`,
    };
  }
  const search = new LabellingSearch(
    framework,
    orderForSearch(framework, open),
    semantics === "stable",
    budget,
  );
  const found = search.run();
  if (found === undefined) {
    return {
      ok: false,
      semantics,
      message: `${semantics} extensions: the search over ${open.length} undecided arguments gave up after ${budget.toLocaleString("en")} steps. The grounded labelling still applies.`,
    };
  }
  const inSets = semantics === "preferred" ? maximalSets(found) : found;
  const groundedIn: string[] = [];
  grounded.label.forEach((label, v) => {
    if (label === IN) groundedIn.push(framework.ids[v] as string);
  });
  const result = inSets.map((members) =>
    [...groundedIn, ...members.map((v) => framework.ids[v] as string)].sort(compareIds),
  );
  result.sort(compareExtensions);
  return { ok: true, semantics, extensions: result, ignored: framework.ignored };
}

/**
 * Breadth-first along attacks, so that an argument's attackers tend to be labelled just before it and
 * contradictions show up near the top of the search tree.
 */
function orderForSearch(framework: AttackFramework, open: readonly number[]): number[] {
  const isOpen = new Set(open);
  const seen = new Set<number>();
  const order: number[] = [];
  for (const root of open) {
    if (seen.has(root)) continue;
    seen.add(root);
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as number;
      order.push(v);
      for (const w of [...targetsOf(framework, v), ...attackersOf(framework, v)]) {
        if (isOpen.has(w) && !seen.has(w)) {
          seen.add(w);
          queue.push(w);
        }
      }
    }
  }
  return order;
}

const UNASSIGNED = 3;

/**
 * Depth-first search over labels of the open arguments. Arguments outside the open set keep their
 * grounded labels; none of them is IN and attacks an open one (else that one would be OUT already),
 * so only attackers inside the open set matter. For each open argument the search keeps how many of
 * its open attackers are IN, UNDEC or unassigned, and checks the complete-labelling conditions
 * (IN iff every attacker is OUT; OUT iff some attacker is IN) as far as the assigned labels allow.
 */
class LabellingSearch {
  private readonly count: number;
  private readonly targetStart: Int32Array;
  private readonly targets: Int32Array;
  private readonly label: Uint8Array;
  private readonly inAttackers: Int32Array;
  private readonly undecAttackers: Int32Array;
  private readonly unassignedAttackers: Int32Array;
  private readonly found: number[][] = [];
  private steps = 0;

  constructor(
    framework: AttackFramework,
    private readonly order: readonly number[],
    private readonly stable: boolean,
    private readonly budget: number,
  ) {
    // Local numbering: open argument order[i] is i.
    this.count = order.length;
    const local = new Map<number, number>();
    order.forEach((v, i) => {
      local.set(v, i);
    });
    const localRows = (rowOf: (v: number) => Int32Array) => {
      const start = new Int32Array(this.count + 1);
      const items: number[] = [];
      order.forEach((v, i) => {
        for (const w of rowOf(v)) {
          const j = local.get(w);
          if (j !== undefined) items.push(j);
        }
        start[i + 1] = items.length;
      });
      return { start, items: Int32Array.from(items) };
    };
    const attackerRows = localRows((v) => attackersOf(framework, v));
    const targetRows = localRows((v) => targetsOf(framework, v));
    this.targetStart = targetRows.start;
    this.targets = targetRows.items;
    this.label = new Uint8Array(this.count).fill(UNASSIGNED);
    this.inAttackers = new Int32Array(this.count);
    this.undecAttackers = new Int32Array(this.count);
    this.unassignedAttackers = new Int32Array(this.count);
    for (let i = 0; i < this.count; i++) {
      this.unassignedAttackers[i] = (attackerRows.start[i + 1] as number) - (attackerRows.start[i] as number);
    }
  }

  /** The IN sets (as framework positions) of every labelling found, or undefined past the budget. */
  run(): number[][] | undefined {
    return this.extend(0) ? this.found : undefined;
  }

  /** Labels order[i..]; false when the budget ran out. */
  private extend(i: number): boolean {
    if (i === this.count) {
      const members: number[] = [];
      for (let j = 0; j < this.count; j++) if (this.label[j] === IN) members.push(this.order[j] as number);
      this.found.push(members);
      return true;
    }
    const choices = this.stable ? [IN, OUT] : [IN, OUT, UNDEC];
    for (const choice of choices) {
      if (++this.steps > this.budget) return false;
      this.assign(i, choice);
      if (this.consistentAround(i) && !this.extend(i + 1)) return false;
      this.unassign(i, choice);
    }
    return true;
  }

  private assign(i: number, label: number): void {
    this.label[i] = label;
    for (let k = this.targetStart[i] as number; k < (this.targetStart[i + 1] as number); k++) {
      const t = this.targets[k] as number;
      this.unassignedAttackers[t] = (this.unassignedAttackers[t] as number) - 1;
      if (label === IN) this.inAttackers[t] = (this.inAttackers[t] as number) + 1;
      else if (label === UNDEC) this.undecAttackers[t] = (this.undecAttackers[t] as number) + 1;
    }
  }

  private unassign(i: number, label: number): void {
    this.label[i] = UNASSIGNED;
    for (let k = this.targetStart[i] as number; k < (this.targetStart[i + 1] as number); k++) {
      const t = this.targets[k] as number;
      this.unassignedAttackers[t] = (this.unassignedAttackers[t] as number) + 1;
      if (label === IN) this.inAttackers[t] = (this.inAttackers[t] as number) - 1;
      else if (label === UNDEC) this.undecAttackers[t] = (this.undecAttackers[t] as number) - 1;
    }
  }

  /** Checks the argument just labelled and every argument it attacks. */
  private consistentAround(i: number): boolean {
    if (!this.consistent(i)) return false;
    for (let k = this.targetStart[i] as number; k < (this.targetStart[i + 1] as number); k++) {
      if (!this.consistent(this.targets[k] as number)) return false;
    }
    return true;
  }

  private consistent(i: number): boolean {
    const label = this.label[i] as number;
    const inCount = this.inAttackers[i] as number;
    const open = (this.unassignedAttackers[i] as number) > 0;
    const undec = (this.undecAttackers[i] as number) > 0;
    if (label === IN) return inCount === 0 && !undec;
    if (label === OUT) return inCount > 0 || open;
    if (label === UNDEC) return inCount === 0 && (undec || open);
    // Unlabelled: an IN attacker already forces OUT, which is always possible, so nothing to check.
    return true;
  }
}

/** The sets not strictly contained in another (the search lists every set's members in the same order). */
function maximalSets(sets: number[][]): number[][] {
  const unique = [...new Map(sets.map((set) => [set.join(","), set])).values()];
  const lookup = unique.map((set) => new Set(set));
  return unique.filter(
    (set, i) =>
      !unique.some(
        (other, j) =>
          j !== i && other.length > set.length && set.every((v) => (lookup[j] as Set<number>).has(v)),
      ),
  );
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Extensions in a fixed order: element by element, a prefix before what extends it. */
function compareExtensions(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareIds(a[i] as string, b[i] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
