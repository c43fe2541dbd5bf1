/**
 * The speech outline as it prints: the speech, the read time and the numbered points in large type,
 * nothing else of the page. It is drawn into the page's body (hidden on screen), so the print
 * stylesheet can hide every other part of the page while the outline prints.
 */
import { createPortal } from "react-dom";
import type { OutlineEntry } from "../../analysis";
import type { ArgNode } from "../../model/schema";
import { formatMinutes } from "../debate/speech-outline";
import { EntryText } from "./OutlineEntryText";

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
  entries: readonly OutlineEntry[];
  byId: ReadonlyMap<string, ArgNode>;
  minutes: number;
  wordsPerMinute: number;
}) {
  return createPortal(
    <article className="speech-outline-print" aria-hidden="true">
      <h1>{props.title}</h1>
      <p>
        {props.entries.length} {props.entries.length === 1 ? "point" : "points"}, about{" "}
        {formatMinutes(props.minutes)} at {props.wordsPerMinute} words a minute.
      </p>
      <ol>
        {props.entries.map(({ id, role }) => {
          const node = props.byId.get(id);
          return node === undefined ? null : (
            <li key={id}>
              <EntryText node={node} role={role} />
            </li>
          );
        })}
      </ol>
    </article>,
    document.body,
  );
}
