/**
 * The copy a teacher gives back to a student: feedback not yet released is the teacher's own and is left
 * out, on the map and on every point. Released feedback stays, so the student sees it.
 */
import { produceMap } from "../operations/draft";
import type { ArgNode, ArgumentMap, Feedback } from "../schema";

/** The copy without unreleased feedback; `doc` itself when it has none. */
export function forStudent(doc: ArgumentMap): ArgumentMap {
  return produceMap(doc, (draft) => {
    if (doc.map.feedback !== undefined && !isReleased(doc.map.feedback)) delete draft.map.feedback;
    // Read from the document, write to the draft: only the points that lose feedback are drafted.
    doc.nodes.forEach((node, i) => {
      if (node.feedback !== undefined && !isReleased(node.feedback))
        delete (draft.nodes[i] as ArgNode).feedback;
    });
  });
}

export function isReleased(feedback: Feedback | undefined): boolean {
  return feedback?.released === true;
}

/** How many feedback entries (the map's and the points') are not released. */
export function unreleasedCount(doc: ArgumentMap): number {
  let count = doc.map.feedback && !isReleased(doc.map.feedback) ? 1 : 0;
  for (const node of doc.nodes) if (node.feedback && !isReleased(node.feedback)) count++;
  return count;
}
