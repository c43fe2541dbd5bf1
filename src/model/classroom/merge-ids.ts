/**
 * For each copy, the id each of its nodes, edges and sources has in the merged map. A node is the same
 * point in two copies when it has the same id and the same author (`addedBy`); an edge is the same
 * relation when it joins the same merged points with the same relation; a source is the same when its id
 * and its content agree. Everything else keeps its id unless an earlier copy already holds it.
 */
import type { ArgumentMap } from "../schema";
import { IdClaims } from "./id-claims";
import { stableJson } from "./stable-json";

export interface CopyIds {
  node: Map<string, string>;
  edge: Map<string, string>;
  source: Map<string, string>;
}

/** `docs` in the merge's order: where two records want one id, the earlier copy keeps it. */
export function mergedIds(docs: readonly ArgumentMap[]): CopyIds[] {
  const graph = new IdClaims(docs.flatMap((doc) => [...doc.nodes, ...doc.edges].map((record) => record.id)));
  const sources = new IdClaims(docs.flatMap((doc) => (doc.sources ?? []).map((source) => source.id)));
  const ids = docs.map(() => ({ node: new Map(), edge: new Map(), source: new Map() }) as CopyIds);

  // Points first, so that a point keeps its id where a relation in another copy wanted the same one.
  docs.forEach((doc, i) => {
    const node = (ids[i] as CopyIds).node;
    for (const { id, addedBy } of doc.nodes) {
      node.set(id, graph.claim(`node\0${id}\0${addedBy === undefined ? "-" : `+${addedBy}`}`, id, "n"));
    }
  });
  docs.forEach((doc, i) => {
    const { node, edge } = ids[i] as CopyIds;
    // Undercuts aim at supports and attacks, whose merged ids must be known first.
    const ordered = [
      ...doc.edges.filter((e) => e.relation !== "undercut"),
      ...doc.edges.filter((e) => e.relation === "undercut"),
    ];
    for (const { id, from, to, relation } of ordered) {
      const target = relation === "undercut" ? edge.get(to) : node.get(to);
      edge.set(id, graph.claim(`edge\0${node.get(from)}\0${relation}\0${target}`, id, "e"));
    }
  });
  docs.forEach((doc, i) => {
    const source = (ids[i] as CopyIds).source;
    for (const { id, ...content } of doc.sources ?? []) {
      source.set(id, sources.claim(`${id}\0${stableJson(content)}`, id, "s"));
    }
  });
  return ids;
}
