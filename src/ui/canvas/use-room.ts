/**
 * The room a fit may use on the canvas as it is now: its size less what floats over it (fit-room.ts).
 * The legend opens and closes and the overview shows or hides, so the floating boxes are watched
 * (floating-boxes-watch.ts) rather than read at the moment of the fit, which would make the browser lay
 * the page out in the middle of an edit.
 */
import { useStoreApi } from "@xyflow/react";
import { useCallback, useEffect, useRef } from "react";
import { clearRoom } from "./fit-room";
import { type FloatingBoxesWatch, watchFloatingBoxes } from "./floating-boxes-watch";
import type { RoomFor } from "./start-viewport";

export function useRoom(): () => RoomFor {
  const store = useStoreApi();
  const watch = useRef<{ canvas: HTMLElement; boxes: FloatingBoxesWatch } | null>(null);
  useEffect(
    () => () => {
      watch.current?.boxes.stop();
      watch.current = null;
    },
    [],
  );
  return useCallback(() => {
    const { domNode, width, height } = store.getState();
    let boxes: FloatingBoxesWatch["boxes"] = () => [];
    if (domNode) {
      if (watch.current?.canvas !== domNode) {
        watch.current?.boxes.stop();
        watch.current = { canvas: domNode, boxes: watchFloatingBoxes(domNode) };
      }
      boxes = watch.current.boxes.boxes;
    }
    return (content) => clearRoom({ width, height }, boxes(), content);
  }, [store]);
}
