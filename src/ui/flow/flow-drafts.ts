/**
 * The points typed into the flow sheet before they exist: a draft names where the new point goes (an
 * answer to a point in the other side's next speech, the next argument beside a point, a card or warrant
 * under a point, or a first point of a speech), and becomes a point only when it is committed with words.
 * So a new point left empty is never made, and the whole new point (its words, its speech and what it
 * answers) is one undo step.
 *
 * Pure: `commitDraft` is also run with stand-in words to show the draft where it will land.
 */
import { computeFlow } from "../../analysis";
import { answerInNextSpeech, siblingInSpeech } from "../../app/flow-edits";
import { flowSpeeches } from "../../model/debate-formats";
import { addNode, connect, type EditResult, updateNode } from "../../model/operations";
import { refused } from "../../model/operations/results";
import type { ArgumentMap, DebateResponse, NodeKind } from "../../model/schema";

export type FlowDraft =
  | { kind: "answer"; target: string; response?: DebateResponse }
  | { kind: "sibling"; of: string }
  | { kind: "support"; of: string }
  | { kind: "first"; speech: string };

/** The words a draft is drawn with before anything is typed: never saved, `commitDraft` needs some. */
export const DRAFT_STAND_IN = "…";

/** Makes the drafted point with `words`; refused for blank words, so no blank point is ever made. */
export function commitDraft(doc: ArgumentMap, draft: FlowDraft, words: string): EditResult<{ id: string }> {
  const text = words.trim();
  if (text === "") return refused("a point needs words");
  const made = makeDraft(doc, draft);
  if (!made.ok) return made;
  const named = updateNode(made.doc, made.id, { text });
  return named.ok ? { ok: true, id: made.id, doc: named.doc } : named;
}

function makeDraft(doc: ArgumentMap, draft: FlowDraft): EditResult<{ id: string }> {
  switch (draft.kind) {
    case "answer":
      return answerInNextSpeech(doc, draft.target, draft.response);
    case "sibling":
      return siblingAnswering(doc, draft.of);
    case "support":
      return supportUnder(doc, draft.of);
    case "first":
      return firstInSpeech(doc, draft.speech);
  }
}

/**
 * The next argument after `of` in its speech, answering (or supporting) what `of` does; after a point
 * that argues about nothing (the thesis), the next argument supports it.
 */
function siblingAnswering(doc: ArgumentMap, of: string): EditResult<{ id: string }> {
  const arguesAbout = doc.edges.some((edge) => edge.from === of);
  return arguesAbout ? siblingInSpeech(doc, of) : supportUnder(doc, of);
}

/** What a point under another is: a claim under the thesis, a card (evidence) under anything else. */
function kindUnder(parent: NodeKind): NodeKind {
  return parent === "thesis" ? "claim" : "evidence";
}

/** A point supporting `of` in the same speech: its warrant or its card. */
function supportUnder(doc: ArgumentMap, of: string): EditResult<{ id: string }> {
  const parent = doc.nodes.find((node) => node.id === of);
  if (!parent) return refused(`there is no point "${of}"`);
  const kind = kindUnder(parent.kind);
  const added = addNode(doc, {
    kind,
    text: DRAFT_STAND_IN,
    ...(parent.speech ? { speech: parent.speech } : {}),
  });
  if (!added.ok) return added;
  const linked = connect(added.doc, { from: added.id, to: of, relation: "support" });
  return linked.ok ? { ok: true, id: added.id, doc: linked.doc } : linked;
}

/**
 * A point that starts a speech's flow: the thesis when the map has none, otherwise a point of the
 * speech's side that argues about nothing yet (a claim for the side for, a critique against).
 */
function firstInSpeech(doc: ArgumentMap, speechId: string): EditResult<{ id: string }> {
  const speech = flowSpeeches(computeFlow(doc).format).find((candidate) => candidate.id === speechId);
  if (!speech) return refused(`${speechId} is not a speech of this round`);
  const hasThesis = doc.nodes.some((node) => node.kind === "thesis");
  const kind: NodeKind = !hasThesis ? "thesis" : speech.side === "for" ? "claim" : "critique";
  return addNode(doc, { kind, text: DRAFT_STAND_IN, speech: speechId });
}

/** The words of a point as the flow edits them: its label when it has one, else its text. */
export function renamePoint(doc: ArgumentMap, id: string, words: string): EditResult {
  const node = doc.nodes.find((candidate) => candidate.id === id);
  if (!node) return refused(`there is no point "${id}"`);
  const text = words.trim();
  if (text === "") return refused("a point needs words; cross it out (Ctrl+Shift+X) to withdraw it");
  if ((node.label ?? node.text) === text) return { ok: true, doc };
  return updateNode(doc, id, node.label !== undefined ? { label: text } : { text });
}
