/**
 * Records by id. Components on the canvas look up their own record on every store change, so the lookup
 * must be O(1): nodes and edges are found through the map's graph index (built once per version of the
 * map), sources through an index built once per sources array.
 */
import { edgeIds, graphIndex } from "../model/graph-index";
import type { ArgEdge, ArgNode, ArgumentMap, Source } from "../model/schema";
import { shortenText } from "../model/text";

const sourceIndexes = new WeakMap<readonly Source[], Map<string, Source>>();

export function nodeRecord(doc: ArgumentMap, id: string): ArgNode | undefined {
  const position = graphIndex(doc).nodePosition.get(id);
  return position === undefined ? undefined : doc.nodes[position];
}

export function edgeRecord(doc: ArgumentMap, id: string): ArgEdge | undefined {
  const position = edgeIds(doc).edgePosition.get(id);
  return position === undefined ? undefined : doc.edges[position];
}

export function sourceRecord(doc: ArgumentMap, id: string): Source | undefined {
  if (!doc.sources) return undefined;
  let index = sourceIndexes.get(doc.sources);
  if (!index) {
    index = new Map(doc.sources.map((source) => [source.id, source]));
    sourceIndexes.set(doc.sources, index);
  }
  return index.get(id);
}

/** What a node is called in lists and links: its label, or the start of its text. */
export function nodeTitle(node: ArgNode, max = 110): string {
  if (node.label) return node.label;
  return shortenText(node.text, max);
}
