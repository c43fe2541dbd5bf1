/**
 * An undercut questions a relation, not a statement, so it is drawn to the middle of the curve of the
 * support or attack it targets. React Flow needs a node at each end of an edge: the edge's target is the
 * questioned relation's head, and this component ignores it, computing the midpoint from the two nodes
 * the questioned relation joins (so it follows them when they are dragged).
 */
import { type EdgeProps, getBezierPath, type InternalNode, Position, useInternalNode } from "@xyflow/react";
import { memo, useContext } from "react";
import { isDimmed } from "../../store/explore/explore-view-store";
import { useExploreView, useSelection } from "../app-context";
import type { UndercutCanvasEdge } from "./canvas-elements";
import { LinePieces } from "./LinePieces";
import { longLineInArea } from "./long-lines-in-area";
import { MARKER_IDS } from "./node-appearance";
import { useLineRoute } from "./use-line-routes";
import { DrawnAreaContext } from "./use-view-window";

function UndercutEdgeImpl({ id, source, sourceX, sourceY, data }: EdgeProps<UndercutCanvasEdge>) {
  const selected = useSelection((state) => state.edgeId === id);
  const from = useInternalNode(data?.questionedSource ?? "");
  const to = useInternalNode(data?.questionedTarget ?? "");
  const dimmed = useExploreView(
    (view) =>
      isDimmed(view, source) ||
      isDimmed(view, data?.questionedSource ?? "") ||
      isDimmed(view, data?.questionedTarget ?? ""),
  );
  const route = useLineRoute(id, { x: sourceX, y: sourceY });
  const area = useContext(DrawnAreaContext);
  if (!from || !to) return null;
  const start = topCentre(from);
  const end = bottomCentre(to);
  // The middle of the questioned line: of its curve, or of its straight pieces when it is long, which
  // is the same point.
  const [, curveX, curveY] = getBezierPath({
    sourceX: start.x,
    sourceY: start.y,
    sourcePosition: Position.Top,
    targetX: end.x,
    targetY: end.y,
    targetPosition: Position.Bottom,
  });
  const middle = { x: curveX, y: curveY };
  // In the columns layout, routed round the cards to the middle of the routed line it questions; a long
  // one drawn only around the view.
  const long = route ? null : longLineInArea({ x: sourceX, y: sourceY }, middle, area);
  const pieces = route
    ? [route.path]
    : (long?.pieces ?? [
        getBezierPath({
          sourceX,
          sourceY,
          sourcePosition: Position.Top,
          targetX: curveX,
          targetY: curveY,
          targetPosition: Position.Bottom,
        })[0],
      ]);
  return (
    <LinePieces
      pieces={pieces}
      endShown={long?.endShown ?? true}
      className={`react-flow__edge-path relation-path relation-undercut${dimmed ? " is-dimmed" : ""}${selected ? " is-selected" : ""}`}
      marker={MARKER_IDS.undercut}
    />
  );
}

function topCentre(node: InternalNode): { x: number; y: number } {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.measured.width ?? 0) / 2, y };
}

function bottomCentre(node: InternalNode): { x: number; y: number } {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) };
}

export const UndercutEdge = memo(UndercutEdgeImpl);
