/**
 * The teacher's feedback on a student's copy, for the whole map or one point: a comment, a mark, and
 * whether the student may see it yet. Saving is one undo step; emptying both fields removes it.
 */
import { useEffect, useId, useState } from "react";
import { type FeedbackTarget, setFeedback } from "../../model/classroom";
import { refusalOf } from "../../model/operations";
import { type Feedback, LIMITS } from "../../model/schema";
import { useApp } from "../app-context";

export function FeedbackForm({
  target,
  feedback,
}: {
  target: FeedbackTarget;
  feedback: Feedback | undefined;
}) {
  const { edit } = useApp().commands.edit;
  const id = useId();
  const [comment, setComment] = useState(feedback?.comment ?? "");
  const [mark, setMark] = useState(feedback?.mark ?? "");
  const [released, setReleased] = useState(feedback?.released === true);
  const [said, setSaid] = useState<string | null>(null);
  useEffect(() => {
    setComment(feedback?.comment ?? "");
    setMark(feedback?.mark ?? "");
    setReleased(feedback?.released === true);
  }, [feedback]);
  const save = () => {
    const refusal = refusalOf(
      edit((doc) => setFeedback(doc, target, { comment, mark, released }), { quiet: true }),
    );
    setSaid(refusal === null ? "Saved." : `Not saved: ${refusal}.`);
  };
  const what = target.kind === "map" ? "the whole map" : "this point";
  return (
    <form
      className="classroom-feedback-form"
      aria-label={`Feedback on ${what}`}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label className="classroom-field" htmlFor={`${id}-comment`}>
        <span>Comment</span>
      </label>
      <textarea
        id={`${id}-comment`}
        rows={3}
        value={comment}
        maxLength={LIMITS.comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <label className="classroom-field">
        <span>Mark</span>
        <input
          type="text"
          value={mark}
          maxLength={LIMITS.mark}
          placeholder="3/4, B+"
          onChange={(event) => setMark(event.target.value)}
        />
      </label>
      <label className="classroom-check">
        <input type="checkbox" checked={released} onChange={(event) => setReleased(event.target.checked)} />
        Released: the student sees it
      </label>
      <div className="classroom-form-actions">
        <button type="submit">Save feedback</button>
        {said ? (
          <span className="classroom-hint" role="status">
            {said}
          </span>
        ) : null}
      </div>
    </form>
  );
}

/** Released feedback as the student reads it. */
export function FeedbackNote({ feedback }: { feedback: Feedback }) {
  return (
    <div className="classroom-feedback-note">
      {feedback.mark ? <p className="classroom-feedback-mark">Mark: {feedback.mark}</p> : null}
      {feedback.comment ? <p className="classroom-feedback-comment">{feedback.comment}</p> : null}
    </div>
  );
}
