/**
 * Editing the map from the flow: each is a pure operation over the map (so the flow, the canvas and the
 * outline show the same change, and it is one undo step), refused with a reason when it cannot be done.
 * - an answer to a point, placed in the other side's next speech, named as a debater would name it;
 * - a sibling beside a point, in the same speech;
 * - placing a point in a speech (or taking it out of every speech).
 * Each is made of the operations of src/model/operations, whose immer recipes the undo history records
 * as they run, so the composed edit is one step of their own fine-grained patches.
 *
 * Pure as they are, they stay beside the flow rather than in src/model/operations: they read the round
 * through `computeFlow` (which speech a point is in, which side made it), and src/analysis builds on
 * src/model, not the other way round.
 */
import { computeFlow, firstSpeechOf } from "../analysis";
import { type DebateSide, type DebateSpeech, flowSpeeches, otherSide } from "../model/debate-formats";
import {
  addNode,
  addSibling,
  connect,
  type EditResult,
  PLACEHOLDER_TEXT,
  updateNode,
} from "../model/operations";
import { refused } from "../model/operations/results";
import type { ArgumentMap, DebateResponse, NodeKind, Relation } from "../model/schema";

/** How each named response is drawn: the relation, and a weight for the ones that only lessen a point. */
export const RESPONSE_SHAPES: Record<DebateResponse, { relation: Relation; weight?: number; hint: string }> =
  {
    turn: { relation: "attack", hint: "the point helps the other side" },
    delink: { relation: "undercut", hint: "true or not, it does not lead where it claims" },
    "non-unique": { relation: "attack", hint: "it happens either way" },
    mitigation: { relation: "attack", weight: 0.5, hint: "it matters less than claimed" },
    indict: { relation: "attack", hint: "its evidence or source is flawed" },
    "cross-apply": { relation: "attack", hint: "an earlier answer answers this too" },
  };

/** Where a placed point stands: the round's speeches, the place of its speech among them, and its side. */
export function placeOf(
  doc: ArgumentMap,
  id: string,
): { speeches: DebateSpeech[]; at: number; side: DebateSide } | undefined {
  const flow = computeFlow(doc);
  const speeches = flowSpeeches(flow.format);
  const at = speeches.findIndex((speech) => speech.id === flow.speechOf.get(id));
  const speech = speeches[at];
  return speech ? { speeches, at, side: flow.sideOf.get(id) ?? speech.side } : undefined;
}

/** Adds an answer to `targetId` in the first later speech of the other side. */
export function answerInNextSpeech(
  doc: ArgumentMap,
  targetId: string,
  response?: DebateResponse,
): EditResult<{ id: string; speech: string }> {
  const target = doc.nodes.find((node) => node.id === targetId);
  if (!target) return refused(`there is no point "${targetId}"`);
  const place = placeOf(doc, targetId);
  if (!place) return refused("place the point in a speech first, then answer it in the next one");
  const next = firstSpeechOf(place.speeches, otherSide(place.side), place.at + 1);
  if (!next) return refused(`the other side has no speech left after the ${place.speeches[place.at]?.id}`);

  const shape = response ? RESPONSE_SHAPES[response] : { relation: "attack" as const };
  let to = targetId;
  if (shape.relation === "undercut") {
    const link = doc.edges.find((edge) => edge.from === targetId && edge.relation !== "undercut");
    if (!link) return refused("a delink cuts a point's link, and this point supports or attacks nothing");
    to = link.id;
  }
  const kind: NodeKind = target.kind === "critique" ? "rebuttal" : "critique";
  const added = addNode(doc, { kind, text: PLACEHOLDER_TEXT[kind], speech: next.id });
  if (!added.ok) return added;
  const linked = connect(added.doc, {
    from: added.id,
    to,
    relation: shape.relation,
    ...("weight" in shape && shape.weight !== undefined ? { weight: shape.weight } : {}),
    ...(response ? { response } : {}),
  });
  if (!linked.ok) return linked;
  return { ok: true, id: added.id, speech: next.id, doc: linked.doc };
}

/** Adds a point beside `nodeId`, arguing about the same thing the same way, in the same speech. */
export function siblingInSpeech(doc: ArgumentMap, nodeId: string): EditResult<{ id: string }> {
  const node = doc.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return refused(`there is no point "${nodeId}"`);
  const added = addSibling(doc, nodeId);
  if (!added.ok || node.speech === undefined) return added;
  const placed = updateNode(added.doc, added.id, { speech: node.speech });
  return placed.ok ? { ok: true, id: added.id, doc: placed.doc } : placed;
}

/** Places a point in a speech of the map's format, or (with undefined) in none. */
export function placeInSpeech(doc: ArgumentMap, nodeId: string, speechId: string | undefined): EditResult {
  if (speechId !== undefined) {
    const speeches = flowSpeeches(computeFlow(doc).format);
    if (!speeches.some((speech) => speech.id === speechId)) {
      return refused(`${speechId} is not a speech of this round`);
    }
  }
  // Placing a point where it is changes nothing: the same map, so no undo step and no redraw.
  const node = doc.nodes.find((candidate) => candidate.id === nodeId);
  if (node && node.speech === speechId) return { ok: true, doc };
  return updateNode(doc, nodeId, { speech: speechId });
}
