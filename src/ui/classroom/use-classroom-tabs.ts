/**
 * Which classroom tabs the side panel shows: Feedback on a student's copy (for the student only once
 * something is released), Class on a map with students' work in it (ratings or points they added).
 */

import { feedbackEntries } from "../../model/classroom";
import type { ArgNode } from "../../model/schema";
import { useClassroomRole, useDocumentStore } from "../app-context";

export function useClassroomTabs(): { feedback: boolean; class: boolean } {
  const teacher = useClassroomRole((state) => state.role === "teacher");
  const feedback = useDocumentStore(
    (state) =>
      state.doc.map.student !== undefined &&
      (teacher || feedbackEntries(state.doc, { releasedOnly: true }).length > 0),
  );
  const classWork = useDocumentStore((state) => holdsClassWork(state.doc.nodes));
  return { feedback, class: classWork };
}

const known = new WeakMap<readonly ArgNode[], boolean>();

/** Asked on every change of the map, so answered once per list of nodes. */
function holdsClassWork(nodes: readonly ArgNode[]): boolean {
  let answer = known.get(nodes);
  if (answer === undefined) {
    answer = nodes.some((node) => node.ratings !== undefined || node.addedBy !== undefined);
    known.set(nodes, answer);
  }
  return answer;
}
