/**
 * Deleting with cascade: a node takes its edges with it, and an edge takes the undercuts aimed at it.
 * View entries for deleted nodes go too, so the document stays valid and warning-free in that respect.
 */
import type { ArgumentMap } from "../schema";

export function deleteNodes(doc: ArgumentMap, ids: Iterable<string>): ArgumentMap {
  const gone = new Set(ids);
  const nodes = doc.nodes.filter((node) => !gone.has(node.id));
  if (nodes.length === doc.nodes.length) return doc;
  const edgeIds = doc.edges.filter((edge) => gone.has(edge.from) || gone.has(edge.to)).map((edge) => edge.id);
  return withoutViewEntries(deleteEdges({ ...doc, nodes }, edgeIds), gone);
}

export function deleteEdges(doc: ArgumentMap, ids: Iterable<string>): ArgumentMap {
  const gone = new Set(ids);
  if (gone.size === 0) return doc;
  // Undercuts aim only at supports and attacks, so one more round catches everything that depended on them.
  for (const edge of doc.edges) if (gone.has(edge.to) && edge.relation === "undercut") gone.add(edge.id);
  const edges = doc.edges.filter((edge) => !gone.has(edge.id));
  return edges.length === doc.edges.length ? doc : { ...doc, edges };
}

function withoutViewEntries(doc: ArgumentMap, gone: ReadonlySet<string>): ArgumentMap {
  const view = doc.view;
  if (!view) return doc;
  const positions = view.positions
    ? Object.fromEntries(Object.entries(view.positions).filter(([id]) => !gone.has(id)))
    : undefined;
  const collapsed = view.collapsed?.filter((id) => !gone.has(id));
  return {
    ...doc,
    view: { ...(positions ? { positions } : {}), ...(collapsed ? { collapsed } : {}) },
  };
}
