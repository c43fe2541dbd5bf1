/**
 * The overview's corner of the canvas, with a button to hide or show it. A map small enough to be read
 * whole (columns-layout.ts) needs no overview, and it would only cover cards, so it starts hidden there;
 * a bigger map starts with it shown. Once the reader chooses, the choice holds for the page.
 */
import { Panel } from "@xyflow/react";
import { useState } from "react";
import { fitsInColumns } from "../../model/layout/columns-layout";
import { useExploreView } from "../app-context";
import type { BlockScene } from "./far/block-scene";
import { MapOverview } from "./far/MapOverview";

export function OverviewCorner({ scene }: { scene: BlockScene }) {
  const small = useExploreView((view) => fitsInColumns(view.visibleIds.length));
  const [choice, setChoice] = useState<boolean | null>(null);
  const shown = choice ?? !small;
  return (
    <Panel position="bottom-right" className="overview-corner">
      {shown ? <MapOverview scene={scene} /> : null}
      <button
        type="button"
        className="overview-toggle"
        aria-pressed={shown}
        onClick={() => setChoice(!shown)}
        title={
          shown ? "Hide the overview of the whole map" : "Show an overview of the whole map in this corner"
        }
      >
        Overview
      </button>
    </Panel>
  );
}
