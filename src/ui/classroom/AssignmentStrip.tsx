/**
 * The assignment above the canvas, always in view while its map is open: for a student, whose copy
 * this is, the instructions, what may be added, and "Hand in"; for the teacher, the same with the
 * assignment's own actions (change it, hand it out as a file or a link) or, on a student's copy,
 * feedback on the whole map and the copy to give back.
 */

import type { App } from "../../app/create-app";
import { allowedKinds, feedbackEntries, unreleasedCount } from "../../model/classroom";
import { KIND_NAMES } from "../../model/names";
import { NODE_KINDS } from "../../model/schema";
import { useApp, useClassroomRole, useDocumentStore } from "../app-context";
import { downloadMap } from "../storage/download";
import { exportForStudent, handIn } from "./class-files";
import { LockIcon } from "./LockIcon";

const saved = (app: App, fileName: string) =>
  app.stores.notices.getState().notify("info", `Saved ${fileName}.`);

export function AssignmentStrip() {
  const assignment = useDocumentStore((state) => state.doc.map.assignment);
  const student = useDocumentStore((state) => state.doc.map.student?.name);
  const teacher = useClassroomRole((state) => state.role === "teacher");
  if (!assignment && student === undefined) return null;
  const title = assignment?.title ?? "";
  return (
    <section className="classroom-strip" aria-label="Assignment">
      <div className="classroom-strip-head">
        <h2 className="classroom-strip-title">
          {student !== undefined ? `${student}'s copy` : "Assignment"}
          {title ? `: ${title}` : ""}
        </h2>
        {assignment?.teacher ? <span className="classroom-hint">set by {assignment.teacher}</span> : null}
        <div className="classroom-strip-actions">
          {student !== undefined ? teacher ? <MarkingActions /> : <StudentActions /> : <TeacherActions />}
        </div>
      </div>
      {assignment?.instructions ? <p className="classroom-instructions">{assignment.instructions}</p> : null}
      {student !== undefined && !teacher ? <AllowedKinds /> : null}
    </section>
  );
}

function AllowedKinds() {
  const kinds = useDocumentStore((state) => allowedKinds(state.doc));
  if (kinds.length === NODE_KINDS.length) return null;
  return (
    <p className="classroom-hint">
      You may add:{" "}
      {kinds.length === 0 ? "nothing (score the points)" : kinds.map((k) => KIND_NAMES[k]).join(", ")}. Locked
      points (<LockIcon label="marked with a lock" />) can be scored but not changed.
    </p>
  );
}

function StudentActions() {
  const app = useApp();
  const released = useDocumentStore((state) => feedbackEntries(state.doc, { releasedOnly: true }).length);
  return (
    <>
      {released > 0 ? (
        <button
          type="button"
          onClick={() => app.stores.ui.getState().setPanel({ open: true, tab: "feedback" })}
        >
          Feedback ({released})
        </button>
      ) : null}
      <button
        type="button"
        className="classroom-primary"
        onClick={() => saved(app, handIn(app.stores.document.getState().doc))}
      >
        Hand in
      </button>
    </>
  );
}

function MarkingActions() {
  const app = useApp();
  const unreleased = useDocumentStore((state) => unreleasedCount(state.doc));
  return (
    <>
      <button type="button" onClick={() => app.stores.classroomDialogs.setState({ mapFeedbackOpen: true })}>
        Feedback on the whole map…
      </button>
      <button
        type="button"
        onClick={() => app.stores.ui.getState().setPanel({ open: true, tab: "feedback" })}
      >
        All feedback
      </button>
      <button
        type="button"
        title={
          unreleased > 0
            ? `${unreleased} unreleased ${unreleased === 1 ? "piece" : "pieces"} of feedback stay out`
            : undefined
        }
        onClick={() => saved(app, exportForStudent(app.stores.document.getState().doc))}
        aria-describedby={unreleased > 0 ? "classroom-unreleased" : undefined}
      >
        Export for the student
      </button>
      {unreleased > 0 ? (
        <span id="classroom-unreleased" className="classroom-hint">
          {unreleased} unreleased, left out of the student's copy
        </span>
      ) : null}
    </>
  );
}

function TeacherActions() {
  const app = useApp();
  return (
    <>
      <button type="button" onClick={() => app.stores.classroomDialogs.setState({ assignmentOpen: true })}>
        Change…
      </button>
      <button type="button" onClick={() => downloadMap(app.stores.document.getState().doc)}>
        Download the assignment
      </button>
      <button type="button" onClick={() => app.stores.keepUi.setState({ shareOpen: true })}>
        Share link
      </button>
    </>
  );
}
