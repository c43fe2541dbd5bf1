/**
 * The room a fit may use on the canvas as it is now: its size less what floats over it (fit-room.ts),
 * whose boxes are watched as the legend opens and closes and the overview shows or hides
 * (use-floating-boxes.ts).
 */
import { useStoreApi } from "@xyflow/react";
import { useCallback } from "react";
import { clearRoom } from "./fit-room";
import type { RoomFor } from "./start-viewport";
import { useFloatingBoxes } from "./use-floating-boxes";

export function useRoom(): () => RoomFor {
  const store = useStoreApi();
  const floating = useFloatingBoxes();
  return useCallback(() => {
    const { width, height } = store.getState();
    const boxes = floating();
    return (content) => clearRoom({ width, height }, boxes, content);
  }, [store, floating]);
}
