/** The buttons under the map: back to the start view, and tidy up (forget moved positions, lay out again). */
import { Panel } from "@xyflow/react";
import { useApp } from "../app-context";

/** `goToStart` is the animated start view of use-start-view.ts. */
export function CanvasActions({ goToStart }: { goToStart: () => void }) {
  const app = useApp();
  const { tidyUp } = app.commands.explore;
  return (
    <Panel position="bottom-center" className="canvas-actions">
      <button type="button" onClick={goToStart} title="Show the thesis and the levels under it (key 0)">
        Start view
      </button>
      <button
        type="button"
        onClick={() => {
          tidyUp();
          // After React has drawn the tidied positions, which the start view is computed from.
          requestAnimationFrame(goToStart);
        }}
        title="Forget moved positions and lay the map out again"
      >
        Tidy up
      </button>
    </Panel>
  );
}
