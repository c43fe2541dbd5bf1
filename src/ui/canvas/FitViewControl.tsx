/**
 * React Flow's zoom buttons, with the canvas's own Fit View in place of React Flow's: it shows the whole
 * map even when most of it is not in the page (see use-fit-view.ts).
 */
import { ControlButton, Controls, type Rect } from "@xyflow/react";
import { FitViewIcon } from "./FitViewIcon";
import type { BlockScene } from "./far/block-scene";
import { useFitView } from "./use-fit-view";

export function FitViewControl({
  scene,
  showWhole,
}: {
  scene: BlockScene;
  showWhole: (bounds: Rect) => void;
}) {
  const fitView = useFitView(scene, showWhole);
  return (
    <Controls showInteractive={false} showFitView={false} orientation="horizontal">
      <ControlButton onClick={fitView} title="Fit View" aria-label="Fit View">
        <FitViewIcon />
      </ControlButton>
    </Controls>
  );
}
