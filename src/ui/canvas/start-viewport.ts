/**
 * Where the canvas starts: the whole map when it can be read that way, otherwise the thesis and the two
 * levels under it, and if even those are too wide to read, the thesis at the top centre at a readable
 * zoom (the minimap and the outline still show the whole shape).
 */
import type { Position } from "../../model/schema";
import type { NodeSize } from "../layout/layout-graph";

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Below this zoom the node titles are smaller than about 11 pixels. */
export const READABLE_ZOOM = 0.78;
const MAX_START_ZOOM = 1;
const MARGIN = 28;
/** Room at the top for the legend and the canvas buttons. */
const TOP_MARGIN = 28;

export function startViewport(
  positions: ReadonlyMap<string, Position>,
  size: NodeSize,
  canvas: { width: number; height: number },
  top: readonly string[],
  nearTop: readonly string[],
): Viewport {
  const whole = boundsOf([...positions.values()], size);
  if (!whole) return { x: 0, y: 0, zoom: 1 };
  const fitWhole = fitZoom(whole, canvas);
  if (fitWhole >= READABLE_ZOOM) return fitted(whole, canvas, Math.min(fitWhole, MAX_START_ZOOM));

  const near = boundsOf(pick(positions, nearTop), size) ?? whole;
  const fitNear = fitZoom(near, canvas);
  if (fitNear >= READABLE_ZOOM) return fitted(near, canvas, Math.min(fitNear, MAX_START_ZOOM));

  // Too wide to read whole: centre the top of the map and show as many levels as fit below it.
  const anchor = boundsOf(pick(positions, top), size) ?? near;
  const zoom = READABLE_ZOOM;
  const centreX = (anchor.minX + anchor.maxX) / 2;
  return { x: canvas.width / 2 - centreX * zoom, y: TOP_MARGIN - anchor.minY * zoom, zoom };
}

interface Bounds {
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

function boundsOf(points: readonly Position[], size: NodeSize): Bounds | null {
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

function fitZoom(bounds: Bounds, canvas: { width: number; height: number }): number {
  const width = bounds.maxX - bounds.minX + MARGIN * 2;
  const height = bounds.maxY - bounds.minY + MARGIN * 2;
  return Math.min(canvas.width / width, canvas.height / height);
}

function fitted(bounds: Bounds, canvas: { width: number; height: number }, zoom: number): Viewport {
  const centreX = (bounds.minX + bounds.maxX) / 2;
  const centreY = (bounds.minY + bounds.maxY) / 2;
  return { x: canvas.width / 2 - centreX * zoom, y: canvas.height / 2 - centreY * zoom, zoom };
}
