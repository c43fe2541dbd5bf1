/**
 * Shift+drag on empty canvas draws a box that selects the nodes it covers. While the box is drawn,
 * React Flow reports the nodes it covers as "select" node changes; they go into the edit store's
 * selection, and every change still goes on to `onNodesChange` (use-canvas-elements.ts). When the box
 * ends, a single node chosen becomes the primary selection, which the inspector shows.
 */
import type { NodeChange, OnNodesChange } from "@xyflow/react";
import { useCallback, useRef } from "react";
import { useEditStore } from "../../store/app-stores";
import { setPrimaryKeepingSet } from "../edit/selection";
import type { ArgumentCanvasNode } from "./canvas-elements";

export function useBoxSelection(onNodesChange: OnNodesChange<ArgumentCanvasNode>) {
  const boxing = useRef(false);
  const onCanvasNodesChange = useCallback(
    (changes: NodeChange<ArgumentCanvasNode>[]) => {
      if (boxing.current) applyBoxSelection(changes);
      onNodesChange(changes);
    },
    [onNodesChange],
  );
  const onSelectionStart = useCallback(() => {
    boxing.current = true;
    useEditStore.setState({ nodeIds: new Set(), edgeId: null });
  }, []);
  const onSelectionEnd = useCallback(() => {
    boxing.current = false;
    const chosen = [...useEditStore.getState().nodeIds];
    setPrimaryKeepingSet(chosen.length === 1 ? (chosen[0] as string) : null);
  }, []);
  return { onNodesChange: onCanvasNodesChange, onSelectionStart, onSelectionEnd };
}

function applyBoxSelection(changes: readonly NodeChange<ArgumentCanvasNode>[]): void {
  let next: Set<string> | null = null;
  for (const change of changes) {
    if (change.type !== "select") continue;
    next ??= new Set(useEditStore.getState().nodeIds);
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  if (next) useEditStore.setState({ nodeIds: next });
}
