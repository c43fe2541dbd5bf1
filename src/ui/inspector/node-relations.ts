/**
 * A node's relations for the inspector, in words a reader uses: what it supports, attacks or undercuts,
 * and what supports, attacks or undercuts it (an undercut of one of its own relations counts).
 */
import type { ArgEdge, ArgumentMap, Relation } from "../../model/schema";

export interface RelationEntry {
  edgeId: string;
  relation: Relation;
  /** The node at the other end; for an undercut by this node, absent (see `questioned`). */
  otherId?: string;
  /** For an undercut, the relation it questions. */
  questioned?: { from: string; to: string; relation: Relation };
}

export interface NodeRelations {
  /** What this node argues about. */
  outgoing: RelationEntry[];
  /** What argues about this node, or about one of its relations. */
  incoming: RelationEntry[];
}

interface EdgeIndex {
  byId: Map<string, ArgEdge>;
  from: Map<string, ArgEdge[]>;
  to: Map<string, ArgEdge[]>;
}

const indexes = new WeakMap<readonly ArgEdge[], EdgeIndex>();

function edgeIndex(edges: readonly ArgEdge[]): EdgeIndex {
  let index = indexes.get(edges);
  if (!index) {
    index = { byId: new Map(), from: new Map(), to: new Map() };
    for (const edge of edges) {
      index.byId.set(edge.id, edge);
      push(index.from, edge.from, edge);
      push(index.to, edge.to, edge);
    }
    indexes.set(edges, index);
  }
  return index;
}

export function relationsOf(doc: ArgumentMap, id: string): NodeRelations {
  const index = edgeIndex(doc.edges);
  const outgoing: RelationEntry[] = [];
  const incoming: RelationEntry[] = [];
  const mine = index.from.get(id) ?? [];
  for (const edge of mine) {
    if (edge.relation === "undercut") {
      const questioned = index.byId.get(edge.to);
      if (questioned)
        outgoing.push({ edgeId: edge.id, relation: "undercut", questioned: describe(questioned) });
    } else {
      outgoing.push({ edgeId: edge.id, relation: edge.relation, otherId: edge.to });
    }
  }
  const intoMe = index.to.get(id) ?? [];
  for (const edge of intoMe) incoming.push({ edgeId: edge.id, relation: edge.relation, otherId: edge.from });
  // Undercuts of the relations this node takes part in.
  for (const edge of [...mine, ...intoMe]) {
    for (const undercut of index.to.get(edge.id) ?? []) {
      incoming.push({
        edgeId: undercut.id,
        relation: "undercut",
        otherId: undercut.from,
        questioned: describe(edge),
      });
    }
  }
  return { outgoing, incoming };
}

function describe(edge: ArgEdge): { from: string; to: string; relation: Relation } {
  return { from: edge.from, to: edge.to, relation: edge.relation };
}

function push(map: Map<string, ArgEdge[]>, key: string, edge: ArgEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}
