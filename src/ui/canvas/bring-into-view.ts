/**
 * Bringing a point into view with the least movement: a point already in the room the floating controls
 * leave stays where it is, and the view does not move at all; a point off screen is brought just inside
 * the nearest edge, with the point it argues about kept in view too when both fit. Only when the view is
 * zoomed out past reading is it zoomed in, centred on the point. Pure: boxes in, a viewport (or null, for
 * "do not move") out.
 */
import type { Box } from "./fit-room";
import type { Bounds, Viewport } from "./start-viewport";

/** Room kept between the point and the edge it is brought to. */
const MARGIN = 24;

export function viewShowing(
  view: Viewport,
  room: Box,
  target: Bounds,
  keep: Bounds | null,
  readableZoom: number,
): Viewport | null {
  if (view.zoom < readableZoom) return centredIn(room, target, readableZoom);
  const inner = {
    left: room.left + MARGIN,
    top: room.top + MARGIN,
    right: room.left + room.width - MARGIN,
    bottom: room.top + room.height - MARGIN,
  };
  const onScreen = (b: Bounds) => ({
    left: b.minX * view.zoom + view.x,
    top: b.minY * view.zoom + view.y,
    right: b.maxX * view.zoom + view.x,
    bottom: b.maxY * view.zoom + view.y,
  });
  const seen = onScreen(target);
  if (
    seen.left >= inner.left &&
    seen.right <= inner.right &&
    seen.top >= inner.top &&
    seen.bottom <= inner.bottom
  )
    return null;
  // The point with the one it argues about, when the two fit in the room together; else the point alone.
  let wanted = seen;
  if (keep) {
    const both = onScreen({
      minX: Math.min(target.minX, keep.minX),
      minY: Math.min(target.minY, keep.minY),
      maxX: Math.max(target.maxX, keep.maxX),
      maxY: Math.max(target.maxY, keep.maxY),
    });
    if (
      both.right - both.left <= inner.right - inner.left &&
      both.bottom - both.top <= inner.bottom - inner.top
    )
      wanted = both;
  }
  return {
    zoom: view.zoom,
    x: view.x + shiftInto(wanted.left, wanted.right, inner.left, inner.right),
    y: view.y + shiftInto(wanted.top, wanted.bottom, inner.top, inner.bottom),
  };
}

/** The viewport at `zoom` that puts the middle of `target` in the middle of the room. */
export function centredIn(room: Box, target: Bounds, zoom: number): Viewport {
  return {
    zoom,
    x: room.left + room.width / 2 - ((target.minX + target.maxX) / 2) * zoom,
    y: room.top + room.height / 2 - ((target.minY + target.maxY) / 2) * zoom,
  };
}

/** The least shift that brings [from, to] inside [least, most] (its start, when it is the wider). */
function shiftInto(from: number, to: number, least: number, most: number): number {
  if (from < least) return least - from;
  if (to > most) return Math.max(most - to, least - from);
  return 0;
}
