/**
 * Copy and paste of part of a map. The clipboard carries an ordinary map document, so a selection
 * copied in one map (or one browser tab) pastes into any other, and other tools can read it. Pasted
 * records get fresh ids; edges between pasted nodes are kept, edges to anything left behind are not.
 */

import { freshId } from "../ids";
import { type ArgEdge, type ArgNode, type ArgumentMap, CURRENT_VERSION, type Source } from "../schema";
import { draftSources, produceMap } from "./draft";
import { takenIds } from "./ids";

/** The selected nodes as a document of their own, with the edges and sources among them. */
export function copySelection(doc: ArgumentMap, nodeIds: Iterable<string>): ArgumentMap {
  const chosen = new Set(nodeIds);
  const nodes = doc.nodes.filter((node) => chosen.has(node.id));
  const between = doc.edges.filter(
    (edge) => edge.relation !== "undercut" && chosen.has(edge.from) && chosen.has(edge.to),
  );
  const kept = new Set(between.map((edge) => edge.id));
  const undercuts = doc.edges.filter(
    (edge) => edge.relation === "undercut" && chosen.has(edge.from) && kept.has(edge.to),
  );
  const cited = new Set(nodes.flatMap((node) => node.sourceIds ?? []));
  const sources = (doc.sources ?? []).filter((source) => cited.has(source.id));
  return {
    format: "argument-map",
    version: CURRENT_VERSION,
    map: { id: "clipboard", title: `${nodes.length} copied from ${doc.map.title}`.slice(0, 200) },
    nodes,
    edges: [...between, ...undercuts],
    ...(sources.length > 0 ? { sources } : {}),
  };
}

export interface PasteResult {
  doc: ArgumentMap;
  /** The ids the pasted nodes received, in the fragment's order. */
  nodeIds: string[];
}

/**
 * Adds a copied fragment to a map. The fragment must be a valid document (run clipboard text through
 * the load pipeline first). Its positions, if any, are shifted by `offset` so a paste lands beside
 * the original rather than on top of it.
 */
export function pasteFragment(
  doc: ArgumentMap,
  fragment: ArgumentMap,
  offset = { x: 40, y: 40 },
): PasteResult {
  const taken = takenIds(doc);
  const rename = new Map<string, string>();
  const fresh = (oldId: string, prefix: string) => {
    const id = freshId(prefix, taken);
    taken.add(id);
    rename.set(oldId, id);
    return id;
  };

  const sourceRename = mergeSources(doc.sources ?? [], fragment.sources ?? []);
  const nodes: ArgNode[] = fragment.nodes.map((node) => {
    const sourceIds = node.sourceIds?.map((id) => sourceRename.map.get(id) ?? id);
    const at = node.position;
    return {
      ...node,
      id: fresh(node.id, "n"),
      ...(sourceIds ? { sourceIds } : {}),
      ...(at ? { position: { x: at.x + offset.x, y: at.y + offset.y } } : {}),
    };
  });
  // Supports and attacks first, so that undercuts can find the new ids of the edges they aim at.
  const ordered = [
    ...fragment.edges.filter((edge) => edge.relation !== "undercut"),
    ...fragment.edges.filter((edge) => edge.relation === "undercut"),
  ];
  const edges: ArgEdge[] = [];
  for (const edge of ordered) {
    const from = rename.get(edge.from);
    const to = rename.get(edge.to);
    if (from === undefined || to === undefined) continue;
    edges.push({ ...edge, id: fresh(edge.id, "e"), from, to });
  }

  return {
    nodeIds: nodes.map((node) => node.id),
    doc: produceMap(doc, (draft) => {
      // One record at a time: spreading a pasted map of many thousand records into push() would pass
      // more arguments than a call takes.
      for (const node of nodes) draft.nodes.push(node);
      for (const edge of edges) draft.edges.push(edge);
      if (sourceRename.added.length > 0) {
        const sources = draftSources(draft);
        for (const source of sourceRename.added) sources.push(source);
      }
    }),
  };
}

/** A pasted source that is already in the map (same citation and link) is reused; others are added. */
function mergeSources(existing: readonly Source[], incoming: readonly Source[]) {
  const map = new Map<string, string>();
  const added: Source[] = [];
  const ids = new Set(existing.map((source) => source.id));
  for (const source of incoming) {
    const same = existing.find(
      (s) => s.citation === source.citation && s.url === source.url && s.page === source.page,
    );
    if (same) {
      map.set(source.id, same.id);
      continue;
    }
    const id = ids.has(source.id) ? freshId("s", ids) : source.id;
    ids.add(id);
    map.set(source.id, id);
    added.push({ ...source, id });
  }
  return { map, added };
}
