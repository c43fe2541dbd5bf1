/**
 * The debate moves of the flow sheet that are not answers: extending a point into its side's next speech,
 * and crossing a point out. Both keep to the format's own fields: an extension is a point placed in the
 * later speech that supports the point it extends (so the other side must answer it there, as a judge
 * expects), marked `meta["warrant:extension"]`; a point crossed out (conceded or withdrawn) is kept, with
 * `meta["warrant:crossedOut"]`, and the sheet strikes it through. Each is one pure edit, one undo step.
 */
import { firstSpeechOf } from "../../analysis";
import { addNode, connect, type EditResult, updateNode } from "../../model/operations";
import { refused } from "../../model/operations/results";
import type { ArgNode, ArgumentMap } from "../../model/schema";
import { placeOf } from "./flow-edits";

export const EXTENSION_KEY = "warrant:extension";
export const CROSSED_OUT_KEY = "warrant:crossedOut";

export const isExtension = (node: ArgNode): boolean => node.meta?.[EXTENSION_KEY] === true;
export const isCrossedOut = (node: ArgNode): boolean => node.meta?.[CROSSED_OUT_KEY] === true;

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
