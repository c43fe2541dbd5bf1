/** Clicking the canvas gives it keyboard focus, unless the click was on a control of its own. */
import type { PointerEvent } from "react";

export function focusCanvasOnPointer(event: PointerEvent<HTMLElement>): void {
  const target = event.target as HTMLElement;
  if (target.closest("button, a, input, select, textarea, .react-flow__node")) return;
  event.currentTarget.focus({ preventScroll: true });
}
