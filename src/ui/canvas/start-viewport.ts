/**
 * Where the canvas starts: the whole map when it can be read that way, otherwise the thesis and the two
 * levels under it, otherwise the thesis and the points arguing about it directly, and if even those are
 * too wide to read, the thesis at the top centre at a readable zoom (the minimap and the outline still
 * show the whole shape). "Readable" is the zoom at which a compact card's label is 11 pixels high
 * (card-zoom.ts). Everything is fitted into the room the floating controls leave (fit-room.ts).
 */
import type { Position } from "../../model/schema";
import type { NodeSize } from "../layout/layout-graph";
import { COMPACT_READABLE_ZOOM } from "./card-zoom";
import type { Box, Size } from "./fit-room";

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Below this zoom even a compact card's label is smaller than 11 pixels. */
export const READABLE_ZOOM = COMPACT_READABLE_ZOOM;
const MAX_START_ZOOM = 1;
const MARGIN = 20;

/** The room left clear for content of a size (fit-room.ts's `clearRoom` over the canvas's floating boxes). */
export type RoomFor = (content: Size) => Box;

/** A room for content of any shape: the whole canvas, when nothing floats over it. */
export function wholeCanvas(canvas: Size): RoomFor {
  return () => ({ left: 0, top: 0, width: canvas.width, height: canvas.height });
}

/**
 * `levels`: the points nearest the top, widest last (the tops and two levels under them, then the tops
 * and the points arguing about them); the first that can be read whole is shown.
 */
export function startViewport(
  positions: ReadonlyMap<string, Position>,
  size: NodeSize,
  roomFor: RoomFor,
  top: readonly string[],
  levels: ReadonlyArray<readonly string[]>,
): Viewport {
  const whole = boundsOf([...positions.values()], size);
  if (!whole) return { x: 0, y: 0, zoom: 1 };
  for (const bounds of [whole, ...levels.map((ids) => boundsOf(pick(positions, ids), size))]) {
    if (!bounds) continue;
    const room = roomFor(sizeOf(bounds));
    const zoom = fitZoom(bounds, room);
    if (zoom >= READABLE_ZOOM) return fitted(bounds, room, Math.min(zoom, MAX_START_ZOOM));
  }
  // Too wide to read whole: centre the top of the map and show as many levels as fit below it.
  const anchor = boundsOf(pick(positions, top), size) ?? whole;
  const room = roomFor(sizeOf(anchor));
  const zoom = READABLE_ZOOM;
  const centreX = (anchor.minX + anchor.maxX) / 2;
  return { x: room.left + room.width / 2 - centreX * zoom, y: room.top + MARGIN - anchor.minY * zoom, zoom };
}

/**
 * The viewport that shows `bounds` whole, as large as the room allows up to `maxZoom`, `inset` screen
 * pixels inside the room on every side (for what reaches beyond the points, such as their labels).
 */
export function fitBounds(
  bounds: Bounds,
  roomFor: RoomFor,
  maxZoom: number,
  minZoom = 0,
  inset = 0,
): Viewport {
  const whole = roomFor(sizeOf(bounds));
  const room = {
    left: whole.left + inset,
    top: whole.top + inset,
    width: Math.max(1, whole.width - inset * 2),
    height: Math.max(1, whole.height - inset * 2),
  };
  return fitted(bounds, room, Math.max(minZoom, Math.min(fitZoom(bounds, room), maxZoom)));
}

function sizeOf(bounds: Bounds): Size {
  return { width: bounds.maxX - bounds.minX + MARGIN * 2, height: bounds.maxY - bounds.minY + MARGIN * 2 };
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function pick(positions: ReadonlyMap<string, Position>, ids: readonly string[]): Position[] {
  const picked: Position[] = [];
  for (const id of ids) {
    const position = positions.get(id);
    if (position) picked.push(position);
  }
  return picked;
}

export function boundsOf(points: readonly Position[], size: NodeSize): Bounds | null {
  if (points.length === 0) return null;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + size.width);
    maxY = Math.max(maxY, y + size.height);
  }
  return { minX, minY, maxX, maxY };
}

function fitZoom(bounds: Bounds, room: Box): number {
  const { width, height } = sizeOf(bounds);
  return Math.min(room.width / width, room.height / height);
}

function fitted(bounds: Bounds, room: Box, zoom: number): Viewport {
  const centreX = (bounds.minX + bounds.maxX) / 2;
  const centreY = (bounds.minY + bounds.maxY) / 2;
  return {
    x: room.left + room.width / 2 - centreX * zoom,
    y: room.top + room.height / 2 - centreY * zoom,
    zoom,
  };
}

/** Bounds as React Flow's rectangle: corner, width and height. */
export function rectOf(bounds: Bounds): { x: number; y: number; width: number; height: number } {
  return {
    x: bounds.minX,
    y: bounds.minY,
    width: bounds.maxX - bounds.minX,
    height: bounds.maxY - bounds.minY,
  };
}
