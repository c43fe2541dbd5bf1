/**
 * The pointer on the far view's blocks, which are drawn on a canvas and so are no elements React Flow
 * could tell apart from its pane: the far view's listeners are asked first (capture phase on React
 * Flow's element), and what lands on a block is answered here as it would be on that node
 * (use-selection-handlers.ts, use-drag-handlers.ts, use-context-menu-handlers.ts):
 * - a click selects the point, or with Shift, Ctrl or Cmd adds it to the selection or takes it out;
 * - a double-click brings the point into view at a readable zoom, to read or edit it;
 * - a drag moves the point, or the selection when the point is in it, and keeps the new places in the
 *   map as one step to undo;
 * - a right-click opens the point's menu.
 * Anything else (a click on empty canvas, which clears the selection, a drag there, which pans, a
 * Shift-drag, which draws a selection box) goes on to React Flow as before. Over a block the pointer
 * shows it can be clicked.
 */
import { useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useApp } from "../../app-context";
import { blockAt, gridOf } from "./block-hits";
import type { BlockScene } from "./block-scene";
import { placeOf } from "./selected-blocks";

/** How far off a block a click still means it, in CSS pixels: far out a block is a few pixels wide. */
const SLOP = 4;
/** How far the pointer moves, in CSS pixels, before a press on a block is a drag and not a click. */
const DRAG_AFTER = 4;

export interface BlockPointerOptions {
  /** The scene drawn while blocks are dragged (their new places), or null when the drag is over. */
  onDrag(moved: BlockScene | null): void;
}

