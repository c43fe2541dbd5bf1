/**
 * The copy a teacher gives back to a student: feedback not yet released is the teacher's own and is left
 * out, on the map and on every point. Released feedback stays, so the student sees it.
 */
import type { ArgNode, ArgumentMap, Feedback } from "../schema";

export function forStudent(doc: ArgumentMap): ArgumentMap {
  const { feedback, ...info } = doc.map;
  return {
    ...doc,
    map: isReleased(feedback) ? doc.map : info,
    nodes: doc.nodes.map((node) =>
      node.feedback === undefined || isReleased(node.feedback) ? node : withoutFeedback(node),
    ),
  };
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

function withoutFeedback(node: ArgNode): ArgNode {
  const { feedback: _feedback, ...rest } = node;
  return rest;
}
