/**
 * What a grouped answer's cell says to a screen reader (the bracket is drawn, not read), and the bracket's
 * stylesheet, so every view that marks groups draws them the same.
 */
import "./answer-group.css";
import type { GroupPlace } from "./answer-group-marks";

export function AnswerGroupNote({ place }: { place: GroupPlace | undefined }) {
  if (place === undefined) return null;
  return <span className="visually-hidden">in a group of answers: </span>;
}
