/**
 * Dung's grounded extension computed from its definition, for checking the fast labelling: the least
 * fixpoint of the characteristic function F(S) = { a | S attacks every attacker of a }, reached by
 * applying F to the empty set until nothing changes; on frameworks of up to 12 arguments, also the
 * least complete extension found by trying every subset.
 */
import type { Label } from "../../../../src/analysis";
import type { ArgumentMap } from "../../../../src/model/schema";

export interface Framework {
  args: string[];
  attackers: Map<string, Set<string>>;
}

export function frameworkOf(doc: ArgumentMap): Framework {
  const attackers = new Map<string, Set<string>>(doc.nodes.map((node) => [node.id, new Set<string>()]));
  for (const edge of doc.edges) if (edge.relation === "attack") attackers.get(edge.to)?.add(edge.from);
  return { args: doc.nodes.map((node) => node.id), attackers };
}

function defends(framework: Framework, set: ReadonlySet<string>, arg: string): boolean {
  for (const attacker of framework.attackers.get(arg) ?? []) {
    const counter = framework.attackers.get(attacker) ?? new Set<string>();
    if (![...counter].some((c) => set.has(c))) return false;
  }
  return true;
}

function groundedExtension(framework: Framework): Set<string> {
  let current = new Set<string>();
  for (;;) {
    const next = new Set(framework.args.filter((arg) => defends(framework, current, arg)));
    if (next.size === current.size && [...next].every((a) => current.has(a))) return current;
    current = next;
  }
}

function leastCompleteBySubsets(framework: Framework): Set<string> {
  const n = framework.args.length;
  let least: Set<string> | undefined;
  for (let mask = 0; mask < 1 << n; mask++) {
    const set = new Set(framework.args.filter((_, i) => mask & (1 << i)));
    const conflictFree = [...set].every(
      (a) => ![...(framework.attackers.get(a) ?? [])].some((b) => set.has(b)),
    );
    if (!conflictFree) continue;
    const complete = framework.args.every((a) => defends(framework, set, a) === set.has(a));
    if (complete && (!least || set.size < least.size)) least = set;
  }
  return least ?? new Set();
}

export function bruteForceGrounded(framework: Framework): Map<string, Label> {
  const inSet = groundedExtension(framework);
  if (framework.args.length <= 12) {
    const bySubsets = leastCompleteBySubsets(framework);
    if (bySubsets.size !== inSet.size || ![...bySubsets].every((a) => inSet.has(a))) {
      throw new Error("the two brute-force computations disagree");
    }
  }
  const labels = new Map<string, Label>();
  for (const arg of framework.args) {
    if (inSet.has(arg)) labels.set(arg, "in");
    else if ([...(framework.attackers.get(arg) ?? [])].some((a) => inSet.has(a))) labels.set(arg, "out");
    else labels.set(arg, "undec");
  }
  return labels;
}
