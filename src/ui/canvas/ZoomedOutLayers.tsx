/**
 * What the map draws over or instead of its nodes when zoomed out: the far view of a big map, blocks on
 * one canvas (far/FarLayer.tsx, see far/far-detail.ts for when), and, below the zoom at which even a
 * compact card's words are too small (card-zoom.ts), labels of a readable size (labels/LabelLayer.tsx). Only a map zoomed out needs
 * these, so their code loads the first time one is.
 */
import { useStore } from "@xyflow/react";
import { onDemand } from "../on-demand/on-demand";
import { FAR_BELOW_ZOOM } from "./card-zoom";
import type { BlockScene } from "./far/block-scene";

export const FarLayer = onDemand("the far view of the map", () =>
  import("./far/FarLayer").then((m) => m.FarLayer),
);
const LabelLayer = onDemand("the map's labels", () =>
  import("./labels/LabelLayer").then((m) => m.LabelLayer),
);

export function LabelsWhenZoomedOut({ scene }: { scene: BlockScene }) {
  const zoomedOut = useStore((state) => state.transform[2] < FAR_BELOW_ZOOM);
  return zoomedOut ? <LabelLayer scene={scene} /> : null;
}
