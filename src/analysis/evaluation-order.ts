/**
 * The order in which a map's nodes are scored: strongly connected components of "depends on" (a node
 * depends on the sources of its supports and attacks, and on whoever undercuts one of those edges, so a
 * cycle through an undercut is a cycle), each after every component it depends on. Nodes are numbered
 * into *slots* component by component, so that evaluation walks the arrays front to back.
 */
import { stronglyConnectedComponents } from "../model/scc";
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
  const slices: Int32Array[] = new Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) {
    slices[v] = dependencies.subarray(dependencyStart[v] as number, dependencyStart[v + 1] as number);
  }
  const components = stronglyConnectedComponents(nodeCount, (v) => slices[v] as Int32Array);

  const slotOfDocIndex = new Int32Array(nodeCount);
  const docIndexOfSlot = new Int32Array(nodeCount);
  const componentStart = new Int32Array(components.length + 1);
  const componentCyclic = new Uint8Array(components.length);
  let cyclicComponentCount = 0;
  let slot = 0;
  for (let c = 0; c < components.length; c++) {
    const component = components[c] as number[];
    componentStart[c] = slot;
    for (const v of component) {
      slotOfDocIndex[v] = slot;
      docIndexOfSlot[slot++] = v;
    }
    const only = component[0] as number;
    if (component.length > 1 || (slices[only] as Int32Array).includes(only)) {
      componentCyclic[c] = 1;
      cyclicComponentCount++;
    }
  }
  componentStart[components.length] = slot;
  return { slotOfDocIndex, docIndexOfSlot, componentStart, componentCyclic, cyclicComponentCount };
}
