/**
 * Double-click on empty canvas adds a new node centred there, of the kind `freeKind` picks (React Flow's
 * zoom on double-click is turned off in MapCanvas.tsx). A double-click on a node edits it instead
 * (use-selection-handlers.ts).
 */
import { useReactFlow } from "@xyflow/react";
import { type MouseEvent, useCallback } from "react";
import { useApp } from "../app-context";
import { NODE_SIZE } from "../layout/layout-graph";

export function useDoubleClickToAdd() {
  const app = useApp();
  const { addFree, freeKind } = app.commands.edit;
  const { screenToFlowPosition } = useReactFlow();
  return useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!(event.target as Element).classList.contains("react-flow__pane")) return;
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addFree(freeKind(), {
        x: Math.round(at.x - NODE_SIZE.width / 2),
        y: Math.round(at.y - NODE_SIZE.height / 2),
      });
    },
    [screenToFlowPosition, freeKind, addFree],
  );
}
