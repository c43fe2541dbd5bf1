/** The teacher's feedback on a student's copy as a whole. */

import { useApp, useClassroomDialogs, useDocumentStore } from "../app-context";
import { KeepDialog } from "../storage/KeepDialog";
import { FeedbackForm } from "./FeedbackForm";

export function MapFeedbackDialog() {
  const app = useApp();
  const open = useClassroomDialogs((state) => state.mapFeedbackOpen);
  const feedback = useDocumentStore((state) => state.doc.map.feedback);
  const student = useDocumentStore((state) => state.doc.map.student?.name);
  if (!open) return null;
  return (
    <KeepDialog
      title={`Feedback on ${student ?? "this"}'s map`}
      onClose={() => app.stores.classroomDialogs.setState({ mapFeedbackOpen: false })}
    >
      <FeedbackForm target={{ kind: "map" }} feedback={feedback} />
    </KeepDialog>
  );
}
