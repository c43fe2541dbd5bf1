/**
 * The Classroom button in the header: make an assignment of the open map (or change it), merge a class's
 * copies, and say whether this device is the teacher's or a student's.
 */

import { useRef, useState } from "react";
import {
  useClassMerge,
  useClassroomDialogs,
  useClassroomRole,
  useDocumentStore,
} from "../../store/app-stores";
import type { ClassroomRole } from "../../store/classroom/classroom-role";
import { useDismiss } from "../popover/use-dismiss";

export function ClassroomMenu() {
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useDismiss(container, open, () => setOpen(false), button);
  const role = useClassroomRole((state) => state.role);
  const hasAssignment = useDocumentStore((state) => state.doc.map.assignment !== undefined);
  const isCopy = useDocumentStore((state) => state.doc.map.student !== undefined);
  const run = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  const roleItem = (value: ClassroomRole, label: string) => (
    <button
      type="button"
      role="menuitemradio"
      aria-checked={role === value}
      onClick={run(() => useClassroomRole.getState().setRole(value))}
    >
      {label}
    </button>
  );
  return (
    <div className="classroom-menu interop-export" ref={container}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Classroom ▾
      </button>
      {open ? (
        <div className="interop-export-menu" role="menu" aria-label="Classroom">
          <button
            type="button"
            role="menuitem"
            disabled={isCopy && role === "student"}
            onClick={run(() => useClassroomDialogs.setState({ assignmentOpen: true }))}
          >
            {hasAssignment ? "Change the assignment…" : "Make an assignment from this map…"}
          </button>
          <button type="button" role="menuitem" onClick={run(() => useClassMerge.getState().begin())}>
            Merge a class…
          </button>
          <p className="classroom-menu-label">This device is used by</p>
          {roleItem("student", "a student")}
          {roleItem("teacher", "the teacher")}
        </div>
      ) : null}
    </div>
  );
}
