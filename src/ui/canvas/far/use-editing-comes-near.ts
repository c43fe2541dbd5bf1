/**
 * Editing a point while the map is drawn far out (Enter on the selected point, or the context menu's
 * Edit) brings the point into view at a readable zoom: its words are edited on its node, which the far
 * view does not draw.
 */
import { useEffect } from "react";
import { useEditStore } from "../../../store/app-stores";
import { selectNode } from "../../explore/commands";

export function useEditingComesNear(): void {
  useEffect(
    () =>
      useEditStore.subscribe((state, before) => {
        if (state.editingId !== null && state.editingId !== before.editingId)
          selectNode(state.editingId, { center: true, keepSet: true });
      }),
    [],
  );
}
