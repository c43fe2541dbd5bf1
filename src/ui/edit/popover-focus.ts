/** Shared behaviour of the small menus over the canvas: arrow keys between items, focus back on close. */
import type { KeyboardEvent } from "react";

export function moveBetweenItems(event: KeyboardEvent<HTMLElement>, selector: string): boolean {
  const step =
    event.key === "ArrowDown" || event.key === "ArrowRight"
      ? 1
      : event.key === "ArrowUp" || event.key === "ArrowLeft"
        ? -1
        : 0;
  if (step === 0) return false;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(selector)];
  const at = items.indexOf(document.activeElement as HTMLElement);
  items[(at + step + items.length) % items.length]?.focus();
  event.preventDefault();
  return true;
}

export function focusCanvas(): void {
  document.querySelector<HTMLElement>(".map-canvas .react-flow")?.focus({ preventScroll: true });
}

/** Keeps a popover inside the window. */
export function placeWithin(
  x: number,
  y: number,
  width: number,
  height: number,
): { left: number; top: number } {
  return {
    left: Math.max(4, Math.min(x, window.innerWidth - width - 4)),
    top: Math.max(4, Math.min(y, window.innerHeight - height - 4)),
  };
}
