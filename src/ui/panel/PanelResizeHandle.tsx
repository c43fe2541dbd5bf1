/**
 * The side panel's left edge, to make the panel wider or narrower: drag it, or focus it and press the
 * left and right arrow keys (Home and End for the narrowest and widest).
 */
import { useRef } from "react";

export const PANEL_WIDTH = { least: 260, most: 720, start: 330 };
const KEY_STEP = 24;

export function PanelResizeHandle({ width, onWidth }: { width: number; onWidth: (width: number) => void }) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const clamp = (value: number) =>
    Math.round(Math.min(PANEL_WIDTH.most, Math.max(PANEL_WIDTH.least, value, 0)));
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable separator that resizes is the pattern for a splitter; <hr> cannot take focus.
    <div
      className="side-panel-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the side panel"
      aria-valuemin={PANEL_WIDTH.least}
      aria-valuemax={PANEL_WIDTH.most}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { x: event.clientX, width };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        // The panel is on the right: dragging its edge left widens it.
        onWidth(clamp(drag.current.width + drag.current.x - event.clientX));
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onKeyDown={(event) => {
        const next =
          event.key === "ArrowLeft"
            ? width + KEY_STEP
            : event.key === "ArrowRight"
              ? width - KEY_STEP
              : event.key === "Home"
                ? PANEL_WIDTH.least
                : event.key === "End"
                  ? PANEL_WIDTH.most
                  : null;
        if (next === null) return;
        event.preventDefault();
        onWidth(clamp(next));
      }}
    />
  );
}
