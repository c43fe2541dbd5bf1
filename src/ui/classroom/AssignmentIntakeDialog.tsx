/**
 * Opening an assignment (a file, a drop or a share link): the student types their name and gets their
 * own copy in the library; the teacher can open the assignment itself instead.
 */

import { useState } from "react";
import { useApp, useAssignmentIntake, useClassroomRole } from "../app-context";
import { KeepDialog } from "../storage/KeepDialog";

export function AssignmentIntakeDialog() {
  const pending = useAssignmentIntake((state) => state.pending);
  return pending ? <IntakeBody key={pending.source} /> : null;
}

function IntakeBody() {
  const app = useApp();
  const pending = useAssignmentIntake((state) => state.pending);
  const problem = useAssignmentIntake((state) => state.problem);
  const teacher = useClassroomRole((state) => state.role === "teacher");
  const [name, setName] = useState("");
  if (!pending) return null;
  const assignment = pending.result.doc.map.assignment;
  const start = () => app.keep.answerAssignment({ student: name });
  const asTeacher = () => {
    app.stores.classroomRole.getState().setRole("teacher");
    app.keep.answerAssignment({ teacher: true });
  };
  return (
    <KeepDialog
      title={`Assignment: ${assignment?.title ?? pending.result.doc.map.title}`}
      onClose={() => app.stores.assignmentIntake.getState().drop()}
      actions={
        <>
          <button type="button" onClick={asTeacher}>
            {teacher ? "Open the assignment (teacher)" : "I am the teacher: open the assignment"}
          </button>
          <button type="submit" form="assignment-intake" className="classroom-primary">
            Start my copy
          </button>
        </>
      }
    >
      {assignment?.teacher ? <p>From {assignment.teacher}.</p> : null}
      {assignment?.instructions ? <p className="classroom-instructions">{assignment.instructions}</p> : null}
      <form
        id="assignment-intake"
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        <label className="classroom-field">
          <span>Your name</span>
          <input
            type="text"
            value={name}
            maxLength={200}
            autoComplete="name"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <p className="classroom-hint">
          Your copy goes into this browser's library, under your name. Nothing leaves this computer until you
          hand it in.
        </p>
        {problem ? (
          <p className="classroom-problem" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </KeepDialog>
  );
}
