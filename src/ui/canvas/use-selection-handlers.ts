/**
 * Clicks on the canvas select: a click selects a node (shift, ctrl or cmd adds it to the selection or takes
 * it out), a click on an edge selects the edge, a click on empty canvas clears the selection, and a
 * double-click on a node opens its text for editing. The selection lives in the selection
 * store (store/selection-store.ts), changed by the selection commands (app/commands/selection-commands.ts).
 */
import type { EdgeMouseHandler, NodeMouseHandler } from "@xyflow/react";
import { useCallback } from "react";
import { useApp } from "../app-context";
import type { ArgumentCanvasEdge, ArgumentCanvasNode } from "./canvas-elements";

export function useSelectionHandlers() {
  const app = useApp();
  const { clearSelection, selectEdge, selectNodes, toggleNodeInSelection } = app.commands.selection;
  const { startEditing } = app.commands.edit;
  const onNodeClick: NodeMouseHandler<ArgumentCanvasNode> = useCallback(
    (event, node) => {
      if (event.shiftKey || event.metaKey || event.ctrlKey) toggleNodeInSelection(node.id);
      else selectNodes([node.id]);
    },
    [toggleNodeInSelection, selectNodes],
  );
  const onNodeDoubleClick: NodeMouseHandler<ArgumentCanvasNode> = useCallback(
    (_event, node) => startEditing(node.id),
    [startEditing],
  );
  const onEdgeClick: EdgeMouseHandler<ArgumentCanvasEdge> = useCallback(
    (_event, edge) => selectEdge(edge.id),
    [selectEdge],
  );
  const onPaneClick = useCallback(() => clearSelection(), [clearSelection]);
  return { onNodeClick, onNodeDoubleClick, onEdgeClick, onPaneClick };
}
