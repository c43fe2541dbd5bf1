/**
 * Clicks on the canvas select: a click selects a node (shift, ctrl or cmd adds it to the selection or takes
 * it out), a click on an edge selects the edge, a click on empty canvas clears the selection, and a
 * double-click on a node opens its text for editing. The selection lives in the edit store
 * (../edit/selection.ts).
 */
import type { EdgeMouseHandler, NodeMouseHandler } from "@xyflow/react";
import { useCallback } from "react";
import { startEditing } from "../edit/commands";
import { clearSelection, selectEdge, selectNodes, toggleNodeInSelection } from "../edit/selection";
import type { ArgumentCanvasEdge, ArgumentCanvasNode } from "./canvas-elements";

export function useSelectionHandlers() {
  const onNodeClick: NodeMouseHandler<ArgumentCanvasNode> = useCallback((event, node) => {
    if (event.shiftKey || event.metaKey || event.ctrlKey) toggleNodeInSelection(node.id);
    else selectNodes([node.id]);
  }, []);
  const onNodeDoubleClick: NodeMouseHandler<ArgumentCanvasNode> = useCallback(
    (_event, node) => startEditing(node.id),
    [],
  );
  const onEdgeClick: EdgeMouseHandler<ArgumentCanvasEdge> = useCallback(
    (_event, edge) => selectEdge(edge.id),
    [],
  );
  const onPaneClick = useCallback(() => clearSelection(), []);
  return { onNodeClick, onNodeDoubleClick, onEdgeClick, onPaneClick };
}
