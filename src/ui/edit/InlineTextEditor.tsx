/**
 * Typing a node's words on the canvas. Ctrl+Enter (Cmd+Enter) or leaving the field keeps them as one undo
 * step; Escape leaves the text as it was. Words still being typed are kept too when the page is hidden or
 * left (a reload, a closed tab), as the inspector's are. Plain Enter starts a new line, as text may have several. Focus
 * goes back to the canvas afterwards, so the next key adds or edits again. A new point of an assignment
 * offers the teacher's sentence starters for its kind under the field.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { LIMITS } from "../../model/schema";
import { useApp } from "../app-context";
import { StemChoices } from "../classroom/StemChoices";
import { useCommitOnLeave } from "../inspector/use-commit-on-leave";
import { useTypingDraft } from "../inspector/use-typing-draft";

export function InlineTextEditor({ id, text, label }: { id: string; text: string; label: string }) {
  const app = useApp();
  const { commitText, stopEditing } = app.commands.edit;
  const [draft, setDraft] = useState(text);
  const field = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    const element = field.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.select();
  }, []);

  useCommitOnLeave(() => {
    if (!done.current && draft.trim() !== "") commitText(id, draft);
  });
  useTypingDraft({ nodeId: id, field: "text" }, draft, text);

  /** `byKey`: the field was left by Ctrl+Enter or Escape, not by the focus going somewhere else. */
  const finish = (keep: boolean, byKey = false) => {
    if (done.current) return;
    done.current = true;
    if (keep) commitText(id, draft);
    // Left by a key, the canvas takes the focus at once, before the field goes: a key pressed straight
    // after Ctrl+Enter (the next point's shortcut) would otherwise reach the page body and be lost.
    if (byKey) focusCanvasNow();
    stopEditing();
    if (!byKey) returnFocusToCanvas();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Keys typed here are words, not commands for the canvas.
    event.stopPropagation();
    if (event.key === "Escape") {
      event.preventDefault();
      finish(false, true);
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      finish(true, true);
    }
  };

  const pickStem = (stem: string) => {
    const next = stem.endsWith(" ") ? stem : `${stem} `;
    // The field shows the starter before the caret is put after it, both before the next key can arrive:
    // a caret set a frame later would land before letters typed since and send them to the end.
    flushSync(() => setDraft(next));
    const element = field.current;
    element?.focus({ preventScroll: true });
    element?.setSelectionRange(next.length, next.length);
  };

  return (
    <>
      <textarea
        ref={field}
        className="inline-text-editor nodrag nopan nowheel"
        aria-label={`Text of ${label}`}
        value={draft}
        maxLength={LIMITS.text * 2}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true)}
        onPointerDown={(event) => event.stopPropagation()}
        onDoubleClick={(event) => event.stopPropagation()}
      />
      <StemChoices id={id} onPick={pickStem} />
    </>
  );
}

function focusCanvasNow(): void {
  document.querySelector<HTMLElement>(".map-canvas .react-flow")?.focus({ preventScroll: true });
}

/** After a blur: the canvas takes the focus back only if nothing else took it. */
function returnFocusToCanvas(): void {
  const canvas = document.querySelector<HTMLElement>(".map-canvas .react-flow");
  // After this render, when the editor is gone.
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) canvas?.focus({ preventScroll: true });
  });
}
