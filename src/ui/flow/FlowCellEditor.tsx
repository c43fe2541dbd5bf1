/**
 * The box a flow cell is typed in. It keeps its words to itself while they are typed, so a key press
 * redraws this box alone, not the sheet of a thousand cells around it; the sheet gets the words when
 * typing ends (a key that ends it, the box losing the keyboard, or the page being hidden or left, so a
 * reload or a closed tab keeps them, as the inspector's fields do).
 */
import { type KeyboardEvent, useState } from "react";
import { useCommitOnLeave } from "../inspector/use-commit-on-leave";
import { type DraftPlace, useTypingDraft } from "../inspector/use-typing-draft";

export function FlowCellEditor(props: {
  initial: string;
  label: string;
  onKey: (event: KeyboardEvent<HTMLTextAreaElement>, words: string) => void;
  onLeave: (words: string) => void;
  /** The point whose words these are, kept as typed so that a crash cannot take them; none for a new point. */
  draftOf?: DraftPlace;
}) {
  const [words, setWords] = useState(props.initial);
  useCommitOnLeave(() => props.onLeave(words));
  useTypingDraft(props.draftOf, words, props.initial);
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
