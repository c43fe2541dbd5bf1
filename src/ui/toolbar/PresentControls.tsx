/** Presenting the map: start presentation mode, and add the selected points as a step of a presentation. */
import { useEditStore } from "../../store/app-stores";
import { addSelectionAsStep, startPresentation } from "../present/commands";

export function PresentControls() {
  const anySelected = useEditStore((state) => state.nodeIds.size > 0);
  return (
    <fieldset className="present-controls">
      <legend className="visually-hidden">Present</legend>
      <button
        type="button"
        onClick={startPresentation}
        title="Present the map full screen, a point at a time (P)"
      >
        Present
      </button>
      <button
        type="button"
        disabled={!anySelected}
        onClick={addSelectionAsStep}
        title="Add the selected points as the next step of the presentation (Shift+P)"
      >
        + Step
      </button>
    </fieldset>
  );
}
