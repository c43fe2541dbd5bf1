/**
 * Deleting with cascade: a node takes its edges with it, and an edge takes the undercuts aimed at it.
 * View entries for deleted nodes go too, so the document stays valid and warning-free in that respect.
 */
import type { ArgumentMap } from "../schema";
import { type MapDraft, produceMap } from "./draft";

export function deleteNodes(doc: ArgumentMap, ids: Iterable<string>): ArgumentMap {
  const gone = new Set(ids);
  if (!doc.nodes.some((node) => gone.has(node.id))) return doc;
  const edgeIds = doc.edges.filter((edge) => gone.has(edge.from) || gone.has(edge.to)).map((edge) => edge.id);
  return produceMap(doc, (draft) => {
    draft.nodes = doc.nodes.filter((node) => !gone.has(node.id));
    removeEdges(draft, doc, edgeIds);
    removeViewEntries(draft, doc, gone);
  });
}

export function deleteEdges(doc: ArgumentMap, ids: Iterable<string>): ArgumentMap {
  return produceMap(doc, (draft) => removeEdges(draft, doc, ids));
}

/** Takes the edges `ids` and the undercuts aimed at them out of the draft; `doc` is what it was made from. */
function removeEdges(draft: MapDraft, doc: ArgumentMap, ids: Iterable<string>): void {
  const gone = new Set(ids);
  if (gone.size === 0) return;
  // Undercuts aim only at supports and attacks, so one more round catches everything that depended on them.
  for (const edge of doc.edges) if (gone.has(edge.to) && edge.relation === "undercut") gone.add(edge.id);
  const edges = doc.edges.filter((edge) => !gone.has(edge.id));
  if (edges.length !== doc.edges.length) draft.edges = edges;
}

function removeViewEntries(draft: MapDraft, doc: ArgumentMap, gone: ReadonlySet<string>): void {
  const view = doc.view;
  if (!view || !draft.view) return;
  if (view.collapsed?.some((id) => gone.has(id))) {
    draft.view.collapsed = view.collapsed.filter((id) => !gone.has(id));
  }
}