export function useBlockPointer(scene: BlockScene, { onDrag }: BlockPointerOptions): void {
  const app = useApp();
  const { commitPositions } = app.commands.explore;
  const { selectNodes, setPrimaryKeepingSet, toggleNodeInSelection } = app.commands.selection;
  const store = useStoreApi();
  // With Shift held, React Flow takes a press on its pane for the start of a selection box, and the
  // release without a move for a click on empty canvas, which clears the selection before the click
  // arrives here: the selection from before the press is what a Shift-click adds to. Kept across the
  // listeners' renewal, which that clearing brings about (a new scene) between press and click.
  const beforePress = useRef<{ nodeIds: ReadonlySet<string>; primary: string | null } | null>(null);
  useEffect(() => {
    const element = store.getState().domNode;
    if (!element) return;
    const onPane = (event: MouseEvent) => {
      const target = event.target as Element | null;
      return Boolean(
        target?.closest(".react-flow__pane") && !target.closest(".react-flow__node, .react-flow__edge"),
      );
    };
    /** The block under the pointer, or -1 when the event is not on the open canvas or misses every block. */
    const blockUnder = (event: MouseEvent): number => {
      if (!onPane(event)) return -1;
      const [tx, ty, zoom] = store.getState().transform;
      const box = element.getBoundingClientRect();
      const x = (event.clientX - box.left - tx) / zoom;
      const y = (event.clientY - box.top - ty) / zoom;
      // A block is drawn at least a pixel wide and high (drawScene): so is the rectangle that finds it.
      return blockAt(gridOf(scene), x, y, { slop: SLOP / zoom, width: 1 / zoom, height: 1 / zoom });
    };

    const onPointerDown = (event: MouseEvent) => {
      beforePress.current = event.shiftKey
        ? {
            nodeIds: app.stores.selection.getState().nodeIds,
            primary: app.stores.selection.getState().primaryId,
          }
        : null;
    };
    const onClick = (event: MouseEvent) => {
      const i = blockUnder(event);
      if (i === -1) return;
      event.stopPropagation();
      const id = scene.ids[i] as string;
      if (event.shiftKey || event.metaKey || event.ctrlKey) {
        const before = beforePress.current;
        if (before && app.stores.selection.getState().nodeIds !== before.nodeIds) {
          app.stores.selection.getState().selectNodes([...before.nodeIds]);
          if (before.primary !== null) setPrimaryKeepingSet(before.primary);
        }
        toggleNodeInSelection(id);
      } else selectNodes([id]);
      beforePress.current = null;
    };
    const onDoubleClick = (event: MouseEvent) => {
      const i = blockUnder(event);
      if (i === -1) return;
      // Not a new node on empty canvas (use-double-click-to-add.ts): the block is a point already.
      event.stopPropagation();
      event.preventDefault();
      selectNodes([scene.ids[i] as string], { center: true });
    };
    const onContextMenu = (event: MouseEvent) => {
      const i = blockUnder(event);
      if (i === -1) return;
      event.stopPropagation();
      event.preventDefault();
      const id = scene.ids[i] as string;
      if (!app.stores.selection.getState().nodeIds.has(id)) selectNodes([id]);
      app.stores.edit.setState({
        contextMenu: { x: event.clientX, y: event.clientY, target: { kind: "node", id } },
      });
    };

    let pointing = false;
    const onHover = (event: MouseEvent) => {
      if (event.buttons !== 0) return;
      const over = blockUnder(event) !== -1;
      if (over === pointing) return;
      pointing = over;
      const pane = element.querySelector<HTMLElement>(".react-flow__pane");
      if (pane) pane.style.cursor = over ? "pointer" : "";
    };

    const onPress = (event: MouseEvent) => {
      // Shift-drag draws a selection box; the other buttons are the menu's and the browser's.
      if (event.button !== 0 || event.shiftKey || event.metaKey || event.ctrlKey) return;
      const i = blockUnder(event);
      if (i === -1) return;
      // The press is the block's, not the start of a pan (React Flow listens on its pane), nor of a
      // text selection.
      event.stopPropagation();
      event.preventDefault();
      dragFrom(event, scene.ids[i] as string);
    };

    /** Follows a press on a block: once it moves far enough, it drags the block (or the selection). */
    const dragFrom = (start: MouseEvent, id: string) => {
      let moving: number[] | null = null;
      let dragged: BlockScene | null = null;
      const zoom = store.getState().transform[2];
      const move = (event: MouseEvent) => {
        const dx = event.clientX - start.clientX;
        const dy = event.clientY - start.clientY;
        if (!moving) {
          if (Math.hypot(dx, dy) < DRAG_AFTER) return;
          // A point dragged from outside the selection becomes the selection, so what moves is what is
          // selected (use-drag-handlers.ts).
          if (!app.stores.selection.getState().nodeIds.has(id)) selectNodes([id]);
          moving = [...app.stores.selection.getState().nodeIds]
            .map((each) => placeOf(scene, each))
            .filter((i) => i >= 0);
          dragged = { ...scene, x: scene.x.slice(), y: scene.y.slice() };
        }
        const moved = dragged as BlockScene;
        for (const i of moving) {
          moved.x[i] = (scene.x[i] as number) + dx / zoom;
          moved.y[i] = (scene.y[i] as number) + dy / zoom;
        }
        onDrag(moved);
      };
      const end = () => {
        window.removeEventListener("mousemove", move);
        window.removeEventListener("mouseup", end);
        if (!moving || !dragged) return;
        const moved = dragged;
        commitPositions(
          moving.map((i) => ({
            id: scene.ids[i] as string,
            x: moved.x[i] as number,
            y: moved.y[i] as number,
          })),
        );
        // The click that ends a drag is no click on the block.
        const swallow = (event: MouseEvent) => event.stopPropagation();
        window.addEventListener("click", swallow, { capture: true, once: true });
        setTimeout(() => window.removeEventListener("click", swallow, { capture: true }), 0);
        // The map's new places reach the far view with its next scene, drawn by then.
        requestAnimationFrame(() => onDrag(null));
      };
      window.addEventListener("mousemove", move);
      window.addEventListener("mouseup", end);
    };

    const listeners: [string, (event: MouseEvent) => void][] = [
      ["pointerdown", onPointerDown],
      ["click", onClick],
      ["dblclick", onDoubleClick],
      ["contextmenu", onContextMenu],
      ["mousedown", onPress],
      ["mousemove", onHover],
    ];
    for (const [type, listener] of listeners) element.addEventListener(type, listener as EventListener, true);
    return () => {
      for (const [type, listener] of listeners)
        element.removeEventListener(type, listener as EventListener, true);
      const pane = element.querySelector<HTMLElement>(".react-flow__pane");
      if (pane) pane.style.cursor = "";
    };
  }, [
    store,
    scene,
    onDrag,
    toggleNodeInSelection,
    selectNodes,
    app.stores.edit.setState,
    setPrimaryKeepingSet,
    commitPositions,
    app.stores.selection.getState,
  ]);
}
