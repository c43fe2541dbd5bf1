/**
 * The canvas by keyboard, while it has focus: arrow keys pan (Shift for bigger steps), + and - zoom,
 * 0 returns to the start view, Enter or Space selects the focused node, Escape clears the selection.
 */
import { useReactFlow } from "@xyflow/react";
import { type KeyboardEvent, useCallback } from "react";
import { selectNode } from "../explore/commands";

const PAN_STEP = 80;

const PAN: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

export function useCanvasKeyboard(goToStart: () => void) {
  const { getViewport, setViewport, zoomIn, zoomOut } = useReactFlow();
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      const pan = PAN[event.key];
      if (pan) {
        const step = event.shiftKey ? PAN_STEP * 4 : PAN_STEP;
        const viewport = getViewport();
        void setViewport({ ...viewport, x: viewport.x + pan[0] * step, y: viewport.y + pan[1] * step });
      } else if (event.key === "+" || event.key === "=") {
        void zoomIn({ duration: 120 });
      } else if (event.key === "-" || event.key === "_") {
        void zoomOut({ duration: 120 });
      } else if (event.key === "0") {
        goToStart();
      } else if (
        (event.key === "Enter" || event.key === " ") &&
        !(event.target instanceof HTMLButtonElement)
      ) {
        const id = focusedNodeId(event.target);
        if (id === null) return;
        selectNode(id);
      } else if (event.key === "Escape") {
        selectNode(null);
      } else {
        return;
      }
      event.preventDefault();
    },
    [getViewport, setViewport, zoomIn, zoomOut, goToStart],
  );
}

function typingIn(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

function focusedNodeId(target: EventTarget): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest(".react-flow__node")?.getAttribute("data-id") ?? null;
}
