/**
 * The debate moves of the flow sheet besides typed answers: extending a point into its side's next speech,
 * crossing a point out, and cross-applying a point made already to one more point it answers. All keep to
 * the format's own fields: an extension is a point placed in the later speech that supports the point it
 * extends (so the other side must answer it there, as a judge expects), marked `meta["warrant:extension"]`;
 * a point crossed out (conceded or withdrawn) is kept, with `meta["warrant:crossedOut"]`, and the sheet
 * strikes it through; a cross-application is an attack edge named `cross-apply`. Each is one pure edit, one
 * undo step.
 */
import { firstSpeechOf } from "../../analysis";
import { placeOf } from "../../app/flow-edits";
import { CROSSED_OUT_KEY, EXTENSION_KEY, isCrossedOut } from "../../model/flow-marks";
import { addNode, connect, type EditResult, updateNode } from "../../model/operations";
import { refused } from "../../model/operations/results";
import type { ArgumentMap } from "../../model/schema";

/** Carries `id` into the next speech of its own side, as an extension supporting it. */
export function extendPoint(doc: ArgumentMap, id: string): EditResult<{ id: string; speech: string }> {
  const node = doc.nodes.find((candidate) => candidate.id === id);
  if (!node) return refused(`there is no point "${id}"`);
  const place = placeOf(doc, id);
  if (!place) return refused("place the point in a speech first, then extend it");
  const next = firstSpeechOf(place.speeches, place.side, place.at + 1);
  if (!next) return refused(`its side has no speech left after the ${place.speeches[place.at]?.id}`);
  const kind = node.kind === "thesis" ? "claim" : node.kind;
  const added = addNode(doc, {
    kind,
    text: node.label ?? node.text,
    speech: next.id,
    meta: { [EXTENSION_KEY]: true },
  });
  if (!added.ok) return added;
  const linked = connect(added.doc, { from: added.id, to: id, relation: "support" });
  return linked.ok ? { ok: true, id: added.id, speech: next.id, doc: linked.doc } : linked;
}

/** Crosses `id` out, or back in: the point stays in the map and in its speech. */
export function toggleCrossedOut(doc: ArgumentMap, id: string): EditResult {
  const node = doc.nodes.find((candidate) => candidate.id === id);
  if (!node) return refused(`there is no point "${id}"`);
  const { [CROSSED_OUT_KEY]: _was, ...rest } = node.meta ?? {};
  const meta = isCrossedOut(node) ? rest : { ...rest, [CROSSED_OUT_KEY]: true };
  return updateNode(doc, id, { meta: Object.keys(meta).length > 0 ? meta : undefined });
}

/**
 * Cross-applies `from` to `to`: the point already made answers one more, as a relation (an attack named
 * `cross-apply`), never a copy. Only a later point of the other side answers a point.
 */
export function crossApply(doc: ArgumentMap, from: string, to: string): EditResult {
  const by = placeOf(doc, from);
  const target = placeOf(doc, to);
  if (!by || !target) return refused("both points must be in a speech to cross-apply one to the other");
  if (by.side === target.side) return refused("a point answers only the other side's points");
  if (by.at <= target.at) return refused("a point can answer only a point made in an earlier speech");
  if (doc.edges.some((edge) => edge.from === from && edge.to === to)) {
    return refused("it already answers that point");
  }
  return connect(doc, { from, to, relation: "attack", response: "cross-apply" });
}
