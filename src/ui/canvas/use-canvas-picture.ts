/**
 * Hands the picture export (../interop/canvas-picture.ts) what only the canvas knows while it is on the
 * page: the element that holds the drawn map, the bounds of every node or of the selected ones, whether
 * those are all in the page (not so on a big map, which draws only the nodes in view, nor when it is
 * zoomed far out and drawn as blocks), and the map as blocks, to picture it from when they are not.
 */
import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { provideCanvasPicture } from "../interop/canvas-picture";
import { type BlockScene, readPalette } from "./far/block-scene";

export function useCanvasPicture(scene: BlockScene): void {
  const { getNodes, getNodesBounds } = useReactFlow();
  useEffect(() => {
    provideCanvasPicture(() => {
      const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
      if (!viewport) return null;
      const chosen = (onlySelection: boolean) => getNodes().filter((node) => !onlySelection || node.selected);
      return {
        viewport,
        bounds: (onlySelection) => {
          const nodes = chosen(onlySelection);
          return nodes.length === 0 ? null : getNodesBounds(nodes);
        },
        allInPage: (onlySelection) =>
          viewport.querySelectorAll(onlySelection ? ".react-flow__node.selected" : ".react-flow__node")
            .length >= chosen(onlySelection).length,
        scene,
        palette: readPalette(viewport),
      };
    });
    return () => provideCanvasPicture(null);
  }, [getNodes, getNodesBounds, scene]);
}
