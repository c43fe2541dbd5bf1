/**
 * Whether an edge may be drawn, and if not, why, in words for the person drawing it. The same rules as
 * the format's integrity check, asked before the edge exists so the app can refuse with a reason. Ids and
 * ends are looked up in the map's graph index, so drawing an edge on a big map reads no other record.
 */
import { type GraphIndex, graphIndex, RELATION_CODES } from "../graph-index";
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
  const index = graphIndex(doc);
  const fromNode = index.nodePosition.has(from);
  if (!fromNode) {
    return index.edgeIds.edgePosition.has(from)
      ? "only a statement can argue; an edge cannot be the start of another edge"
      : `there is no node "${from}" to start from`;
  }
  const targetProblem = targetRefusal(doc, index, request);
  if (targetProblem) return targetProblem;
  // The edges from `from` are those whose source is its position; their ends and ids are in the index.
  const start = index.nodePosition.positionOf(from);
  const code = RELATION_CODES[relation];
  const { source, records } = index;
  let duplicate = false;
  for (let e = 0; e < index.edgeCount && !duplicate; e++) {
    duplicate =
      source[e] === start &&
      index.relation[e] === code &&
      records.to[e] === to &&
      records.edgeIds[e] !== ignoreEdgeId;
  }
  if (duplicate)
    return `these two are already connected by ${relation === "attack" ? "an" : "a"} ${relation}`;
  return null;
}

/**
 * Why a new point may not argue about `request.to` as it asks, or null. A point not yet in the map has
 * no relations, so only its target is checked: adding a point with its relation asks this of the map
 * before the point, and the map is indexed once, when both are in.
 */
export function newPointRefusal(doc: ArgumentMap, request: ConnectRequest): string | null {
  return targetRefusal(doc, graphIndex(doc), request);
}

/** The rules about the end a relation aims at, and about premise groups. */
function targetRefusal(doc: ArgumentMap, index: GraphIndex, request: ConnectRequest): string | null {
  const { from, to, relation } = request;
  const toNode = index.nodePosition.has(to);
  const toEdgeAt = toNode ? undefined : index.edgeIds.edgePosition.get(to);
  const toEdge: ArgEdge | undefined = toEdgeAt === undefined ? undefined : doc.edges[toEdgeAt];
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
  return null;
}
