/**
 * A support or attack on the canvas: a curve from the arguing node up to the node argued about (in the
 * columns layout, a route round the cards, line-routes.ts). Its
 * colour, dash pattern and line ending come from its relation (see canvas.css and RelationMarkers). A wide
 * invisible stroke over it makes it easy to click (to select it) and to drop a new undercut on.
 */
import { type EdgeProps, getBezierPath } from "@xyflow/react";
import { memo } from "react";
import { useEditStore, useExploreView } from "../../store/app-stores";
import { isDimmed } from "../../store/explore/explore-view-store";
import type { RelationCanvasEdge } from "./canvas-elements";
import { MARKER_IDS } from "./node-appearance";
import { useLineRoute } from "./use-line-routes";

function RelationEdgeImpl(props: EdgeProps<RelationCanvasEdge>) {
  const { id, source, target, data } = props;
  const selected = useEditStore((state) => state.edgeId === id);
  const relation = data?.relation ?? "support";
  const dimmed = useExploreView((view) => isDimmed(view, source) || isDimmed(view, target));
  const route = useLineRoute(
    id,
    { x: props.sourceX, y: props.sourceY },
    { x: props.targetX, y: props.targetY },
  );
  const path = route?.path ?? getBezierPath(props)[0];
  return (
    <>
      <path
        className={`react-flow__edge-path relation-path relation-${relation}${dimmed ? " is-dimmed" : ""}${selected ? " is-selected" : ""}`}
        d={path}
        markerEnd={`url(#${MARKER_IDS[relation]})`}
      />
      <path className="relation-hit-area" d={path} />
    </>
  );
}

export const RelationEdge = memo(RelationEdgeImpl);
