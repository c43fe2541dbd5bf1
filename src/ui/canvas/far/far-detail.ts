/**
 * When a big map is zoomed far out, its nodes are a few pixels wide: an element per node (and the edges
 * between them) would cost the page thousands of elements to lay out and paint on every frame, for
 * blocks of colour. Below FAR_DETAIL_ZOOM such a map is drawn instead as blocks and lines on one canvas
 * (FarLayer), and the nodes are hidden from React Flow, so it neither keeps elements for them nor looks
 * for the ones in view on every frame. Small maps keep their elements at every zoom: they are cheap and
 * can still be dragged.
 */
import { type Rect, useReactFlow, useStore, useStoreApi } from "@xyflow/react";
import { useCallback, useState } from "react";
import { FAR_BELOW_ZOOM } from "../card-zoom";
import { LABEL_REACH } from "../labels/label-size";
import { fitBounds } from "../start-viewport";
import { useRoom } from "../use-room";

/** At this zoom a node is 60 × 29 pixels and its words, about 3 pixels high, are hidden anyway. */
export const FAR_DETAIL_ZOOM = 0.25;
/** The whole map is never shown larger than its full size. */
const MAX_WHOLE_ZOOM = 1;

/** `reduced`: a dense map drawn far at every zoom (dense-drawing.ts). */
export function useFarDetail(nodeCount: number, bigAbove: number, reduced = false) {
  const big = nodeCount > bigAbove || reduced;
  const zoomedFar = useStore((state) => state.transform[2] < FAR_DETAIL_ZOOM);
  // Jumping far out (Fit View), the nodes are hidden first: were the view to move first, React Flow
  // would put every node of the map in the page for the one frame before they are hidden.
  const [goingFar, setGoingFar] = useState(false);
  const store = useStoreApi();
  const { setViewport } = useReactFlow();
  const room = useRoom();

  /** Shows `bounds` (flow coordinates) whole, in the room the floating controls leave (fit-room.ts). */
  const showWhole = useCallback(
    (bounds: Rect) => {
      const { minZoom, maxZoom } = store.getState();
      const box = {
        minX: bounds.x,
        minY: bounds.y,
        maxX: bounds.x + bounds.width,
        maxY: bounds.y + bounds.height,
      };
      const roomFor = room();
      const fitInset = (inset: number) =>
        fitBounds(box, roomFor, Math.min(maxZoom, MAX_WHOLE_ZOOM), minZoom, inset);
      // So far out that points are named in labels, the room is kept for the labels of the points at the
      // map's edges too (the thesis's, at the top, would otherwise reach under the legend).
      const whole = fitInset(0);
      const target = whole.zoom < FAR_BELOW_ZOOM ? fitInset(LABEL_REACH) : whole;
      if (!big || target.zoom >= FAR_DETAIL_ZOOM) {
        void setViewport(target);
        return;
      }
      setGoingFar(true);
      // React Flow takes in the hidden nodes in an effect after the render: two frames later.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          void setViewport(target);
          setGoingFar(false);
        }),
      );
    },
    [big, store, setViewport, room],
  );
  return { far: reduced || (big && (zoomedFar || goingFar)), showWhole };
}
