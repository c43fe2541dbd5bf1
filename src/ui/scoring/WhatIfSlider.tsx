/**
 * A slider that tries a value out before keeping it: while it moves, the map is scored as if the value
 * were set (every strength on the canvas follows), and when it is let go (pointer up, Enter, focus
 * leaving) the value is written to the map as one undoable edit, however many steps it moved by.
 * Escape puts the value back.
 */
import { type ReactNode, useEffect, useState } from "react";
import type { EditResult } from "../../model/operations";
import type { ArgumentMap } from "../../model/schema";
import { useApp, useDocumentStore } from "../app-context";
import { formatScore } from "./score-format";

export interface WhatIfSliderProps {
  label: ReactNode;
  /** The value as the open map has it (not as any preview has it). */
  read(doc: ArgumentMap): number;
  /** Smallest value the field allows: 0 for a base score, just above 0 for a weight. */
  min: number;
  /** The map with the value set, or the reason it cannot be. */
  apply(doc: ArgumentMap, value: number): EditResult;
  testId?: string;
}

export function WhatIfSlider({ label, read, min, apply, testId }: WhatIfSliderProps) {
  const app = useApp();
  const value = useDocumentStore((state) => read(state.doc));
  const [draft, setDraft] = useState(value);
  // A value changed elsewhere (undo, the inspector) replaces the draft.
  useEffect(() => setDraft(value), [value]);

  const preview = (next: number) => {
    setDraft(next);
    const result = apply(app.stores.document.getState().doc, next);
    app.stores.score.getState().setPreview(result.ok ? result.doc : null);
  };
  const commit = () => {
    if (draft === value) {
      app.stores.score.getState().setPreview(null);
      return;
    }
    // Applied inside the edit, so the undo step keeps the operation's own patches.
    let refused = false;
    app.stores.document.getState().applyEdit((doc) => {
      const result = apply(doc, draft);
      refused = !result.ok;
      return result.ok ? result.doc : doc;
    });
    if (refused) app.stores.score.getState().setPreview(null);
  };

  return (
    <label className="what-if">
      <span className="what-if-label">{label}</span>
      <input
        type="range"
        min={min}
        max={1}
        step={0.05}
        value={draft}
        data-testid={testId}
        onChange={(event) => preview(Number(event.target.value))}
        onPointerUp={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
          if (event.key === "Escape") {
            event.stopPropagation();
            setDraft(value);
            app.stores.score.getState().setPreview(null);
          }
        }}
        onBlur={commit}
      />
      <output className="what-if-value">{formatScore(draft)}</output>
    </label>
  );
}
