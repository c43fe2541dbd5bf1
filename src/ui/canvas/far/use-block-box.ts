/**
 * Shift+drag box selection in the far view. React Flow draws the box and reports the nodes it covers,
 * but far out it is handed no nodes (the map is drawn as blocks), so it finds none: the blocks wholly
 * inside the box are found here, in the grid (block-hits.ts), each time the box changes, and go into the
 * edit store's selection as React Flow's would (use-box-selection.ts clears it when the box starts and
 * makes a single chosen point the primary selection when it ends).
 */
import { useStoreApi } from "@xyflow/react";
import { useEffect } from "react";
import { useApp } from "../../app-context";
import { blocksInside, gridOf } from "./block-hits";
import type { BlockScene } from "./block-scene";

export function useBlockBox(scene: BlockScene): void {
  const app = useApp();
  const store = useStoreApi();
  useEffect(() => {
    let box: unknown = null;
    return store.subscribe((state) => {
      const rect = state.userSelectionRect;
      if (!state.userSelectionActive || !rect || rect === box) return;
      box = rect;
      const [tx, ty, zoom] = state.transform;
      const inside = blocksInside(
        gridOf(scene),
        (rect.x - tx) / zoom,
        (rect.y - ty) / zoom,
        (rect.x + rect.width - tx) / zoom,
        (rect.y + rect.height - ty) / zoom,
      );
      const current = app.stores.selection.getState().nodeIds;
      const same = inside.length === current.size && inside.every((i) => current.has(scene.ids[i] as string));
      if (!same) app.stores.selection.getState().selectNodes(inside.map((i) => scene.ids[i] as string));
    });
  }, [store, scene, app.stores.selection]);
}
