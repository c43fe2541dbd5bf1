/**
 * Every pointer gesture the canvas answers, as React Flow props: clicks that select
 * (use-selection-handlers.ts), right-clicks that open the context menu (use-context-menu-handlers.ts),
 * Shift+drag box selection (use-box-selection.ts), dragging nodes (use-drag-handlers.ts) and
 * double-click on empty canvas to add a node (use-double-click-to-add.ts). Each handler is stable
 * across renders, so React Flow is not handed new ones.
 */
import type { OnNodesChange } from "@xyflow/react";
import type { ArgumentCanvasNode } from "./canvas-elements";
import { useBoxSelection } from "./use-box-selection";
import { useContextMenuHandlers } from "./use-context-menu-handlers";
import { useDoubleClickToAdd } from "./use-double-click-to-add";
import { useDragHandlers } from "./use-drag-handlers";
import { useSelectionHandlers } from "./use-selection-handlers";

export function usePointerHandlers(onNodesChange: OnNodesChange<ArgumentCanvasNode>) {
  return {
    ...useSelectionHandlers(),
    ...useContextMenuHandlers(),
    ...useBoxSelection(onNodesChange),
    ...useDragHandlers(),
    onDoubleClick: useDoubleClickToAdd(),
  };
}
