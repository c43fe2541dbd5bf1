/**
 * The keys of the flow sheet, as data: the sheet reads its moves from here and the key reference lists
 * them, so the two never disagree.
 */
import { RESPONSES } from "../../model/schema";

/** The typed responses a key answers with: all but cross-apply, which names a point already made. */
export const RESPONSE_KEYS = RESPONSES.filter((response) => response !== "cross-apply");

export const FLOW_KEYS: readonly { keys: string; does: string }[] = [
  { keys: "Type, Enter or F2", does: "edit the point (or start a point in an empty speech)" },
  { keys: "Tab", does: "answer it in the other side's next speech" },
  { keys: "Enter (typing)", does: "keep the words, start the next argument below" },
  { keys: "Shift+Enter (typing)", does: "a new line in the point" },
  { keys: "Ctrl+Enter", does: "add a card or warrant under it" },
  {
    keys: "Esc",
    does: "stop typing, keep the words (an empty new point is dropped); put down a point picked up to cross-apply",
  },
  { keys: "Ctrl+E", does: "extend it into its side's next speech" },
  { keys: "Ctrl+Shift+X", does: "cross it out, or back in" },
  { keys: "Ctrl+Shift+C", does: "cross-apply: pick a point up, then again on the point it answers" },
  { keys: "Ctrl+G", does: "group its answers (each speech's answers to it, bracketed), or ungroup" },
  ...RESPONSE_KEYS.map((response, i) => ({ keys: `Ctrl+Shift+${i + 1}`, does: `answer: ${response}` })),
  { keys: "Ctrl+Shift+F", does: "mark it the value, then the criterion, then neither (Lincoln-Douglas)" },
  { keys: "Arrows", does: "move between points" },
  { keys: "Ctrl+arrows", does: "move between speeches" },
  { keys: "Ctrl+Z / Ctrl+Y", does: "undo / redo" },
];
