/**
 * The edges of a map as typed columns, read in one pass over the edge objects (reading 300,000 objects
 * scattered over the heap is most of the cost of compiling, so each is read once). Shared by the
 * gradual compiler and the Dung framework builder.
 */
import { type ArgEdge, type ArgumentMap, DEFAULT_WEIGHT } from "../model/schema";
import type { IdPositions } from "./id-positions";

export const SUPPORT = 0;
export const ATTACK = 1;
export const UNDERCUT = 2;

export interface EdgeTable {
  /** Position in `doc.nodes` of each edge's `from`. */
  edgeFrom: Int32Array;
  /** For a support or attack, the position in `doc.nodes` of its `to`; for an undercut, the position in `doc.edges` of the edge it undercuts. */
  edgeTo: Int32Array;
  /** SUPPORT, ATTACK or UNDERCUT. */
  relation: Uint8Array;
  weight: Float64Array;
  /** `group` of the support edges that have one, by edge position (few maps have any). */
  groups: Map<number, string>;
  supportCount: number;
  attackCount: number;
  undercutCount: number;
}

export function readEdges(doc: ArgumentMap, docIndex: IdPositions): EdgeTable {
  const edges = doc.edges;
  const edgeCount = edges.length;
  const edgeFrom = new Int32Array(edgeCount);
  const edgeTo = new Int32Array(edgeCount);
  const relation = new Uint8Array(edgeCount);
  const weight = new Float64Array(edgeCount);
  const groups = new Map<number, string>();
  // The edge ids that undercuts name, and which undercuts name each.
  const undercutTargets = new Map<string, number>();
  let supportCount = 0;
  let attackCount = 0;
  for (let i = 0; i < edgeCount; i++) {
    const edge = edges[i] as ArgEdge;
    edgeFrom[i] = docIndex[edge.from] as number;
    weight[i] = edge.weight ?? DEFAULT_WEIGHT;
    if (edge.relation === "undercut") {
      relation[i] = UNDERCUT;
      undercutTargets.set(edge.to, -1);
      continue;
    }
    edgeTo[i] = docIndex[edge.to] as number;
    if (edge.relation === "support") {
      relation[i] = SUPPORT;
      supportCount++;
      if (edge.group !== undefined) groups.set(i, edge.group);
    } else {
      relation[i] = ATTACK;
      attackCount++;
    }
  }
  const undercutCount = edgeCount - supportCount - attackCount;
  if (undercutCount > 0) {
    // A map from every edge id would cost more than the rest of compiling; look up only the named ones.
    for (let i = 0; i < edgeCount; i++) {
      const id = (edges[i] as ArgEdge).id;
      if (undercutTargets.has(id)) undercutTargets.set(id, i);
    }
    for (let i = 0; i < edgeCount; i++) {
      if (relation[i] === UNDERCUT) edgeTo[i] = undercutTargets.get((edges[i] as ArgEdge).to) as number;
    }
  }
  return { edgeFrom, edgeTo, relation, weight, groups, supportCount, attackCount, undercutCount };
}
