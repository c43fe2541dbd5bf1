/**
 * The room a fit may use on the canvas as it is now: its size less what floats over it (fit-room.ts).
 * Read at the moment of the fit, since the legend opens and closes and the overview shows or hides.
 */
import { useStoreApi } from "@xyflow/react";
import { useCallback } from "react";
import { clearRoom, floatingBoxes } from "./fit-room";
import type { RoomFor } from "./start-viewport";

export function useRoom(): () => RoomFor {
  const store = useStoreApi();
  return useCallback(() => {
    const { domNode, width, height } = store.getState();
    const boxes = domNode ? floatingBoxes(domNode) : [];
    return (content) => clearRoom({ width, height }, boxes, content);
  }, [store]);
}
