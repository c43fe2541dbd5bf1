/** Focus mode: keep the selected node with N steps of what it argues about and what argues about it. */

import { MAX_FOCUS_DEPTH, MIN_FOCUS_DEPTH } from "../../store/ui-store";
import { useSelection, useUiStore } from "../app-context";

export function FocusControls() {
  const on = useUiStore((state) => state.focusMode);
  const depth = useUiStore((state) => state.focusDepth);
  const hasSelection = useSelection((state) => state.primaryId !== null);
  const setOn = useUiStore((state) => state.setFocusMode);
  const setDepth = useUiStore((state) => state.setFocusDepth);
  return (
    <fieldset className="focus-controls">
      <legend className="visually-hidden">Focus mode</legend>
      <button
        type="button"
        aria-pressed={on}
        onClick={() => setOn(!on)}
        title={hasSelection ? "Dim everything not near the selected point" : "Select a point to focus on it"}
      >
        Focus mode
      </button>
      <label htmlFor="focus-depth">Steps</label>
      <input
        id="focus-depth"
        type="number"
        min={MIN_FOCUS_DEPTH}
        max={MAX_FOCUS_DEPTH}
        value={depth}
        onChange={(event) => {
          const value = Number(event.target.value);
          if (Number.isFinite(value)) setDepth(value);
        }}
      />
      {on && !hasSelection ? <span className="focus-hint">Select a point</span> : null}
    </fieldset>
  );
}
