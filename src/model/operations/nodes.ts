/** Adding and changing statements. Every function returns a new document and leaves its input alone. */
import { type IdsTaken, isValidId } from "../ids";
import { type ArgNode, type ArgumentMap, nodeSchema } from "../schema";
import { appendRecords, produceMap } from "./draft";
import { idsInUse, newNodeId } from "./ids";
import { recordProblem } from "./record-check";
import { type EditResult, refused } from "./results";

export type NodeFields = Omit<ArgNode, "id"> & { id?: string };
/** A change to a node: `undefined` removes an optional field. */
export type NodePatch = { [K in keyof Omit<ArgNode, "id">]?: ArgNode[K] | undefined };

export function addNode(doc: ArgumentMap, fields: NodeFields): EditResult<{ id: string }> {
  const made = newNodeRecord(doc, fields);
  if (!made.ok) return made;
  const { node } = made;
  return {
    ok: true,
    id: node.id,
    doc: appendRecords(doc, { nodes: [node] }),
  };
}

/** The record `fields` describe, with a fresh id when they name none, or why it cannot join `doc`. */
export function newNodeRecord(
  doc: ArgumentMap,
  fields: NodeFields,
  taken: IdsTaken = idsInUse(doc),
): { ok: true; node: ArgNode } | { ok: false; reason: string } {
  const id = fields.id ?? newNodeId(doc, taken);
  if (!isValidId(id)) return refused(`"${id}" is not a valid id`);
  if (taken.has(id)) return refused(`the id "${id}" is already in use`);
  const node = withoutUndefined({ ...fields, id }) as ArgNode;
  const problem = recordProblem(nodeSchema, node);
  if (problem) return refused(problem);
  return { ok: true, node };
}

export function updateNode(doc: ArgumentMap, id: string, patch: NodePatch): EditResult {
  const index = doc.nodes.findIndex((node) => node.id === id);
  if (index < 0) return refused(`there is no node "${id}"`);
  const current = doc.nodes[index] as ArgNode;
  const next = withoutUndefined({ ...current, ...patch, id }) as ArgNode;
  const problem = recordProblem(nodeSchema, next);
  if (problem) return refused(problem);
  const missing = next.sourceIds?.find(
    (sourceId) => !(doc.sources ?? []).some((source) => source.id === sourceId),
  );
  if (missing !== undefined) return refused(`there is no source "${missing}"`);
  return {
    ok: true,
    doc: produceMap(doc, (draft) => {
      draft.nodes[index] = next;
    }),
  };
}

export function withoutUndefined<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as T;
}
