/**
 * The speech outline as it prints: the speech, the read time and the numbered points in large type,
 * nothing else of the page. It is drawn into the page's body (hidden on screen), so the print
 * stylesheet can hide every other part of the page while the outline prints.
 */
import { createPortal } from "react-dom";
import type { ArgNode } from "../../model/schema";
import { formatMinutes } from "../debate/speech-outline";

const PRINTING = "printing-speech-outline";

/** Prints the outline alone; the rest of the page prints as usual afterwards. */
export function printSpeechOutline(): void {
  const body = document.body;
  body.classList.add(PRINTING);
  const done = () => body.classList.remove(PRINTING);
  window.addEventListener("afterprint", done, { once: true });
  // The class matters only to the print stylesheet, so until afterprint the screen is unchanged.
  window.print();
}

export function SpeechOutlinePrint(props: {
  title: string;
  points: readonly ArgNode[];
  minutes: number;
  wordsPerMinute: number;
}) {
  return createPortal(
    <article className="speech-outline-print" aria-hidden="true">
      <h1>{props.title}</h1>
      <p>
        {props.points.length} {props.points.length === 1 ? "point" : "points"}, about{" "}
        {formatMinutes(props.minutes)} at {props.wordsPerMinute} words a minute.
      </p>
      <ol>
        {props.points.map((point) => (
          <li key={point.id}>
            {point.label && <strong>{point.label}: </strong>}
            {point.text}
          </li>
        ))}
      </ol>
    </article>,
    document.body,
  );
}
