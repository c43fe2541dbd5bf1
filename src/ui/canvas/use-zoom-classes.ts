/**
 * Classes on the canvas that let CSS draw less when less can be seen (card-zoom.ts). Zoomed out, a card
 * shows its label alone, larger (`is-compact`). Zoomed far out, node text would be
 * a few pixels high and dashes shorter than a pixel, which cost much to paint and show nothing: `is-far`
 * drops them (colour, border and icon still tell kinds and relations apart), and the background's dots.
 * While the view moves, `is-moving` makes the map a compositor layer, so a pan moves pixels instead of
 * painting every node again; the class goes when the move ends, so text is then drawn sharp at the new
 * zoom. Not when zoomed far out: a layer the size of a whole big map costs more to rasterize than
 * painting it.
 */
import { type OnMoveStart, useStore } from "@xyflow/react";
import { useCallback, useRef } from "react";
import { COMPACT_BELOW_ZOOM, FAR_BELOW_ZOOM } from "./card-zoom";

export function useZoomClasses() {
  const far = useStore((state) => state.transform[2] < FAR_BELOW_ZOOM);
  const compact = useStore((state) => state.transform[2] < COMPACT_BELOW_ZOOM);
  const canvas = useRef<HTMLDivElement>(null);
  const onMoveStart: OnMoveStart = useCallback((_event, viewport) => {
    if (viewport.zoom >= FAR_BELOW_ZOOM) canvas.current?.classList.add("is-moving");
  }, []);
  const onMoveEnd = useCallback(() => canvas.current?.classList.remove("is-moving"), []);
  return {
    canvas,
    className: `map-canvas${compact ? " is-compact" : ""}${far ? " is-far" : ""}`,
    onMoveStart,
    onMoveEnd,
  };
}
