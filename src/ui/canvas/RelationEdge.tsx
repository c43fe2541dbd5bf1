/**
 * A support or attack on the canvas: a curve from the arguing node up to the node argued about (in the
 * columns layout, a route round the cards, line-routes.ts). Its
 * colour, dash pattern and line ending come from its relation (see canvas.css and RelationMarkers). A wide
 * invisible stroke over it makes it easy to click (to select it) and to drop a new undercut on. A line
 * across a wide tree is drawn straight (long-lines.ts), and only its part around the view
 * (long-lines-in-area.ts).
 */
import { type EdgeProps, getBezierPath } from "@xyflow/react";
import { memo, useContext } from "react";
import { isDimmed } from "../../store/explore/explore-view-store";
import { useExploreView, useSelection } from "../app-context";
import type { RelationCanvasEdge } from "./canvas-elements";
import { LinePieces } from "./LinePieces";
import { longLineInArea } from "./long-lines-in-area";
import { MARKER_IDS } from "./node-appearance";
import { useLineRoute } from "./use-line-routes";
import { DrawnAreaContext } from "./use-view-window";

function RelationEdgeImpl(props: EdgeProps<RelationCanvasEdge>) {
  const { id, source, target, data } = props;
  const selected = useSelection((state) => state.edgeId === id);
  const relation = data?.relation ?? "support";
  const dimmed = useExploreView((view) => isDimmed(view, source) || isDimmed(view, target));
  const route = useLineRoute(
    id,
    { x: props.sourceX, y: props.sourceY },
    { x: props.targetX, y: props.targetY },
  );
  const from = { x: props.sourceX, y: props.sourceY };
  const to = { x: props.targetX, y: props.targetY };
  const area = useContext(DrawnAreaContext);
  const long = route ? null : longLineInArea(from, to, area);
  const pieces = route ? [route.path] : (long?.pieces ?? [getBezierPath(props)[0]]);
  return (
    <LinePieces
      pieces={pieces}
      endShown={long?.endShown ?? true}
      className={`react-flow__edge-path relation-path relation-${relation}${dimmed ? " is-dimmed" : ""}${selected ? " is-selected" : ""}`}
      marker={MARKER_IDS[relation]}
    />
  );
}

export const RelationEdge = memo(RelationEdgeImpl);
