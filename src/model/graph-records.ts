/**
 * What the graph index reads of a map's records, kept column by column: the node ids, and each edge's
 * id, ends, relation, weight and group. Nothing else of a record bears on the graph, so an index built
 * from the columns is the index of the records (graph-index.ts), and the next version's columns can be
 * had from these and the few records an edit changed (graph-index-update.ts).
 */
import { ATTACK, SUPPORT, UNDERCUT } from "./relation-codes";
import { type ArgumentMap, DEFAULT_WEIGHT } from "./schema";

export type GraphRecords = Pick<ArgumentMap, "nodes" | "edges">;

/** The columns of one version of a map. */
export interface RecordColumns {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly relation: Uint8Array;
  readonly weight: Float64Array;
  readonly groups: ReadonlyMap<number, string>;
}

/**
 * The columns of every record, in one pass over the edge records, which lie scattered over the heap:
 * reading 300,000 of them is most of the cost of a build, so each is read once.
 */
export function readRecords({ nodes, edges }: GraphRecords): RecordColumns {
  const nodeIds: string[] = new Array(nodes.length);
  for (let v = 0; v < nodes.length; v++) nodeIds[v] = (nodes[v] as { id: string }).id;
  const edgeCount = edges.length;
  const columns = {
    nodeIds,
    edgeIds: new Array<string>(edgeCount),
    from: new Array<string>(edgeCount),
    to: new Array<string>(edgeCount),
    relation: new Uint8Array(edgeCount),
    weight: new Float64Array(edgeCount),
    groups: new Map<number, string>(),
  };
  readEdgeRecords(edges, 0, edgeCount, columns, 0);
  return columns;
}

/** Writable columns, as `readEdgeRecords` fills them. */
export interface EdgeColumnsDraft {
  edgeIds: string[];
  from: string[];
  to: string[];
  relation: Uint8Array;
  weight: Float64Array;
  groups: Map<number, string>;
}

/** Reads edges[start .. end - 1] into the columns from position `at` on. */
export function readEdgeRecords(
  edges: GraphRecords["edges"],
  start: number,
  end: number,
  columns: EdgeColumnsDraft,
  at: number,
): void {
  const { edgeIds, from, to, relation, weight, groups } = columns;
  // Read once: an imported constant in a loop over 300,000 edges is not free under every loader.
  const defaultWeight = DEFAULT_WEIGHT;
  for (let e = start, i = at; e < end; e++, i++) {
    const edge = edges[e] as ArgumentMap["edges"][number];
    edgeIds[i] = edge.id;
    from[i] = edge.from;
    to[i] = edge.to;
    const kind = edge.relation;
    relation[i] = kind === "support" ? SUPPORT : kind === "attack" ? ATTACK : UNDERCUT;
    weight[i] = edge.weight ?? defaultWeight;
    if (edge.group !== undefined) groups.set(i, edge.group);
  }
}
