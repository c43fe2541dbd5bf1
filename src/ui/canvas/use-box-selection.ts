/**
 * Shift+drag on empty canvas draws a box that selects the nodes it covers. While the box is drawn,
 * React Flow reports the nodes it covers as "select" node changes; they go into the edit store's
 * selection, and every change still goes on to `onNodesChange` (use-canvas-elements.ts). When the box
 * ends, a single node chosen becomes the primary selection, which the inspector shows.
 */
import type { NodeChange, OnNodesChange } from "@xyflow/react";
import { useCallback, useRef } from "react";
import type { App } from "../../app/create-app";
import { useApp } from "../app-context";
import type { ArgumentCanvasNode } from "./canvas-elements";

export function useBoxSelection(onNodesChange: OnNodesChange<ArgumentCanvasNode>) {
  const app = useApp();
  const boxing = useRef(false);
  const onCanvasNodesChange = useCallback(
    (changes: NodeChange<ArgumentCanvasNode>[]) => {
      if (boxing.current) applyBoxSelection(app, changes);
      onNodesChange(changes);
    },
    [onNodesChange, app],
  );
  const onSelectionStart = useCallback(() => {
    boxing.current = true;
    app.stores.selection.getState().clear();
  }, [app.stores.selection]);
  const onSelectionEnd = useCallback(() => {
    boxing.current = false;
    // The boxed points are selected in the order the box reached them: the last is the primary one.
  }, []);
  return { onNodesChange: onCanvasNodesChange, onSelectionStart, onSelectionEnd };
}

function applyBoxSelection(app: App, changes: readonly NodeChange<ArgumentCanvasNode>[]): void {
  let next: Set<string> | null = null;
  for (const change of changes) {
    if (change.type !== "select") continue;
    next ??= new Set(app.stores.selection.getState().nodeIds);
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  if (next) app.stores.selection.getState().selectNodes([...next]);
}
