/**
 * Answers a counted request of the canvas (show the start view, show the whole map) once the canvas has
 * a size, and again when its size changes soon after: opening the side panel, or a strip loading above
 * the map, narrows or shortens the canvas a moment after the request, and the answer is for the canvas
 * as it ends up.
 */
import { useStore } from "@xyflow/react";
import { useEffect, useRef } from "react";

/** How long after a request a new canvas size is taken as the page settling. */
const SETTLE_MS = 1_500;

/** `request`: 0 for none yet; each new number is answered. */
export function useSettlingRequest(request: number, answer: () => void): void {
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const answered = useRef({ request: 0, at: 0 });
  useEffect(() => {
    if (request === 0 || width === 0 || height === 0) return;
    const fresh = answered.current.request !== request;
    if (!fresh && performance.now() - answered.current.at > SETTLE_MS) return;
    if (fresh) answered.current = { request, at: performance.now() };
    answer();
  }, [request, width, height, answer]);
}
