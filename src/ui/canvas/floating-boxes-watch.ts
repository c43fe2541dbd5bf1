/**
 * The boxes of the panels floating over the canvas (fit-room.ts), kept measured as they change rather
 * than read when a view asks for its room. Reading a box on screen makes the browser lay out the page
 * first; asked right after an edit (bringing a new point into view), that is a full style and layout pass
 * of a big map in the key press's own task. Measured instead when a ResizeObserver reports (the canvas or
 * a panel changed size, or a panel first appeared), which it does once the page is laid out anyway, so
 * the reading costs next to nothing. A panel added or taken away is watched from then on; until the
 * observer has reported on it, the boxes are read at once.
 */
import { type Box, floatingBoxes } from "./fit-room";

const PANEL = "react-flow__panel";

export interface FloatingBoxesWatch {
  boxes(): Box[];
  stop(): void;
}

export function watchFloatingBoxes(canvas: HTMLElement): FloatingBoxesWatch {
  if (typeof ResizeObserver === "undefined" || typeof MutationObserver === "undefined")
    return { boxes: () => floatingBoxes(canvas), stop: () => {} };
  let known: Box[] | null = null;
  const resized = new ResizeObserver(() => {
    known = floatingBoxes(canvas);
  });
  const observeAll = () => {
    resized.disconnect();
    resized.observe(canvas);
    for (const panel of canvas.querySelectorAll(`.${PANEL}`)) resized.observe(panel);
  };
  // React Flow's panels are children of its root element: only a change among those can add or take one.
  const isPanel = (node: Node) => node instanceof Element && node.classList.contains(PANEL);
  const children = new MutationObserver((records) => {
    const panelsChanged = records.some(
      (record) => [...record.addedNodes].some(isPanel) || [...record.removedNodes].some(isPanel),
    );
    if (!panelsChanged) return;
    known = null;
    observeAll();
  });
  children.observe(canvas, { childList: true });
  observeAll();
  return {
    boxes: () => {
      known ??= floatingBoxes(canvas);
      return known;
    },
    stop: () => {
      resized.disconnect();
      children.disconnect();
    },
  };
}
