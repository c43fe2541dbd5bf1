/**
 * A support or attack on the canvas: a curve from the arguing node up to the node argued about (in the
 * columns layout, a route along the gutters that crosses no card, column-routes.ts). Its
 * colour, dash pattern and line ending come from its relation (see canvas.css and RelationMarkers). A wide
 * invisible stroke over it makes it easy to click (to select it) and to drop a new undercut on.
 */
import { type EdgeProps, getBezierPath } from "@xyflow/react";
import { memo } from "react";
import { isDimmed } from "../../store/explore/explore-view-store";
import { useExploreView, useSelection } from "../app-context";
import { NODE_SIZE } from "../layout/layout-graph";
import type { RelationCanvasEdge } from "./canvas-elements";
import { columnRoute } from "./column-routes";
import { MARKER_IDS } from "./node-appearance";
import { useColumnRouting } from "./use-column-routing";

function RelationEdgeImpl(props: EdgeProps<RelationCanvasEdge>) {
  const { id, source, target, data } = props;
  const selected = useSelection((state) => state.edgeId === id);
  const relation = data?.relation ?? "support";
  const dimmed = useExploreView((view) => isDimmed(view, source) || isDimmed(view, target));
  const routed = useColumnRouting();
  const route = routed
    ? columnRoute({ x: props.sourceX, y: props.sourceY }, { x: props.targetX, y: props.targetY }, NODE_SIZE)
    : null;
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
