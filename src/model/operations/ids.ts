/** Fresh ids for new records: nodes and edges share one namespace, sources have their own. */
import { graphIndex } from "../graph-index";
import { freshId, type IdsTaken } from "../ids";
import type { ArgumentMap } from "../schema";

export function takenIds(doc: ArgumentMap): Set<string> {
  const taken = new Set<string>();
  for (const node of doc.nodes) taken.add(node.id);
  for (const edge of doc.edges) taken.add(edge.id);
  return taken;
}

/**
 * Whether a node or an edge of the map has an id, asked of the graph index: an edit that adds a point
 * to a big map then makes no set of every id (the index of a version is made once, and from the last).
 */
export function idsInUse(doc: ArgumentMap): IdsTaken {
  const index = graphIndex(doc);
  // Edge ids a node also has are left out of the edge ids' positions, but the node's answer for them.
  return { has: (id) => index.nodePosition.has(id) || index.edgeIds.edgePosition.has(id) };
}

export function newNodeId(doc: ArgumentMap, taken: IdsTaken = idsInUse(doc)): string {
  return freshId("n", taken);
}

export function newEdgeId(doc: ArgumentMap, taken: IdsTaken = idsInUse(doc)): string {
  return freshId("e", taken);
}

export function newSourceId(doc: ArgumentMap): string {
  return freshId("s", new Set((doc.sources ?? []).map((source) => source.id)));
}
