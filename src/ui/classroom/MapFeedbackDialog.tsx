/** The teacher's feedback on a student's copy as a whole. */
import { useClassroomDialogs, useDocumentStore } from "../../store/app-stores";
import { KeepDialog } from "../storage/KeepDialog";
import { FeedbackForm } from "./FeedbackForm";

export function MapFeedbackDialog() {
  const open = useClassroomDialogs((state) => state.mapFeedbackOpen);
  const feedback = useDocumentStore((state) => state.doc.map.feedback);
  const student = useDocumentStore((state) => state.doc.map.student?.name);
  if (!open) return null;
  return (
    <KeepDialog
      title={`Feedback on ${student ?? "this"}'s map`}
      onClose={() => useClassroomDialogs.setState({ mapFeedbackOpen: false })}
    >
      <FeedbackForm target={{ kind: "map" }} feedback={feedback} />
    </KeepDialog>
  );
}
