/**
 * The teacher's feedback on a student's copy: on the whole map and on single points, each a comment, a
 * mark and whether the student may see it yet. Empty feedback (no comment, no mark) is removed rather
 * than stored.
 */
import { produceMap } from "../operations/draft";
import { withoutUndefined } from "../operations/nodes";
import { recordProblem } from "../operations/record-check";
import { type EditResult, refused } from "../operations/results";
import type { ArgNode, ArgumentMap, Feedback } from "../schema";
import { feedbackSchema } from "../schema";
import { isBlank } from "../text";
import { stableJson } from "./stable-json";

/** Where feedback is: the whole map, or one point. */
export type FeedbackTarget = { kind: "map" } | { kind: "node"; id: string };

export interface FeedbackEntry {
  target: FeedbackTarget;
  feedback: Feedback;
}

export function setFeedback(doc: ArgumentMap, target: FeedbackTarget, feedback: Feedback): EditResult {
  const cleaned = cleanFeedback(feedback);
  if (cleaned) {
    const problem = recordProblem(feedbackSchema, cleaned);
    if (problem) return refused(`the feedback ${problem}`);
  }
  if (target.kind === "map") {
    if (sameFeedback(doc.map.feedback, cleaned)) return { ok: true, doc };
    return { ok: true, doc: produceMap(doc, (draft) => putFeedback(draft.map, cleaned)) };
  }
  const index = doc.nodes.findIndex((node) => node.id === target.id);
  if (index < 0) return refused(`there is no point "${target.id}"`);
  if (sameFeedback(doc.nodes[index]?.feedback, cleaned)) return { ok: true, doc };
  // Only the one point is drafted: the rest of the list stays the very same records.
  return { ok: true, doc: produceMap(doc, (draft) => putFeedback(draft.nodes[index] as ArgNode, cleaned)) };
}

/** Feedback saved again as it was changes nothing: no new record, no undo step. */
function sameFeedback(current: Feedback | undefined, next: Feedback | undefined): boolean {
  return stableJson(current) === stableJson(next);
}

/** Writes the feedback on a drafted record, or takes it away when there is none to keep. */
function putFeedback(record: { feedback?: Feedback }, feedback: Feedback | undefined): void {
  if (feedback) record.feedback = feedback;
  else delete record.feedback;
}

/** The map's feedback first, then each point's in the map's order; only released feedback when asked. */
export function feedbackEntries(doc: ArgumentMap, options: { releasedOnly?: boolean } = {}): FeedbackEntry[] {
  const keep = (feedback: Feedback | undefined): feedback is Feedback =>
    feedback !== undefined && (!options.releasedOnly || feedback.released === true);
  const out: FeedbackEntry[] = [];
  if (keep(doc.map.feedback)) out.push({ target: { kind: "map" }, feedback: doc.map.feedback });
  for (const node of doc.nodes) {
    if (keep(node.feedback)) out.push({ target: { kind: "node", id: node.id }, feedback: node.feedback });
  }
  return out;
}

function cleanFeedback(feedback: Feedback): Feedback | undefined {
  const comment = feedback.comment !== undefined && !isBlank(feedback.comment) ? feedback.comment : undefined;
  const mark = feedback.mark !== undefined && !isBlank(feedback.mark) ? feedback.mark.trim() : undefined;
  if (comment === undefined && mark === undefined) return undefined;
  return withoutUndefined({ comment, mark, released: feedback.released === true ? true : undefined });
}
