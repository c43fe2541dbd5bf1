/**
 * Growing a map from a node: a supporting claim, a critique (a rebuttal when it answers a critique),
 * evidence, or a sibling that argues about the same thing in the same way. The new node and its relation
 * are added together, so the app records them as one change.
 */
import type { ArgEdge, ArgNode, ArgumentMap, NodeKind, Position, Relation } from "../schema";
import { newPointRefusal } from "./connect-rules";
import { appendRecords } from "./draft";
import { newEdgeRecord } from "./edges";
import { idsInUse } from "./ids";
import { moveNodes } from "./move";
import { addNode, newNodeRecord } from "./nodes";
import { type EditResult, refused } from "./results";

/** What the person extending the map asks for; the kind and relation follow from the node it argues about. */
export type ExtendIntent = "support" | "critique" | "evidence";

/** The kind of the new node and how it relates to the node it argues about. */
export function extension(
  parentKind: NodeKind,
  intent: ExtendIntent,
): { kind: NodeKind; relation: Relation } {
  if (intent === "support") return { kind: "claim", relation: "support" };
  if (intent === "evidence") return { kind: "evidence", relation: "support" };
  // Answering an objection is a rebuttal; objecting to anything else is a critique.
  return { kind: parentKind === "critique" ? "rebuttal" : "critique", relation: "attack" };
}

/** The words a new node starts with, until its author types over them. */
export const PLACEHOLDER_TEXT: Record<NodeKind, string> = {
  thesis: "New thesis",
  claim: "New claim",
  evidence: "New evidence",
  critique: "New critique",
  rebuttal: "New rebuttal",
};

export interface ExtendOptions {
  text?: string;
  /** Where to draw the new node; absent, the automatic layout places it. */
  at?: Position;
}

/** Adds a node that argues about `parentId` as `intent` asks. */
export function extendFrom(
  doc: ArgumentMap,
  parentId: string,
  intent: ExtendIntent,
  options: ExtendOptions = {},
): EditResult<{ id: string }> {
  const parent = doc.nodes.find((node) => node.id === parentId);
  if (!parent) return refused(`there is no node "${parentId}"`);
  const { kind, relation } = extension(parent.kind, intent);
  return addConnected(
    doc,
    { kind, text: options.text ?? PLACEHOLDER_TEXT[kind] },
    parentId,
    relation,
    options.at,
  );
}

/**
 * Adds a node beside `nodeId`: of the same kind, arguing about the same target with the same relation
 * (for an undercut, questioning the same relation). A node that argues about nothing gets a free sibling.
 */
export function addSibling(
  doc: ArgumentMap,
  nodeId: string,
  options: ExtendOptions = {},
): EditResult<{ id: string }> {
  const node = doc.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return refused(`there is no node "${nodeId}"`);
  const text = options.text ?? PLACEHOLDER_TEXT[node.kind];
  const link: ArgEdge | undefined =
    doc.edges.find((edge) => edge.from === nodeId && edge.relation !== "undercut") ??
    doc.edges.find((edge) => edge.from === nodeId);
  if (!link) return addFreeNode(doc, node.kind, { ...options, text });
  return addConnected(doc, { kind: node.kind, text }, link.to, link.relation, options.at, link.group);
}

/** Adds a node that argues about nothing yet (a thesis, or a point to connect later). */
export function addFreeNode(
  doc: ArgumentMap,
  kind: NodeKind,
  options: ExtendOptions = {},
): EditResult<{ id: string }> {
  const added = addNode(doc, { kind, text: options.text ?? PLACEHOLDER_TEXT[kind] });
  if (!added.ok) return added;
  return { ok: true, id: added.id, doc: placed(added.doc, added.id, options.at) };
}

function addConnected(
  doc: ArgumentMap,
  fields: Pick<ArgNode, "kind" | "text">,
  target: string,
  relation: Relation,
  at: Position | undefined,
  group?: string,
): EditResult<{ id: string }> {
  // Both records are checked against the map as it is and added in one change, so the map is indexed
  // once, with both in, rather than again for the version that has the point and not yet its relation.
  const taken = idsInUse(doc);
  const added = newNodeRecord(doc, fields, taken);
  if (!added.ok) return added;
  const { node } = added;
  const request = { from: node.id, to: target, relation, ...(group ? { group } : {}) };
  const refusal = newPointRefusal(doc, request);
  if (refusal) return refused(refusal);
  const linked = newEdgeRecord(doc, request, { has: (id) => id === node.id || taken.has(id) });
  if (!linked.ok) return linked;
  const { edge } = linked;
  const both = appendRecords(doc, { nodes: [node], edges: [edge] });
  return { ok: true, id: node.id, doc: placed(both, node.id, at) };
}

function placed(doc: ArgumentMap, id: string, at: Position | undefined): ArgumentMap {
  return at ? moveNodes(doc, { [id]: at }) : doc;
}
