/** What a key does in presentation mode, given the step on screen (`at`) of `count`. */
export type PresentationAction =
  | { kind: "go"; step: number }
  | { kind: "strengths" }
  | { kind: "notes" }
  | { kind: "leave" };

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

/** `onButton`: focus is on a button, whose own key Space stays. Null: the key is not presentation mode's. */
export function presentationKey(
  key: string,
  where: { at: number; count: number; onButton: boolean },
): PresentationAction | null {
  const last = Math.max(where.count - 1, 0);
  const go = (step: number): PresentationAction => ({ kind: "go", step: Math.min(Math.max(step, 0), last) });
  if (NEXT.has(key) || (key === " " && !where.onButton)) return go(where.at + 1);
  if (PREVIOUS.has(key)) return go(where.at - 1);
  if (key === "Home") return go(0);
  if (key === "End") return go(last);
  if (key === "Escape") return { kind: "leave" };
  if (key === "s" || key === "S") return { kind: "strengths" };
  if (key === "n" || key === "N") return { kind: "notes" };
  return null;
}
