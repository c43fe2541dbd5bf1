/**
 * What scoring reads of a map, as plain data that crosses to a worker cheaply: structured-cloning the
 * whole map (texts, sources, tags of thousands of points) would itself block the page for longer than
 * scoring it. Scoring reads a node's id and base score and an edge's id, ends, relation, weight and
 * linked group, and nothing else (tests/unit/store/scoring-input.test.ts holds the two maps to the same
 * scores), so those alone go, in arrays: strings for the ids, typed arrays for the numbers.
 */
import {
  type ArgEdge,
  type ArgNode,
  type ArgumentMap,
  CURRENT_VERSION,
  FORMAT_TAG,
  RELATIONS,
} from "../../model/schema";

export interface ScoringInput {
  nodeIds: string[];
  /** NaN where a node has no base score of its own. */
  base: Float64Array;
  edgeIds: string[];
  from: string[];
  to: string[];
  /** Position in RELATIONS. */
  relation: Uint8Array;
  /** NaN where an edge has no weight of its own. */
  weight: Float64Array;
  /** [edge position, group] for the edges in a linked group. */
  groups: [number, string][];
}

export function scoringInput(doc: Pick<ArgumentMap, "nodes" | "edges">): ScoringInput {
  const { nodes, edges } = doc;
  const nodeIds = new Array<string>(nodes.length);
  const base = new Float64Array(nodes.length);
  for (let v = 0; v < nodes.length; v++) {
    const node = nodes[v] as ArgNode;
    nodeIds[v] = node.id;
    base[v] = node.base ?? Number.NaN;
  }
  const edgeIds = new Array<string>(edges.length);
  const from = new Array<string>(edges.length);
  const to = new Array<string>(edges.length);
  const relation = new Uint8Array(edges.length);
  const weight = new Float64Array(edges.length);
  const groups: [number, string][] = [];
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as ArgEdge;
    edgeIds[e] = edge.id;
    from[e] = edge.from;
    to[e] = edge.to;
    relation[e] = RELATIONS.indexOf(edge.relation);
    weight[e] = edge.weight ?? Number.NaN;
    if (edge.group !== undefined) groups.push([e, edge.group]);
  }
  return { nodeIds, base, edgeIds, from, to, relation, weight, groups };
}

/**
 * A map that scores as the one the input was taken from: the same nodes and edges in the same order,
 * with empty words (scoring reads none) and none of the map's other parts.
 */
export function mapForScoring(input: ScoringInput): ArgumentMap {
  const nodes: ArgNode[] = input.nodeIds.map((id, v) => {
    const base = input.base[v] as number;
    return Number.isNaN(base) ? { id, kind: "claim", text: "" } : { id, kind: "claim", text: "", base };
  });
  const edges: ArgEdge[] = input.edgeIds.map((id, e) => {
    const edge: ArgEdge = {
      id,
      from: input.from[e] as string,
      to: input.to[e] as string,
      relation: RELATIONS[input.relation[e] as number] as ArgEdge["relation"],
    };
    const weight = input.weight[e] as number;
    if (!Number.isNaN(weight)) edge.weight = weight;
    return edge;
  });
  for (const [e, group] of input.groups) (edges[e] as ArgEdge).group = group;
  return {
    format: FORMAT_TAG,
    version: CURRENT_VERSION,
    map: { id: "scoring", title: "Scoring" },
    nodes,
    edges,
  };
}

/** The buffers of the input's typed arrays, to transfer rather than copy. */
export function transferablesOf(input: ScoringInput): ArrayBuffer[] {
  return [input.base.buffer, input.relation.buffer, input.weight.buffer] as ArrayBuffer[];
}
