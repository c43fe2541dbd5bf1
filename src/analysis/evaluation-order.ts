/**
 * The order in which a map's nodes are scored: strongly connected components of "depends on" (a node
 * depends on the sources of its supports and attacks, and on whoever undercuts one of those edges, so a
 * cycle through an undercut is a cycle), each after every component it depends on. Nodes are numbered
 * into *slots* component by component, so that evaluation walks the arrays front to back.
 */
import { flatStronglyConnectedComponents } from "../model/scc";
import { type EdgeTable, UNDERCUT } from "./edge-table";
import { count, prefixSum } from "./rows";

export interface EvaluationOrder {
  slotOfDocIndex: Int32Array;
  docIndexOfSlot: Int32Array;
  componentStart: Int32Array;
  componentCyclic: Uint8Array;
  cyclicComponentCount: number;
}

/** Strongly connected components of "depends on", numbered into slots component by component. */
export function evaluationOrder(nodeCount: number, table: EdgeTable): EvaluationOrder {
  const { edgeFrom, edgeTo, relation } = table;
  const edgeCount = relation.length;
  // The node an edge bears on: its target, or for an undercut the target of the edge it undercuts.
  const head = (i: number): number =>
    relation[i] === UNDERCUT ? (edgeTo[edgeTo[i] as number] as number) : (edgeTo[i] as number);
  const dependencyStart = new Int32Array(nodeCount + 1);
  for (let i = 0; i < edgeCount; i++) count(dependencyStart, head(i) + 1);
  prefixSum(dependencyStart);
  const dependencies = new Int32Array(edgeCount);
  const next = dependencyStart.slice(0, nodeCount);
  for (let i = 0; i < edgeCount; i++) {
    const v = head(i);
    const at = next[v] as number;
    next[v] = at + 1;
    dependencies[at] = edgeFrom[i] as number;
  }
  const components = flatStronglyConnectedComponents(nodeCount, dependencyStart, dependencies);
  // Slots are the components' vertices in the order Tarjan emits them: dependencies first.
  const docIndexOfSlot = components.order;
  const slotOfDocIndex = new Int32Array(nodeCount);
  for (let slot = 0; slot < nodeCount; slot++) slotOfDocIndex[docIndexOfSlot[slot] as number] = slot;
  const componentStart = components.componentStart;
  const componentCyclic = new Uint8Array(components.componentCount);
  let cyclicComponentCount = 0;
  for (let c = 0; c < components.componentCount; c++) {
    const first = componentStart[c] as number;
    const only = docIndexOfSlot[first] as number;
    if (
      (componentStart[c + 1] as number) - first > 1 ||
      dependsOnItself(only, dependencyStart, dependencies)
    ) {
      componentCyclic[c] = 1;
      cyclicComponentCount++;
    }
  }
  return { slotOfDocIndex, docIndexOfSlot, componentStart, componentCyclic, cyclicComponentCount };
}

function dependsOnItself(v: number, start: Int32Array, dependencies: Int32Array): boolean {
  for (let i = start[v] as number; i < (start[v + 1] as number); i++) if (dependencies[i] === v) return true;
  return false;
}
