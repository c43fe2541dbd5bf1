/**
 * Lookup tables over a document's flat records: by id, and edges by their endpoints.
 * Built once per check or operation; the records themselves are not copied.
 */
import type { ArgEdge, ArgNode, ArgumentMap } from "./schema";

export interface GraphIndex {
  nodeIndex: Map<string, number>;
  edgeIndex: Map<string, number>;
  /** Edges by the id of what they point at (a node, or for undercuts an edge). */
  incoming: Map<string, ArgEdge[]>;
  /** Edges by the node they start from. */
  outgoing: Map<string, ArgEdge[]>;
}

export function indexGraph(doc: Pick<ArgumentMap, "nodes" | "edges">): GraphIndex {
  const nodeIndex = new Map<string, number>();
  const edgeIndex = new Map<string, number>();
  const incoming = new Map<string, ArgEdge[]>();
  const outgoing = new Map<string, ArgEdge[]>();
  doc.nodes.forEach((node, i) => {
    if (!nodeIndex.has(node.id)) nodeIndex.set(node.id, i);
  });
  doc.edges.forEach((edge, i) => {
    if (!edgeIndex.has(edge.id)) edgeIndex.set(edge.id, i);
    pushTo(incoming, edge.to, edge);
    pushTo(outgoing, edge.from, edge);
  });
  return { nodeIndex, edgeIndex, incoming, outgoing };
}

function pushTo(map: Map<string, ArgEdge[]>, key: string, edge: ArgEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

export function nodeById(doc: ArgumentMap, index: GraphIndex, id: string): ArgNode | undefined {
  const i = index.nodeIndex.get(id);
  return i === undefined ? undefined : doc.nodes[i];
}

export function edgeById(doc: ArgumentMap, index: GraphIndex, id: string): ArgEdge | undefined {
  const i = index.edgeIndex.get(id);
  return i === undefined ? undefined : doc.edges[i];
}
