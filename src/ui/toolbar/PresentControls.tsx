import { useApp, useSelection } from "../app-context";
/** Presenting the map: start presentation mode, and add the selected points as a step of a presentation. */

export function PresentControls() {
  const app = useApp();
  const { addSelectionAsStep, startPresentation } = app.commands.present;
  const anySelected = useSelection((state) => state.nodeIds.size > 0);
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
