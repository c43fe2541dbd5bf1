/**
 * When the teacher's rules hold: on a student's device, in a copy of an assignment. There every edit,
 * whatever made it, passes the pure check of src/model/classroom before the map takes it.
 */
import { checkStudentEdit } from "../../model/classroom";
import type { ArgumentMap } from "../../model/schema";
import type { EditGuard } from "../document-store";
import type { ClassroomRole } from "./classroom-role";

export function rulesApply(doc: ArgumentMap, role: ClassroomRole): boolean {
  return role === "student" && doc.map.student !== undefined && doc.map.assignment !== undefined;
}

/** The document store's guard for a device whose role `role()` says; `refused` hears each refusal. */
export function studentEditGuard(role: () => ClassroomRole, refused: (reason: string) => void): EditGuard {
  return (before, after) => {
    if (!rulesApply(before, role())) return { ok: true, doc: after };
    const checked = checkStudentEdit(before, after);
    if (!checked.ok) refused(checked.reason);
    return checked;
  };
}
