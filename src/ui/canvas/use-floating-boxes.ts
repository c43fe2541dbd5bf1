/**
 * The boxes of what floats over the canvas (the legend, the zoom buttons, the Start view and Tidy up
 * buttons, the overview), in pixels from the canvas's top-left corner, as they are now. Kept measured
 * by a watch (floating-boxes-watch.ts) rather than read when asked, which would make the browser lay the
 * page out in the middle of an edit.
 */
import { useStoreApi } from "@xyflow/react";
import { useCallback, useEffect, useRef } from "react";
import type { Box } from "./fit-room";
import { type FloatingBoxesWatch, watchFloatingBoxes } from "./floating-boxes-watch";

export function useFloatingBoxes(): () => Box[] {
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
    const { domNode } = store.getState();
    if (!domNode) return [];
    if (watch.current?.canvas !== domNode) {
      watch.current?.boxes.stop();
      watch.current = { canvas: domNode, boxes: watchFloatingBoxes(domNode) };
    }
    return watch.current.boxes.boxes();
  }, [store]);
}
