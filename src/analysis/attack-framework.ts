/**
 * The Dung framework inside a map: every node is an argument, every attack edge an attack. Supports
 * and undercuts have no place in it; they are counted so a labelling can say how many it ignored.
 * Stored as compressed rows both ways: the attackers of node v are attackers[attackerStart[v] ..
 * attackerStart[v+1]-1] and its targets targets[targetStart[v] .. targetStart[v+1]-1], by position
 * in `doc.nodes`.
 */
import type { ArgEdge, ArgNode, ArgumentMap } from "../model/schema";
import { type IdPositions, positionsById } from "./id-positions";
import { count, prefixSum } from "./rows";

export interface IgnoredEdges {
  support: number;
  undercut: number;
}

export interface AttackFramework {
  ids: readonly string[];
  index: IdPositions;
  attackerStart: Int32Array;
  attackers: Int32Array;
  targetStart: Int32Array;
  targets: Int32Array;
  ignored: IgnoredEdges;
}

export function attackFramework(doc: ArgumentMap): AttackFramework {
  const nodeCount = doc.nodes.length;
  const ids: string[] = new Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) ids[v] = (doc.nodes[v] as ArgNode).id;
  const index = positionsById(doc.nodes);
  const edges = doc.edges;
  const allFrom = new Int32Array(edges.length);
  const allTo = new Int32Array(edges.length);
  let attackCount = 0;
  let support = 0;
  let undercut = 0;
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i] as ArgEdge;
    if (edge.relation === "attack") {
      allFrom[attackCount] = index[edge.from] as number;
      allTo[attackCount++] = index[edge.to] as number;
    } else if (edge.relation === "support") support++;
    else undercut++;
  }
  const from = allFrom.subarray(0, attackCount);
  const to = allTo.subarray(0, attackCount);
  const attackerStart = new Int32Array(nodeCount + 1);
  const targetStart = new Int32Array(nodeCount + 1);
  for (let i = 0; i < from.length; i++) {
    count(attackerStart, (to[i] as number) + 1);
    count(targetStart, (from[i] as number) + 1);
  }
  prefixSum(attackerStart);
  prefixSum(targetStart);
  const attackers = new Int32Array(from.length);
  const targets = new Int32Array(from.length);
  const nextAttacker = attackerStart.slice(0, nodeCount);
  const nextTarget = targetStart.slice(0, nodeCount);
  for (let i = 0; i < from.length; i++) {
    const a = from[i] as number;
    const b = to[i] as number;
    const attackerAt = nextAttacker[b] as number;
    const targetAt = nextTarget[a] as number;
    nextAttacker[b] = attackerAt + 1;
    nextTarget[a] = targetAt + 1;
    attackers[attackerAt] = a;
    targets[targetAt] = b;
  }
  return { ids, index, attackerStart, attackers, targetStart, targets, ignored: { support, undercut } };
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
