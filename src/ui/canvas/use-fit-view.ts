/**
 * The canvas's Fit View: shows the whole map, from the bounds of its block scene (far/block-scene.ts),
 * through `showWhole` (far/far-detail.ts), which on a big map hides the nodes before zooming far out.
 */
import type { Rect } from "@xyflow/react";
import { useCallback } from "react";
import type { BlockScene } from "./far/block-scene";
import { rectOf } from "./start-viewport";

export function useFitView(scene: BlockScene, showWhole: (bounds: Rect) => void): () => void {
  return useCallback(() => {
    const { bounds } = scene;
    if (bounds) showWhole(rectOf(bounds));
  }, [scene, showWhole]);
}
