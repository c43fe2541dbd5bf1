/**
 * The Dung framework inside a map: every node is an argument, every attack edge an attack. Supports
 * and undercuts have no place in it; they are counted so a labelling can say how many it ignored.
 * Stored as compressed rows both ways: the attackers of node v are attackers[attackerStart[v] ..
 * attackerStart[v+1]-1] and its targets targets[targetStart[v] .. targetStart[v+1]-1], by position
 * in `doc.nodes`. They are sorted from the map's graph index, and the framework is kept with the index,
 * so the score store, the Why tab and the extensions all read one framework per version of the map.
 */
import { ATTACK, type GraphIndex, graphIndex } from "../model/graph-index";
import { prefixSum } from "../model/rows";
import type { ArgumentMap } from "../model/schema";

export interface IgnoredEdges {
  support: number;
  undercut: number;
}

export interface AttackFramework {
  ids: readonly string[];
  /** Position in `doc.nodes` by node id. */
  nodePosition: ReadonlyMap<string, number>;
  attackerStart: Int32Array;
  attackers: Int32Array;
  targetStart: Int32Array;
  targets: Int32Array;
  ignored: IgnoredEdges;
}

const frameworks = new WeakMap<GraphIndex, AttackFramework>();

export function attackFramework(doc: ArgumentMap, index: GraphIndex = graphIndex(doc)): AttackFramework {
  let framework = frameworks.get(index);
  if (!framework) {
    framework = buildAttackFramework(doc, index);
    frameworks.set(index, framework);
  }
  return framework;
}

/** The framework without looking for one already built (for benchmarks). */
export function buildAttackFramework(doc: ArgumentMap, index: GraphIndex = graphIndex(doc)): AttackFramework {
  const rows = attackRows(index);
  const { support, undercut } = index.relationCounts;
  return {
    ids: index.ids,
    nodePosition: index.nodePosition,
    ...rows,
    ignored: { support, undercut },
  };
}

/**
 * The attacks, from the graph index's columns, as rows of attackers by target and of targets by
 * attacker: one counting sort for both, over the attack edges alone, in document order within a row.
 * Both directions are counted in one pass and placed in another, since reading the columns of 300,000
 * edges costs more than the few writes each edge adds.
 */
function attackRows(
  index: GraphIndex,
): Pick<AttackFramework, "attackerStart" | "attackers" | "targetStart" | "targets"> {
  const { relation, source, head, edgeCount, nodeCount } = index;
  const attack = ATTACK;
  const attackerStart = new Int32Array(nodeCount + 1);
  const targetStart = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    const from = source[e] as number;
    const to = head[e] as number;
    if (relation[e] !== attack || from < 0 || to < 0) continue;
    attackerStart[to + 1] = (attackerStart[to + 1] as number) + 1;
    targetStart[from + 1] = (targetStart[from + 1] as number) + 1;
  }
  prefixSum(attackerStart);
  prefixSum(targetStart);
  const attackers = new Int32Array(attackerStart[nodeCount] as number);
  const targets = new Int32Array(targetStart[nodeCount] as number);
  const nextAttacker = attackerStart.slice(0, nodeCount);
  const nextTarget = targetStart.slice(0, nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    const from = source[e] as number;
    const to = head[e] as number;
    if (relation[e] !== attack || from < 0 || to < 0) continue;
    const a = nextAttacker[to] as number;
    nextAttacker[to] = a + 1;
    attackers[a] = from;
    const t = nextTarget[from] as number;
    nextTarget[from] = t + 1;
    targets[t] = to;
  }
  return { attackerStart, attackers, targetStart, targets };
}

export function attackersOf(framework: AttackFramework, v: number): Int32Array {
  return framework.attackers.subarray(
    framework.attackerStart[v] as number,
    framework.attackerStart[v + 1] as number,
  );
}

export function targetsOf(framework: AttackFramework, v: number): Int32Array {
  return framework.targets.subarray(
    framework.targetStart[v] as number,
    framework.targetStart[v + 1] as number,
  );
}
