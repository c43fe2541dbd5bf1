/** The canvas's keys in words, for screen readers: the canvas names it as its description. */
export const CANVAS_KEYS_ID = "map-canvas-keys";

export function CanvasKeysDescription() {
  return (
    <p id={CANVAS_KEYS_ID} className="visually-hidden">
      Arrow keys pan, plus and minus zoom, 0 returns to the start view. Tab moves through the points; Enter
      selects one and, pressed again, edits its text. S adds a supporting claim, C a critique, E evidence, N a
      sibling, T a thesis; Delete deletes; question mark lists every key.
    </p>
  );
}
