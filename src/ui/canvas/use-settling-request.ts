/**
 * Answers a counted request of the canvas (show the start view, show the whole map) once the canvas has
 * a size, and again when its size changes soon after: opening the side panel, or a strip loading above
 * the map, narrows or shortens the canvas a moment after the request, and the answer is for the canvas
 * as it ends up. A request is answered only once the layout is `ready`: a big map's new layout (a change
 * of layout style) comes from the layout worker a moment later, and fitting the places that stand in for
 * it until then would frame a map that is about to change shape.
 */
import { useStore } from "@xyflow/react";
import { useEffect, useRef } from "react";

/** How long after a request a new canvas size is taken as the page settling. */
const SETTLE_MS = 1_500;

/** `request`: 0 for none yet; each new number is answered. */
export function useSettlingRequest(request: number, answer: () => void, ready: boolean): void {
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const answered = useRef({ request: 0, at: 0 });
  useEffect(() => {
    if (request === 0 || width === 0 || height === 0 || !ready) return;
    const fresh = answered.current.request !== request;
    if (!fresh && performance.now() - answered.current.at > SETTLE_MS) return;
    if (fresh) answered.current = { request, at: performance.now() };
    answer();
  }, [request, width, height, ready, answer]);
}
