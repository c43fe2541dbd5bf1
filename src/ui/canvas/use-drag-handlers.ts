/**
 * Dragging nodes: a node dragged from outside the selection becomes the selection, so what moves is what
 * is selected; a dragged box selection keeps its new positions in the map when let go. A single node's
 * drag ends in `onNodeDragStop` (use-canvas-elements.ts), which also ends the drag it draws.
 */
import type { OnNodeDrag, SelectionDragHandler } from "@xyflow/react";
import { useCallback } from "react";
import { useEditStore } from "../../store/app-stores";
import { selectNodes } from "../edit/selection";
import { commitPositions } from "../explore/commands";
import type { ArgumentCanvasNode } from "./canvas-elements";

export function useDragHandlers() {
  const onNodeDragStart: OnNodeDrag<ArgumentCanvasNode> = useCallback((_event, node) => {
    if (!useEditStore.getState().nodeIds.has(node.id)) selectNodes([node.id]);
  }, []);
  const onSelectionDragStop: SelectionDragHandler<ArgumentCanvasNode> = useCallback((_event, moved) => {
    commitPositions(moved.map((node) => ({ id: node.id, x: node.position.x, y: node.position.y })));
  }, []);
  return { onNodeDragStart, onSelectionDragStop };
}
