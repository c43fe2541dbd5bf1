/**
 * Hands the picture export (../interop/canvas-picture.ts) what only the canvas knows while it is on the
 * page: the element that holds the drawn map, the bounds of every node or of the selected ones, whether
 * those are all in the page (not so on a big map, which draws only the nodes in view, nor when it is
 * zoomed far out and drawn as blocks), and the map as blocks, to picture it from when they are not.
 * The nodes are all the canvas's nodes, not only those a big map hands React Flow (use-view-window.ts).
 */
import { useEffect, useRef } from "react";
import { provideCanvasPicture } from "../interop/canvas-picture";
import { NODE_SIZE } from "../layout/layout-graph";
import { type BlockScene, readPalette } from "./far/block-scene";
import type { ArgumentFlowNode } from "./flow-elements";

export function useCanvasPicture(scene: BlockScene, nodes: readonly ArgumentFlowNode[]): void {
  const latest = useRef(nodes);
  latest.current = nodes;
  useEffect(() => {
    provideCanvasPicture(() => {
      const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
      if (!viewport) return null;
      const chosen = (onlySelection: boolean) =>
        latest.current.filter((node) => !onlySelection || node.selected);
      return {
        viewport,
        bounds: (onlySelection) => boundsOf(chosen(onlySelection)),
        allInPage: (onlySelection) =>
          viewport.querySelectorAll(onlySelection ? ".react-flow__node.selected" : ".react-flow__node")
            .length >= chosen(onlySelection).length,
        scene,
        palette: readPalette(viewport),
      };
    });
    return () => provideCanvasPicture(null);
  }, [scene]);
}

function boundsOf(nodes: readonly ArgumentFlowNode[]) {
  if (nodes.length === 0) return null;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { position } of nodes) {
    minX = Math.min(minX, position.x);
    minY = Math.min(minY, position.y);
    maxX = Math.max(maxX, position.x + NODE_SIZE.width);
    maxY = Math.max(maxY, position.y + NODE_SIZE.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
