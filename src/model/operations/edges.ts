/** Drawing and changing relations, refused with a reason when the format forbids them. */
import { type IdsTaken, isValidId } from "../ids";
import type { ArgEdge, ArgumentMap } from "../schema";
import { type ConnectRequest, connectionRefusal } from "./connect-rules";
import { appendRecords, produceMap } from "./draft";
import { idsInUse, newEdgeId } from "./ids";
import { withoutUndefined } from "./nodes";
import { type EditResult, refused } from "./results";

export interface ConnectFields extends ConnectRequest {
  id?: string;
  weight?: number;
  meta?: ArgEdge["meta"];
  /** How a debater names the answer; only attacks and undercuts are answers. */
  response?: ArgEdge["response"];
}

const RESPONSE_ON_SUPPORT = "a support is not an answer; only attacks and undercuts name a debate response";

export function connect(doc: ArgumentMap, fields: ConnectFields): EditResult<{ id: string }> {
  const refusal = connectionRefusal(doc, fields);
  if (refusal) return refused(refusal);
  const made = newEdgeRecord(doc, fields);
  if (!made.ok) return made;
  const { edge } = made;
  return {
    ok: true,
    id: edge.id,
    doc: appendRecords(doc, { edges: [edge] }),
  };
}

/**
 * The record `fields` describe, with a fresh id when they name none, or why it cannot be one; whether
 * its ends may be joined is `connectionRefusal`'s to say.
 */
export function newEdgeRecord(
  doc: ArgumentMap,
  fields: ConnectFields,
  taken: IdsTaken = idsInUse(doc),
): { ok: true; edge: ArgEdge } | { ok: false; reason: string } {
  if (fields.response !== undefined && fields.relation === "support") return refused(RESPONSE_ON_SUPPORT);
  const weightProblem = checkWeight(fields.weight);
  if (weightProblem) return refused(weightProblem);
  const id = fields.id ?? newEdgeId(doc, taken);
  if (!isValidId(id)) return refused(`"${id}" is not a valid id`);
  if (taken.has(id)) return refused(`the id "${id}" is already in use`);
  if (fields.group !== undefined && !isValidId(fields.group))
    return refused(`"${fields.group}" is not a valid group name`);
  return { ok: true, edge: withoutUndefined({ ...fields, id }) as ArgEdge };
}

export type EdgePatch = {
  relation?: ArgEdge["relation"];
  weight?: number | undefined;
  group?: string | undefined;
  response?: ArgEdge["response"] | undefined;
};

/** Changes an edge's relation, weight or premise group; the result must still be a legal connection. */
export function updateEdge(doc: ArgumentMap, id: string, patch: EdgePatch): EditResult {
  const index = doc.edges.findIndex((edge) => edge.id === id);
  if (index < 0) return refused(`there is no edge "${id}"`);
  const current = doc.edges[index] as ArgEdge;
  if (patch.response !== undefined && (patch.relation ?? current.relation) === "support") {
    return refused(RESPONSE_ON_SUPPORT);
  }
  // A relation turned into a support stops being an answer, so the name of the answer goes with it.
  const keepResponse = (patch.relation ?? current.relation) !== "support";
  const next = withoutUndefined({
    ...current,
    ...patch,
    ...(keepResponse ? {} : { response: undefined }),
  }) as ArgEdge;
  const refusal = connectionRefusal(doc, next, id);
  if (refusal) return refused(refusal);
  const weightProblem = checkWeight(next.weight);
  if (weightProblem) return refused(weightProblem);
  if (next.group !== undefined && !isValidId(next.group))
    return refused(`"${next.group}" is not a valid group name`);
  if (current.relation !== "undercut" && next.relation === "undercut") {
    return refused("an undercut aims at a relation, not a statement; draw a new edge instead");
  }
  return {
    ok: true,
    doc: produceMap(doc, (draft) => {
      draft.edges[index] = next;
    }),
  };
}

function checkWeight(weight: number | undefined): string | null {
  if (weight === undefined) return null;
  return Number.isFinite(weight) && weight > 0 && weight <= 1
    ? null
    : "a weight must be greater than 0 and at most 1";
}
