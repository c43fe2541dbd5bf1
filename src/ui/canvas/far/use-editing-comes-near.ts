/**
 * Editing a point while the map is drawn far out (Enter on the selected point, or the context menu's
 * Edit) brings the point into view at a readable zoom: its words are edited on its node, which the far
 * view does not draw.
 */
import { useEffect } from "react";
import { useApp } from "../../app-context";

export function useEditingComesNear(): void {
  const app = useApp();
  const { selectNode } = app.commands.explore;
  useEffect(
    () =>
      app.stores.selection.subscribe((state, before) => {
        if (state.editingId !== null && state.editingId !== before.editingId)
          selectNode(state.editingId, { center: true, keepSet: true });
      }),
    [selectNode, app.stores.selection],
  );
}
