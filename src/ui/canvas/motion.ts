/** How long a move of the viewport animates: not at all for a reader whose system asks for less motion. */
export function viewportDuration(ms: number): number {
  return window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ? 0 : ms;
}
