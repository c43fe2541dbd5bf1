/**
 * Clicks on the far view's blocks, which are drawn on a canvas and so are no elements React Flow could
 * tell apart from its pane: the canvas's listeners are asked first (capture phase on React Flow's
 * element), and a click that lands on a block is answered here as a click on that node would be
 * (use-selection-handlers.ts): it selects the point, or with Shift, Ctrl or Cmd adds it to the
 * selection or takes it out. A double-click on a block brings its point into view at a readable zoom.
 * Anything else, a click on empty canvas (which clears the selection) or a drag (which pans), goes on to
 * React Flow as before.
 */
import { useStoreApi } from "@xyflow/react";
import { useEffect } from "react";
import { selectNodes, toggleNodeInSelection } from "../../edit/selection";
import { blockAt, gridOf } from "./block-hits";
import type { BlockScene } from "./block-scene";

/** How far off a block a click still means it, in CSS pixels: far out a block is a few pixels wide. */
const SLOP = 4;

export function useBlockPointer(scene: BlockScene): void {
  const store = useStoreApi();
  useEffect(() => {
    const element = store.getState().domNode;
    if (!element) return;
    /** The block under the pointer, or -1 when the event is not on the open canvas or misses every block. */
    const blockUnder = (event: MouseEvent): number => {
      const target = event.target as Element | null;
      if (!target?.closest(".react-flow__pane") || target.closest(".react-flow__node, .react-flow__edge"))
        return -1;
      const { transform } = store.getState();
      const [tx, ty, zoom] = transform;
      const box = element.getBoundingClientRect();
      const x = (event.clientX - box.left - tx) / zoom;
      const y = (event.clientY - box.top - ty) / zoom;
      // A block is drawn at least a pixel wide and high (drawScene): so is the rectangle that finds it.
      return blockAt(gridOf(scene), x, y, { slop: SLOP / zoom, width: 1 / zoom, height: 1 / zoom });
    };
    const onClick = (event: MouseEvent) => {
      const i = blockUnder(event);
      if (i === -1) return;
      event.stopPropagation();
      const id = scene.ids[i] as string;
      if (event.shiftKey || event.metaKey || event.ctrlKey) toggleNodeInSelection(id);
      else selectNodes([id]);
    };
    const onDoubleClick = (event: MouseEvent) => {
      const i = blockUnder(event);
      if (i === -1) return;
      // Not a new node on empty canvas (use-double-click-to-add.ts): the block is a point already.
      event.stopPropagation();
      event.preventDefault();
      selectNodes([scene.ids[i] as string], { center: true });
    };
    element.addEventListener("click", onClick, true);
    element.addEventListener("dblclick", onDoubleClick, true);
    return () => {
      element.removeEventListener("click", onClick, true);
      element.removeEventListener("dblclick", onDoubleClick, true);
    };
  }, [store, scene]);
}
