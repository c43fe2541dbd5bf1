/**
 * The classroom's part of the inspector for one point: whether it is locked (and what that allows), who
 * added it, the class's ratings of it, and feedback: the teacher writes it on a student's copy, the
 * student reads what was released.
 */

import { pointAgreement } from "../../analysis";
import { isLocked, isReleased } from "../../model/classroom";
import type { ArgNode } from "../../model/schema";
import { useClassroomRole, useDocumentStore } from "../app-context";
import { FeedbackForm, FeedbackNote } from "./FeedbackForm";
import { LockIcon } from "./LockIcon";
import { formatScore } from "./spread-format";
import { useMarking } from "./student-mode";

export function NodeClassSection({ node }: { node: ArgNode }) {
  const locked = useDocumentStore((state) => isLocked(state.doc, node.id));
  const teacher = useClassroomRole((state) => state.role === "teacher");
  const marking = useMarking();
  const ratings = node.ratings ?? [];
  const agreement = ratings.length > 0 ? pointAgreement(node.id, ratings) : null;
  const released = node.feedback && isReleased(node.feedback) ? node.feedback : undefined;
  if (!locked && node.addedBy === undefined && !agreement && !marking && !released) return null;
  return (
    <section className="inspector-class" aria-label="In class">
      {locked ? (
        <p className="inspector-class-lock" role="note">
          <LockIcon />{" "}
          {teacher
            ? "Locked for students: they can score it but not change or delete it."
            : "Locked by the teacher: you can score it but not change or delete it."}
        </p>
      ) : null}
      {node.addedBy !== undefined ? <p className="inspector-class-author">Added by {node.addedBy}</p> : null}
      {agreement ? (
        <div className="inspector-class-ratings">
          <p>
            The class's scores: mean <strong>{formatScore(agreement.mean)}</strong>, spread ±
            {formatScore(agreement.spread)} ({agreement.count} {agreement.count === 1 ? "rating" : "ratings"})
          </p>
          <ul aria-label="Ratings">
            {ratings.map((rating) => (
              <li key={rating.by}>
                {rating.by}: {formatScore(rating.base)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {marking ? (
        <FeedbackForm key={node.id} target={{ kind: "node", id: node.id }} feedback={node.feedback} />
      ) : released ? (
        <section className="inspector-class-feedback" aria-label="Feedback from your teacher">
          <h3>Feedback from your teacher</h3>
          <FeedbackNote feedback={released} />
        </section>
      ) : null}
    </section>
  );
}
