/**
 * The box a flow cell is typed in. It keeps its words to itself while they are typed, so a key press
 * redraws this box alone, not the sheet of a thousand cells around it; the sheet gets the words when
 * typing ends (a key that ends it, or the box losing the keyboard).
 */
import { type KeyboardEvent, useState } from "react";

export function FlowCellEditor(props: {
  initial: string;
  label: string;
  onKey: (event: KeyboardEvent<HTMLTextAreaElement>, words: string) => void;
  onLeave: (words: string) => void;
}) {
  const [words, setWords] = useState(props.initial);
  return (
    <textarea
      className="flow-cell-input"
      aria-label={props.label}
      // biome-ignore lint/a11y/noAutofocus: typing goes on in the cell just opened
      autoFocus
      value={words}
      rows={2}
      onFocus={(event) => {
        const end = event.currentTarget.value.length;
        event.currentTarget.setSelectionRange(end, end);
      }}
      onChange={(event) => setWords(event.target.value)}
      onKeyDown={(event) => props.onKey(event, words)}
      onBlur={() => props.onLeave(words)}
    />
  );
}
