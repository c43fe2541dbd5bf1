/**
 * Whether an edge may be drawn, and if not, why, in words for the person drawing it. The same rules as
 * the format's integrity check, asked before the edge exists so the app can refuse with a reason.
 */
import type { ArgEdge, ArgumentMap, Relation } from "../schema";

export interface ConnectRequest {
  from: string;
  to: string;
  relation: Relation;
  group?: string;
}

/** Returns why the connection is not allowed, or null when it is. `ignoreEdgeId` skips an edge being changed. */
export function connectionRefusal(
  doc: ArgumentMap,
  request: ConnectRequest,
  ignoreEdgeId?: string,
): string | null {
  const { from, to, relation } = request;
  const fromNode = doc.nodes.some((node) => node.id === from);
  if (!fromNode) {
    return doc.edges.some((edge) => edge.id === from)
      ? "only a statement can argue; an edge cannot be the start of another edge"
      : `there is no node "${from}" to start from`;
  }
  const toNode = doc.nodes.some((node) => node.id === to);
  const toEdge: ArgEdge | undefined = toNode ? undefined : doc.edges.find((edge) => edge.id === to);
  if (relation === "undercut") {
    if (toNode)
      return "an undercut questions a relation: aim it at a support or attack edge, not at a statement";
    if (!toEdge) return `there is no edge "${to}" to undercut`;
    if (toEdge.relation === "undercut")
      return "an undercut cannot aim at another undercut; aim it at a support or attack";
  } else {
    if (toEdge)
      return `${relation === "attack" ? "an" : "a"} ${relation} must aim at a statement; to question a relation, draw an undercut`;
    if (!toNode) return `there is no node "${to}" to ${relation}`;
    if (relation === "support" && from === to) return "a statement cannot support itself";
  }
  if (request.group !== undefined && relation !== "support") return "only supports can be linked premises";
  const duplicate = doc.edges.some(
    (edge) => edge.id !== ignoreEdgeId && edge.from === from && edge.to === to && edge.relation === relation,
  );
  if (duplicate)
    return `these two are already connected by ${relation === "attack" ? "an" : "a"} ${relation}`;
  return null;
}
