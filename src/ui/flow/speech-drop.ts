/**
 * Dragging a point into a speech of the flow: a point in no speech yet (or a cell, to move it to another
 * speech) is dragged onto a column, and the column under the pointer names the speech it is placed in.
 */
import type { DragEvent } from "react";

/** The drag's data type, so a drop takes only points dragged from the flow, not text or files. */
const POINT_TYPE = "application/x-warrant-point";

export function startPointDrag(event: DragEvent<HTMLElement>, id: string): void {
  event.dataTransfer.setData(POINT_TYPE, id);
  event.dataTransfer.effectAllowed = "move";
}

/**
 * The handlers of the area the columns are drawn in: `speechAt` names the speech under a pointer's x on
 * screen (undefined outside every column), `place` puts the dragged point there.
 */
export function speechDropHandlers(
  speechAt: (clientX: number) => string | undefined,
  place: (id: string, speechId: string) => void,
) {
  return {
    onDragOver(event: DragEvent<HTMLElement>) {
      if (!event.dataTransfer.types.includes(POINT_TYPE) || speechAt(event.clientX) === undefined) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
    },
    onDrop(event: DragEvent<HTMLElement>) {
      const id = event.dataTransfer.getData(POINT_TYPE);
      const speechId = speechAt(event.clientX);
      if (id === "" || speechId === undefined) return;
      event.preventDefault();
      place(id, speechId);
    },
  };
}
