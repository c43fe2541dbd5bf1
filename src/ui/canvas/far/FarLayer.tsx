/**
 * The far level of detail (see far-detail.ts): the map's nodes as blocks and its relations as lines, on
 * one canvas under React Flow's pane, redrawn when the view moves. Drawing culls to the view, so a frame
 * costs a loop over the map's arrays and a fill per kind: a few milliseconds at 10,000 nodes.
 */
import { useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { type BlockScene, drawScene, readPalette } from "./block-scene";

export function FarLayer({ scene }: { scene: BlockScene }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext("2d");
    if (!element || !context) return;
    const palette = readPalette(element);
    let drawn = "";
    const draw = () => {
      const { transform, width, height } = store.getState();
      const key = `${transform.join(",")}/${width}x${height}`;
      if (key === drawn || width === 0 || height === 0) return;
      drawn = key;
      const ratio = window.devicePixelRatio || 1;
      if (element.width !== Math.round(width * ratio) || element.height !== Math.round(height * ratio)) {
        element.width = Math.round(width * ratio);
        element.height = Math.round(height * ratio);
        element.style.width = `${width}px`;
        element.style.height = `${height}px`;
      }
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      const [x, y, zoom] = transform;
      drawScene(context, scene, { x, y, zoom }, { width, height }, palette, true);
    };
    draw();
    return store.subscribe(draw);
  }, [store, scene]);
  // A picture of what the overview and the outline already tell in words.
  return <canvas ref={canvas} className="far-layer" />;
}
