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
import type { ArgNode, ArgumentMap } from "../model/schema";

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
  const nodeCount = index.nodeCount;
  const ids: string[] = new Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) ids[v] = (doc.nodes[v] as ArgNode).id;
  const attackers = attackRows(index, index.head, index.source);
  const targets = attackRows(index, index.source, index.head);
  const { support, undercut } = index.relationCounts;
  return {
    ids,
    nodePosition: index.nodePosition,
    attackerStart: attackers.start,
    attackers: attackers.ends,
    targetStart: targets.start,
    targets: targets.ends,
    ignored: { support, undercut },
  };
}

/**
 * The attacks, from the graph index's columns, as rows of nodes by the node at `key` holding the node at
 * `end`: one counting sort over the attack edges alone, in document order within a row.
 */
function attackRows(
  index: GraphIndex,
  key: Int32Array,
  end: Int32Array,
): { start: Int32Array; ends: Int32Array } {
  const { relation, source, head, edgeCount, nodeCount } = index;
  const attack = ATTACK;
  const start = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    if (relation[e] !== attack || (source[e] as number) < 0 || (head[e] as number) < 0) continue;
    const row = (key[e] as number) + 1;
    start[row] = (start[row] as number) + 1;
  }
  prefixSum(start);
  const ends = new Int32Array(start[nodeCount] as number);
  const next = start.slice(0, nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    if (relation[e] !== attack || (source[e] as number) < 0 || (head[e] as number) < 0) continue;
    const row = key[e] as number;
    const at = next[row] as number;
    next[row] = at + 1;
    ends[at] = end[e] as number;
  }
  return { start, ends };
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
