/**
 * Hands the picture export (../interop/canvas-picture.ts) what only the canvas knows while it is on the
 * page: the element that holds the drawn map, the bounds of every node or of the selected ones, and
 * whether every node is in the page (not so on a big map, which draws only the nodes in view, nor when
 * it is zoomed far out and drawn as blocks).
 */
import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { provideCanvasPicture } from "../interop/canvas-picture";

export function useCanvasPicture(nodeCount: number, drawOnlyInViewAbove: number, far: boolean): void {
  const { getNodes, getNodesBounds } = useReactFlow();
  useEffect(() => {
    provideCanvasPicture(() => {
      const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
      if (!viewport) return null;
      return {
        viewport,
        everyNodeDrawn: nodeCount <= drawOnlyInViewAbove && !far,
        bounds: (onlySelection) => {
          const chosen = getNodes().filter((node) => !onlySelection || node.selected);
          return chosen.length === 0 ? null : getNodesBounds(chosen);
        },
      };
    });
    return () => provideCanvasPicture(null);
  }, [getNodes, getNodesBounds, nodeCount, drawOnlyInViewAbove, far]);
}
