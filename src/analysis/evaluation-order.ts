/**
 * The order in which a map's nodes are scored: strongly connected components of "depends on" (a node
 * depends on the sources of the edges that bear on it: its supports and attacks, and whoever undercuts
 * one of those, so a cycle through an undercut is a cycle), each after every component it depends on.
 * Nodes are numbered into *slots* component by component, so that evaluation walks the arrays front to
 * back.
 */
import type { GraphIndex } from "../model/graph-index";
import { stronglyConnectedComponents } from "../model/scc";

export interface EvaluationOrder {
  slotOfDocIndex: Int32Array;
  docIndexOfSlot: Int32Array;
  componentStart: Int32Array;
  componentCyclic: Uint8Array;
  cyclicComponentCount: number;
}

/** Strongly connected components of "depends on", numbered into slots component by component. */
export function evaluationOrder(index: GraphIndex): EvaluationOrder {
  const { nodeCount, source } = index;
  // The sources of the edges bearing on each node: node v's block of incoming rows, edge by edge.
  const { start, edges } = index.incoming;
  const dependencyStart = new Int32Array(nodeCount + 1);
  for (let v = 0; v <= nodeCount; v++) dependencyStart[v] = start[3 * v] as number;
  const dependencies = new Int32Array(edges.length);
  for (let k = 0; k < edges.length; k++) dependencies[k] = source[edges[k] as number] as number;
  const components = stronglyConnectedComponents(nodeCount, dependencyStart, dependencies);
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
