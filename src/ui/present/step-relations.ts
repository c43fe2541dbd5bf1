/**
 * How a point on screen in a presentation relates to the points already shown: what it supports or
 * attacks, and which link it undercuts, so the relations between revealed points appear with them.
 */
import type { ArgumentMap, Relation } from "../../model/schema";
import { edgeRecord } from "../../store/records";

export interface ShownRelation {
  edgeId: string;
  relation: Relation;
  /** The point it supports or attacks; for an undercut, the point the undercut link argues about. */
  target: string;
  /** For an undercut: the point whose link it weakens. */
  linkFrom?: string;
}

/** The relations from `id` to points in `shown` (for an undercut: to a link between shown points). */
export function relationsToShown(doc: ArgumentMap, id: string, shown: ReadonlySet<string>): ShownRelation[] {
  const out: ShownRelation[] = [];
  for (const edge of doc.edges) {
    if (edge.from !== id) continue;
    if (edge.relation !== "undercut") {
      if (shown.has(edge.to)) out.push({ edgeId: edge.id, relation: edge.relation, target: edge.to });
      continue;
    }
    const link = edgeRecord(doc, edge.to);
    if (link && shown.has(link.from) && shown.has(link.to))
      out.push({ edgeId: edge.id, relation: "undercut", target: link.to, linkFrom: link.from });
  }
  return out;
}
