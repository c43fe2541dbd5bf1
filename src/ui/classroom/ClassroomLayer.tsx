/**
 * The classroom's dialogs, and what the classroom needs once the page is up: the device's role, read
 * from storage beside the library.
 */
import "./classroom.css";
import { useEffect } from "react";
import { useApp, useAssignmentIntake, useClassMerge, useClassroomDialogs } from "../app-context";
import { onDemandWhile } from "../on-demand/on-demand";

// Each loads the first time it opens.
const floating = { floating: true };
const AssignmentIntakeDialog = onDemandWhile(
  () => useAssignmentIntake((state) => Boolean(state.pending)),
  "the assignment's dialog",
  () => import("./AssignmentIntakeDialog").then((m) => m.AssignmentIntakeDialog),
  floating,
);
const AssignmentDialog = onDemandWhile(
  () => useClassroomDialogs((state) => state.assignmentOpen),
  "the Assignment dialog",
  () => import("./AssignmentDialog").then((m) => m.AssignmentDialog),
  floating,
);
const MapFeedbackDialog = onDemandWhile(
  () => useClassroomDialogs((state) => state.mapFeedbackOpen),
  "the Feedback dialog",
  () => import("./MapFeedbackDialog").then((m) => m.MapFeedbackDialog),
  floating,
);
const ClassMergeDialog = onDemandWhile(
  () => useClassMerge((state) => state.open),
  "the class merge",
  () => import("./ClassMergeDialog").then((m) => m.ClassMergeDialog),
  floating,
);
const ParticipationDialog = onDemandWhile(
  () => useClassroomDialogs((state) => Boolean(state.participation)),
  "the participation table",
  () => import("./ParticipationDialog").then((m) => m.ParticipationDialog),
  floating,
);

export function ClassroomLayer() {
  const app = useApp();
  useEffect(() => {
    // Idempotent: the library's own layer starts it too; the role lives beside it.
    app.stores.classroomRole.getState().load(app.startKeep());
  }, [
    // Idempotent: the library's own layer starts it too; the role lives beside it.
    app.stores.classroomRole.getState,
    app.startKeep,
  ]);
  return (
    <>
      <AssignmentIntakeDialog />
      <AssignmentDialog />
      <MapFeedbackDialog />
      <ClassMergeDialog />
      <ParticipationDialog />
    </>
  );
}
