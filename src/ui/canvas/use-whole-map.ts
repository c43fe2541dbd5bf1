/**
 * Answers the toolbar's Whole map (the explore commands' `showWholeMap`): fits the whole map into the
 * room the floating controls leave, once its layout is final, and again if the canvas changes size as the
 * side panel opens.
 */
import type { Rect } from "@xyflow/react";
import { useCallback, useRef } from "react";
import { useUiStore } from "../app-context";
import { NODE_SIZE } from "../layout/layout-graph";
import type { ArgumentCanvasNode } from "./canvas-elements";
import { boundsOf, rectOf } from "./start-viewport";
import { useSettlingRequest } from "./use-settling-request";

/**
 * `showWhole`: far/far-detail.ts's, which fits bounds into the room and hides a big map's nodes first.
 * `layoutFinal`: the nodes stand where their layout puts them, not where they wait for the worker's.
 */
export function useWholeMap(
  nodes: readonly ArgumentCanvasNode[],
  showWhole: (bounds: Rect) => void,
  layoutFinal: boolean,
): void {
  const request = useUiStore((state) => state.wholeMapRequest);
  const latest = useRef(nodes);
  latest.current = nodes;
  const fit = useCallback(() => {
    const bounds = boundsOf(
      latest.current.map((node) => node.position),
      NODE_SIZE,
    );
    if (bounds) showWhole(rectOf(bounds));
  }, [showWhole]);
  useSettlingRequest(request, fit, layoutFinal);
}
