/**
 * Dragging nodes: a node dragged from outside the selection becomes the selection, so what moves is what
 * is selected; a dragged box selection keeps its new positions in the map when let go. A single node's
 * drag ends in `onNodeDragStop` (use-canvas-elements.ts), which also ends the drag it draws.
 */
import type { OnNodeDrag, SelectionDragHandler } from "@xyflow/react";
import { useCallback } from "react";
import { useApp } from "../app-context";
import type { ArgumentCanvasNode } from "./canvas-elements";

export function useDragHandlers() {
  const app = useApp();
  const { commitPositions } = app.commands.explore;
  const { selectNodes } = app.commands.selection;
  const onNodeDragStart: OnNodeDrag<ArgumentCanvasNode> = useCallback(
    (_event, node) => {
      if (!app.stores.selection.getState().nodeIds.has(node.id)) selectNodes([node.id]);
    },
    [selectNodes, app.stores.selection.getState],
  );
  const onSelectionDragStop: SelectionDragHandler<ArgumentCanvasNode> = useCallback(
    (_event, moved) => {
      commitPositions(moved.map((node) => ({ id: node.id, x: node.position.x, y: node.position.y })));
    },
    [commitPositions],
  );
  return { onNodeDragStart, onSelectionDragStop };
}
