/**
 * A node's relations for the inspector, in words a reader uses: what it supports, attacks or undercuts,
 * and what supports, attacks or undercuts it (an undercut of one of its own relations counts).
 */
import {
  edgeTarget,
  forEachArgumentAbout,
  forEachArgumentFrom,
  graphIndex,
  UNDERCUT,
  undercutsOf,
} from "../../model/graph-index";
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

export function relationsOf(doc: ArgumentMap, id: string): NodeRelations {
  const outgoing: RelationEntry[] = [];
  const incoming: RelationEntry[] = [];
  const index = graphIndex(doc);
  const v = index.nodePosition.get(id);
  if (v === undefined) return { outgoing, incoming };
  const { edges } = doc;
  const mine: number[] = [];
  forEachArgumentFrom(index, v, (e) => mine.push(e));
  for (const e of mine) {
    const edge = edges[e] as ArgEdge;
    if (index.relation[e] === UNDERCUT) {
      const questioned = edges[edgeTarget(index.target[e] as number)] as ArgEdge;
      outgoing.push({ edgeId: edge.id, relation: "undercut", questioned: describe(questioned) });
    } else {
      outgoing.push({ edgeId: edge.id, relation: edge.relation, otherId: edge.to });
    }
  }
  // Supports and attacks aimed at this node; undercuts bearing on it are listed with the relation they question.
  const intoMe: number[] = [];
  forEachArgumentAbout(index, v, (e) => {
    if (index.relation[e] !== UNDERCUT) intoMe.push(e);
  });
  for (const e of intoMe) {
    const edge = edges[e] as ArgEdge;
    incoming.push({ edgeId: edge.id, relation: edge.relation, otherId: edge.from });
  }
  // Undercuts of the relations this node takes part in.
  for (const e of [...mine, ...intoMe]) {
    const edge = edges[e] as ArgEdge;
    for (const u of undercutsOf(index, e)) {
      const undercut = edges[u] as ArgEdge;
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
