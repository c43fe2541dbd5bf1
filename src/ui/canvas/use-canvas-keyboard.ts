/**
 * The canvas by keyboard, while it has focus: arrow keys pan (Shift for bigger steps), + and - zoom,
 * 0 returns to the start view, Space selects the focused node, Enter selects it or, when it is selected,
 * edits its text. The editing keys (adding, deleting, selecting all) are in ../edit/edit-keys.ts.
 */
import { useReactFlow } from "@xyflow/react";
import { type KeyboardEvent, useCallback } from "react";
import { useApp } from "../app-context";
import { handleEditKey, handleEnter } from "../edit/edit-keys";
import { typingIn } from "../edit/typing";
import { viewportDuration } from "./motion";

const PAN_STEP = 80;

const PAN: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

export function useCanvasKeyboard(goToStart: () => void) {
  const app = useApp();
  const { selectNodes } = app.commands.selection;
  const { getViewport, setViewport, zoomIn, zoomOut, getInternalNode } = useReactFlow();
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (typingIn(event.target)) return;
      if (event.target instanceof HTMLButtonElement && (event.key === "Enter" || event.key === " ")) return;
      if (handleEditKey(app, event, (id) => getInternalNode(id)?.position)) {
        event.preventDefault();
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const pan = PAN[event.key];
      if (pan) {
        const step = event.shiftKey ? PAN_STEP * 4 : PAN_STEP;
        const viewport = getViewport();
        void setViewport({ ...viewport, x: viewport.x + pan[0] * step, y: viewport.y + pan[1] * step });
      } else if (event.key === "+" || event.key === "=") {
        void zoomIn({ duration: viewportDuration(120) });
      } else if (event.key === "-" || event.key === "_") {
        void zoomOut({ duration: viewportDuration(120) });
      } else if (event.key === "0") {
        goToStart();
      } else if (event.key === "Enter") {
        handleEnter(app, focusedNodeId(event.target));
      } else if (event.key === " ") {
        const id = focusedNodeId(event.target);
        if (id === null) return;
        selectNodes([id]);
      } else {
        return;
      }
      event.preventDefault();
      // Listeners on the document and the window would act on the same key otherwise: React Flow's (Space
      // held turns on its drag-to-pan) and the app's own shortcuts.
      event.stopPropagation();
    },
    [getViewport, setViewport, zoomIn, zoomOut, goToStart, getInternalNode, selectNodes, app],
  );
}

function focusedNodeId(target: EventTarget): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest(".react-flow__node")?.getAttribute("data-id") ?? null;
}
