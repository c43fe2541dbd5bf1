/**
 * Every piece of feedback on the open copy, the whole map's first, each point's as a link that selects
 * it. A student sees what the teacher released; the teacher sees everything, and what is not released.
 */

import { feedbackEntries } from "../../model/classroom";
import { useClassroomRole, useDocumentStore } from "../app-context";
import { NodeLink } from "../inspector/NodeLink";
import { FeedbackNote } from "./FeedbackForm";

export function FeedbackPanel() {
  const teacher = useClassroomRole((state) => state.role === "teacher");
  const doc = useDocumentStore((state) => state.doc);
  const entries = feedbackEntries(doc, { releasedOnly: !teacher });
  return (
    <section className="classroom-panel" aria-label="Feedback">
      <h2 className="classroom-panel-title">
        {teacher ? "Feedback on this copy" : "Feedback from your teacher"}
      </h2>
      {entries.length === 0 ? (
        <p className="classroom-hint">
          {teacher
            ? "No feedback yet. Select a point to write feedback on it in the Inspector."
            : "No feedback has been released to you yet."}
        </p>
      ) : (
        <ul className="classroom-feedback-list" aria-label="Feedback">
          {entries.map(({ target, feedback }) => (
            <li key={target.kind === "map" ? "" : `node:${target.id}`}>
              {target.kind === "map" ? <strong>The whole map</strong> : <NodeLink id={target.id} />}
              {teacher && feedback.released !== true ? (
                <span className="classroom-badge">not released</span>
              ) : null}
              <FeedbackNote feedback={feedback} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
