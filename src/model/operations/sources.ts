/** Citations: adding, changing, and removing one (which also removes it from the nodes that cite it). */
import { type ArgNode, type ArgumentMap, type Source, sourceSchema } from "../schema";
import { draftSources, produceMap } from "./draft";
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
  return {
    ok: true,
    id,
    doc: produceMap(doc, (draft) => {
      draftSources(draft).push(source);
    }),
  };
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
  return {
    ok: true,
    doc: produceMap(doc, (draft) => {
      (draft.sources as Source[])[index] = next;
    }),
  };
}

export function removeSource(doc: ArgumentMap, id: string): ArgumentMap {
  const sources = doc.sources ?? [];
  if (!sources.some((source) => source.id === id)) return doc;
  return produceMap(doc, (draft) => {
    doc.nodes.forEach((node, index) => {
      if (!node.sourceIds?.includes(id)) return;
      const sourceIds = node.sourceIds.filter((sourceId) => sourceId !== id);
      const citing = draft.nodes[index] as ArgNode;
      if (sourceIds.length > 0) citing.sourceIds = sourceIds;
      else delete citing.sourceIds;
    });
    draft.sources = sources.filter((source) => source.id !== id);
  });
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
