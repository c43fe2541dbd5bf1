/**
 * Hooks for components that change with the classroom's rules: whether the open map is a student's
 * copy on a student's device (the teacher's rules hold; the document store's guard enforces them, see
 * store/classroom/student-guard.ts), or on the teacher's (it is open for feedback).
 */
import { allowedKinds } from "../../model/classroom";
import type { NodeKind } from "../../model/schema";
import { rulesApply } from "../../store/classroom/student-guard";
import { useClassroomRole, useDocumentStore } from "../app-context";

/** True while the open map is a student's copy on a student's device. */
export function useStudentRules(): boolean {
  const role = useClassroomRole((state) => state.role);
  return useDocumentStore((state) => rulesApply(state.doc, role));
}

/** True while the open map is a student's copy on the teacher's device: the copy is open for feedback. */
export function useMarking(): boolean {
  const role = useClassroomRole((state) => state.role);
  return useDocumentStore((state) => role === "teacher" && state.doc.map.student !== undefined);
}

/** The kinds a student may add to the open copy, or null where the teacher's rules do not hold. */
export function useAllowedKinds(): readonly NodeKind[] | null {
  const rules = useStudentRules();
  const kinds = useDocumentStore((state) => allowedKinds(state.doc));
  return rules ? kinds : null;
}
