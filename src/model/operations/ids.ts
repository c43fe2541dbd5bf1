/** Fresh ids for new records: nodes and edges share one namespace, sources have their own. */
import { freshId } from "../ids";
import type { ArgumentMap } from "../schema";

export function takenIds(doc: ArgumentMap): Set<string> {
  const taken = new Set<string>();
  for (const node of doc.nodes) taken.add(node.id);
  for (const edge of doc.edges) taken.add(edge.id);
  return taken;
}

export function newNodeId(doc: ArgumentMap, taken = takenIds(doc)): string {
  return freshId("n", taken);
}

export function newEdgeId(doc: ArgumentMap, taken = takenIds(doc)): string {
  return freshId("e", taken);
}

export function newSourceId(doc: ArgumentMap): string {
  return freshId("s", new Set((doc.sources ?? []).map((source) => source.id)));
}
