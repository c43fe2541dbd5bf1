/**
 * Hands React Flow only the part of a big map around the view (see view-window.ts), choosing the area
 * again when the view leaves it: a watch on React Flow's store, which renders only when the area changes,
 * not on every frame of a pan. While a big map is drawn far away on a canvas (far/far-detail.ts), React
 * Flow is handed no nodes at all. The area is handed to the lines too (`DrawnAreaContext`), which draw
 * only their part in it (long-lines-in-area.ts).
 */
import { useStoreApi } from "@xyflow/react";
import { createContext, useEffect, useMemo, useRef, useState } from "react";
import type { ArgumentCanvasEdge, ArgumentCanvasNode } from "./canvas-elements";
import {
  type Area,
  areaAround,
  type CanvasElements,
  elementsNear,
  type PlacedElements,
  placeElements,
  sameOr,
  stillServes,
  viewArea,
} from "./view-window";

/** The area around the view that the canvas was handed; null when it was handed the whole map. */
export const DrawnAreaContext = createContext<Area | null>(null);

const NO_NODES: ArgumentCanvasNode[] = [];
const NO_EDGES: ArgumentCanvasEdge[] = [];

/** `enabled`: the map is big enough to be handed over in parts; `far`: it is drawn elsewhere. */
export function useViewWindow(
  nodes: ArgumentCanvasNode[],
  edges: ArgumentCanvasEdge[],
  enabled: boolean,
  far: boolean,
): CanvasElements & { area: Area | null } {
  const store = useStoreApi();
  const [area, setArea] = useState<Area | null>(null);
  const chosen = useRef<Area | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const follow = () => {
      const { transform, width, height } = store.getState();
      if (width === 0 || height === 0) return;
      const view = viewArea(transform, width, height);
      if (chosen.current && stillServes(chosen.current, view)) return;
      chosen.current = areaAround(view);
      setArea(chosen.current);
    };
    follow();
    return store.subscribe(follow);
  }, [enabled, store]);

  const lastPlaced = useRef<PlacedElements | null>(null);
  const placed = useMemo(() => {
    lastPlaced.current = enabled ? placeElements(nodes, edges, lastPlaced.current) : null;
    return lastPlaced.current;
  }, [nodes, edges, enabled]);
  const handed = useRef<CanvasElements>({ nodes: NO_NODES, edges: NO_EDGES });
  const elements = useMemo(() => {
    if (!placed) return { nodes, edges };
    // Until the canvas knows its size there is no view to draw: nothing to hand over yet.
    const near = far || !area ? { nodes: NO_NODES, edges: NO_EDGES } : elementsNear(placed, area);
    const before = handed.current;
    const next = { nodes: sameOr(before.nodes, near.nodes), edges: sameOr(before.edges, near.edges) };
    handed.current = next;
    return next.nodes === before.nodes && next.edges === before.edges ? before : next;
  }, [nodes, edges, placed, area, far]);
  return { nodes: elements.nodes, edges: elements.edges, area: placed ? area : null };
}
