/**
 * The classroom's dialogs, and what the classroom needs once the page is up: the device's role, read
 * from storage beside the library.
 */
import "./classroom.css";
import { useEffect } from "react";
import { useClassroomRole } from "../../store/app-stores";
import { startKeep } from "../../store/persistence/start-keep";
import { AssignmentDialog } from "./AssignmentDialog";
import { AssignmentIntakeDialog } from "./AssignmentIntakeDialog";
import { ClassMergeDialog } from "./ClassMergeDialog";
import { MapFeedbackDialog } from "./MapFeedbackDialog";
import { ParticipationDialog } from "./ParticipationDialog";

export function ClassroomLayer() {
  useEffect(() => {
    // Idempotent: the library's own layer starts it too; the role lives beside it.
    useClassroomRole.getState().load(startKeep());
  }, []);
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
