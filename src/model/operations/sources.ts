/** Citations: adding, changing, and removing one (which also removes it from the nodes that cite it). */
import { type ArgumentMap, type Source, sourceSchema } from "../schema";
import { newSourceId } from "./ids";
import { updateNode, withoutUndefined } from "./nodes";
import { recordProblem } from "./record-check";
import { type EditResult, refused } from "./results";

export type SourceFields = Omit<Source, "id"> & { id?: string };

export function addSource(doc: ArgumentMap, fields: SourceFields): EditResult<{ id: string }> {
  const id = fields.id ?? newSourceId(doc);
  if ((doc.sources ?? []).some((source) => source.id === id))
    return refused(`the source id "${id}" is already in use`);
  const source = withoutUndefined({ ...fields, id }) as Source;
  const problem = recordProblem(sourceSchema, source);
  if (problem) return refused(problem);
  return { ok: true, id, doc: { ...doc, sources: [...(doc.sources ?? []), source] } };
}

export function updateSource(
  doc: ArgumentMap,
  id: string,
  patch: { citation?: string; url?: string | undefined; page?: string | undefined },
): EditResult {
  const sources = doc.sources ?? [];
  const index = sources.findIndex((source) => source.id === id);
  if (index < 0) return refused(`there is no source "${id}"`);
  const next = withoutUndefined({ ...(sources[index] as Source), ...patch, id }) as Source;
  const problem = recordProblem(sourceSchema, next);
  if (problem) return refused(problem);
  const updated = sources.slice();
  updated[index] = next;
  return { ok: true, doc: { ...doc, sources: updated } };
}

export function removeSource(doc: ArgumentMap, id: string): ArgumentMap {
  const sources = doc.sources ?? [];
  if (!sources.some((source) => source.id === id)) return doc;
  const nodes = doc.nodes.map((node) => {
    if (!node.sourceIds?.includes(id)) return node;
    const sourceIds = node.sourceIds.filter((sourceId) => sourceId !== id);
    return withoutUndefined({ ...node, sourceIds: sourceIds.length > 0 ? sourceIds : undefined });
  });
  return { ...doc, nodes, sources: sources.filter((source) => source.id !== id) };
}

/** A new source cited by a node, as one change: added to the map and to the node's `sourceIds`. */
export function citeNewSource(
  doc: ArgumentMap,
  nodeId: string,
  fields: SourceFields,
): EditResult<{ id: string }> {
  const node = doc.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return refused(`there is no node "${nodeId}"`);
  const added = addSource(doc, fields);
  if (!added.ok) return added;
  const cited = updateNode(added.doc, nodeId, { sourceIds: [...(node.sourceIds ?? []), added.id] });
  return cited.ok ? { ok: true, id: added.id, doc: cited.doc } : cited;
}
