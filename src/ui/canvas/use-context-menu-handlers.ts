/**
 * Right-click on a node, an edge or empty canvas opens the context menu (../edit/ContextMenu.tsx) at the
 * pointer, by putting its place and target in the edit store. A node outside the selection, or an edge,
 * is selected first, so the menu acts on what it was opened on; on empty canvas the menu keeps the flow
 * position, for the node it may add there.
 */
import { type EdgeMouseHandler, type NodeMouseHandler, useReactFlow } from "@xyflow/react";
import { type MouseEvent, useCallback } from "react";
import { useApp } from "../app-context";
import type { ArgumentCanvasEdge, ArgumentCanvasNode } from "./canvas-elements";

export function useContextMenuHandlers() {
  const app = useApp();
  const { selectEdge, selectNodes } = app.commands.selection;
  const { screenToFlowPosition } = useReactFlow();
  const onNodeContextMenu: NodeMouseHandler<ArgumentCanvasNode> = useCallback(
    (event, node) => {
      event.preventDefault();
      if (!app.stores.selection.getState().nodeIds.has(node.id)) selectNodes([node.id]);
      app.stores.edit.setState({
        contextMenu: { x: event.clientX, y: event.clientY, target: { kind: "node", id: node.id } },
      });
    },
    [app.stores.edit.setState, selectNodes, app.stores.selection.getState],
  );
  const onEdgeContextMenu: EdgeMouseHandler<ArgumentCanvasEdge> = useCallback(
    (event, edge) => {
      event.preventDefault();
      selectEdge(edge.id);
      app.stores.edit.setState({
        contextMenu: { x: event.clientX, y: event.clientY, target: { kind: "edge", id: edge.id } },
      });
    },
    [selectEdge, app.stores.edit.setState],
  );
  const onPaneContextMenu = useCallback(
    (event: MouseEvent | globalThis.MouseEvent) => {
      event.preventDefault();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      app.stores.edit.setState({
        contextMenu: {
          x: event.clientX,
          y: event.clientY,
          target: { kind: "pane", at: { x: Math.round(at.x), y: Math.round(at.y) } },
        },
      });
    },
    [screenToFlowPosition, app.stores.edit.setState],
  );
  return { onNodeContextMenu, onEdgeContextMenu, onPaneContextMenu };
}
