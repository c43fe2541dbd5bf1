/**
 * The far level of detail (see far-detail.ts): the map's nodes as blocks and its relations as lines, on
 * one canvas under React Flow's pane, redrawn when the view moves or the selection changes. Drawing
 * culls to the view, so a frame costs a loop over the map's arrays and a fill per kind: a few
 * milliseconds at 10,000 nodes. The blocks answer clicks, drags (use-block-pointer.ts) and the selection
 * box (use-block-box.ts) as nodes do, the selected ones are drawn marked (selected-blocks.ts), and
 * editing a point zooms in to it.
 */
import { useStoreApi } from "@xyflow/react";
import { useCallback, useEffect, useRef } from "react";
import { useApp } from "../../app-context";
import { type BlockScene, drawScene, readPalette } from "./block-scene";
import { drawSelectedBlocks } from "./selected-blocks";
import { useBlockBox } from "./use-block-box";
import { useBlockPointer } from "./use-block-pointer";
import { useEditingComesNear } from "./use-editing-comes-near";

export function FarLayer({ scene }: { scene: BlockScene }) {
  const app = useApp();
  const canvas = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();
  // While blocks are dragged, the scene with their new places; drawn instead of the map's own.
  const dragged = useRef<BlockScene | null>(null);
  const redraw = useRef(() => {});
  const onDrag = useCallback((moved: BlockScene | null) => {
    dragged.current = moved;
    redraw.current();
  }, []);
  useBlockPointer(scene, { onDrag });
  useBlockBox(scene);
  useEditingComesNear();
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext("2d");
    if (!element || !context) return;
    const palette = readPalette(element);
    let drawn = "";
    let selected = app.stores.selection.getState().nodeIds;
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
      const shown = dragged.current ?? scene;
      drawScene(context, shown, { x, y, zoom }, { width, height }, palette, true);
      drawSelectedBlocks(context, shown, { x, y, zoom }, selected, palette);
    };
    redraw.current = () => {
      drawn = "";
      draw();
    };
    draw();
    const stopFollowingView = store.subscribe(draw);
    const stopFollowingSelection = app.stores.selection.subscribe((state) => {
      if (state.nodeIds === selected) return;
      selected = state.nodeIds;
      redraw.current();
    });
    return () => {
      stopFollowingView();
      stopFollowingSelection();
    };
  }, [store, scene, app.stores.selection]);
  // A picture of what the overview and the outline already tell in words.
  return <canvas ref={canvas} className="far-layer" />;
}
