/**
 * Records by id. Components on the canvas look up their own record on every store change, so the lookup
 * must be O(1); the index is built once per nodes (or edges) array, which is replaced on every edit.
 */
import type { ArgEdge, ArgNode, ArgumentMap, Source } from "../../model/schema";

const nodeIndexes = new WeakMap<readonly ArgNode[], Map<string, ArgNode>>();
const edgeIndexes = new WeakMap<readonly ArgEdge[], Map<string, ArgEdge>>();
const sourceIndexes = new WeakMap<readonly Source[], Map<string, Source>>();

function indexed<T extends { id: string }>(cache: WeakMap<readonly T[], Map<string, T>>, list: readonly T[]) {
  let index = cache.get(list);
  if (!index) {
    index = new Map(list.map((record) => [record.id, record]));
    cache.set(list, index);
  }
  return index;
}

export function nodeRecord(doc: ArgumentMap, id: string): ArgNode | undefined {
  return indexed(nodeIndexes, doc.nodes).get(id);
}

export function edgeRecord(doc: ArgumentMap, id: string): ArgEdge | undefined {
  return indexed(edgeIndexes, doc.edges).get(id);
}

export function sourceRecord(doc: ArgumentMap, id: string): Source | undefined {
  return doc.sources ? indexed(sourceIndexes, doc.sources).get(id) : undefined;
}

/** What a node is called in lists and links: its label, or the start of its text. */
export function nodeTitle(node: ArgNode, max = 110): string {
  if (node.label) return node.label;
  return node.text.length <= max ? node.text : `${node.text.slice(0, max - 1).trimEnd()}…`;
}
