/**
 * Answers the toolbar's Whole map (the UI store's `showWholeMap`): fits the whole map into the room the
 * floating controls leave. Opening the side panel narrows the canvas a moment later, so a size change
 * soon after the request fits again.
 */
import { type Rect, useStore } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useUiStore } from "../../store/app-stores";
import { NODE_SIZE } from "../layout/layout-graph";
import type { ArgumentFlowNode } from "./flow-elements";
import { boundsOf, rectOf } from "./start-viewport";

/** How long after a request a new canvas size is taken for the panel opening. */
const SETTLE_MS = 1_000;

/** `showWhole`: far/far-detail.ts's, which fits bounds into the room and hides a big map's nodes first. */
export function useWholeMap(nodes: readonly ArgumentFlowNode[], showWhole: (bounds: Rect) => void): void {
  const request = useUiStore((state) => state.wholeMapRequest);
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const answered = useRef({ request: 0, at: 0 });
  useEffect(() => {
    if (request === 0 || width === 0 || height === 0) return;
    const fresh = answered.current.request !== request;
    if (!fresh && performance.now() - answered.current.at > SETTLE_MS) return;
    if (fresh) answered.current = { request, at: performance.now() };
    const bounds = boundsOf(
      nodes.map((node) => node.position),
      NODE_SIZE,
    );
    if (bounds) showWhole(rectOf(bounds));
  }, [request, width, height, nodes, showWhole]);
}
