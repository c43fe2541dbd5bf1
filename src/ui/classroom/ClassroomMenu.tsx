/**
 * The Classroom button in the header: make an assignment of the open map (or change it), merge a class's
 * copies, and say whether this device is the teacher's or a student's.
 */

import type { ClassroomRole } from "../../store/classroom/classroom-role";
import { useApp, useClassroomRole, useDocumentStore } from "../app-context";
import { moveBetweenItems } from "../edit/popover-focus";
import { MenuButton } from "../popover/MenuButton";

export function ClassroomMenu() {
  const app = useApp();
  const role = useClassroomRole((state) => state.role);
  const hasAssignment = useDocumentStore((state) => state.doc.map.assignment !== undefined);
  const isCopy = useDocumentStore((state) => state.doc.map.student !== undefined);
  const menu = (close: () => void) => {
    const run = (action: () => void) => () => {
      close();
      action();
    };
    const roleItem = (value: ClassroomRole, label: string) => (
      <button
        type="button"
        role="menuitemradio"
        aria-checked={role === value}
        onClick={run(() => app.stores.classroomRole.getState().setRole(value))}
      >
        {label}
      </button>
    );
    return (
      <div
        className="interop-export-menu"
        role="menu"
        aria-label="Classroom"
        onKeyDown={(event) => moveBetweenItems(event, "[role^=menuitem]:not(:disabled)")}
      >
        <button
          type="button"
          role="menuitem"
          disabled={isCopy && role === "student"}
          onClick={run(() => app.stores.classroomDialogs.setState({ assignmentOpen: true }))}
        >
          {hasAssignment ? "Change the assignment…" : "Make an assignment from this map…"}
        </button>
        <button type="button" role="menuitem" onClick={run(() => app.stores.classMerge.getState().begin())}>
          Merge a class…
        </button>
        <p className="classroom-menu-label">This device is used by</p>
        {roleItem("student", "a student")}
        {roleItem("teacher", "the teacher")}
      </div>
    );
  };
  return (
    <MenuButton label="Classroom ▾" className="classroom-menu interop-export">
      {menu}
    </MenuButton>
  );
}
