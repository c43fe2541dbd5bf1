/**
 * The teacher's sentence starters for the kind of point being written, offered under the text while a
 * new point's words are typed: picking one puts it in the text to go on from.
 */

import { stemsFor } from "../../model/classroom";
import { PLACEHOLDER_TEXT } from "../../model/operations";
import { nodeRecord } from "../../store/records";
import { useDocumentStore } from "../app-context";

const NONE: readonly string[] = [];

export function StemChoices({ id, onPick }: { id: string; onPick(stem: string): void }) {
  const stems = useDocumentStore((state) => {
    const node = nodeRecord(state.doc, id);
    // Offered for a point just added, while it still has the words every new point starts with.
    return node && node.text === PLACEHOLDER_TEXT[node.kind] ? stemsFor(state.doc, node.kind) : NONE;
  });
  if (stems.length === 0) return null;
  return (
    <fieldset className="stem-choices nodrag nopan">
      <legend className="visually-hidden">Sentence starters</legend>
      {stems.map((stem) => (
        <button
          key={stem}
          type="button"
          // Keeps the focus in the text field, so picking a starter does not end the typing.
          onMouseDown={(event) => event.preventDefault()}
          onPointerDown={(event) => event.stopPropagation()}
          onClick={() => onPick(stem)}
        >
          {stem}
        </button>
      ))}
    </fieldset>
  );
}
