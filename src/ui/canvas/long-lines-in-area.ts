/**
 * The part of a long line (long-lines.ts) inside the area around the view, which is all a big map hands
 * the canvas (view-window.ts). A line from the thesis to a support far along a wide tree runs hundreds
 * of screens; drawn whole, each such line became a layer of its own that wide (the browser will not
 * merge far-reaching, mostly empty boxes into one), and the screen was put together from a hundred of
 * them on every frame of a pan. Cut to the area, the lines across the view end at the same place and
 * are drawn together. The view stays inside the area (it is chosen again as the view leaves it), and a
 * margin beyond the area covers the moment before it is.
 */
import type { Point } from "../../io/picture/route-lines";
import { longLineCorners, straightPiece } from "./long-lines";
import type { Area } from "./view-window";

export interface LinePart {
  pieces: string[];
  /** Whether the line's end (where its arrowhead goes) is among the pieces. */
  endShown: boolean;
}

/** Beyond the area, on each side, as a share of its width and height. */
const MARGIN = 0.25;

/**
 * The pieces of the long line from `from` to `to` that lie within `area` and its margin, each cut to
 * it; the whole line when there is no area (a map handed to the canvas whole). `null` for a line narrow
 * enough to draw as a curve.
 */
export function longLineInArea(from: Point, to: Point, area: Area | null): LinePart | null {
  const corners = longLineCorners(from, to);
  if (!corners) return null;
  const box = area ? widened(area) : null;
  const pieces: string[] = [];
  let endShown = false;
  for (let i = 1; i < corners.length; i++) {
    const a = corners[i - 1] as Point;
    const b = corners[i] as Point;
    const cut: [Point, Point] | null = box ? cutTo(a, b, box) : [a, b];
    if (!cut) continue;
    const [start, end] = cut;
    pieces.push(straightPiece(start, end));
    endShown = i === corners.length - 1 && end.x === b.x && end.y === b.y;
  }
  return { pieces, endShown };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function widened(area: Area): Box {
  const dx = area.width * MARGIN;
  const dy = area.height * MARGIN;
  return {
    left: area.x - dx,
    top: area.y - dy,
    right: area.x + area.width + dx,
    bottom: area.y + area.height + dy,
  };
}

/** The part of the level or upright segment from `a` to `b` inside `box`, in the same direction; null for none. */
function cutTo(a: Point, b: Point, box: Box): [Point, Point] | null {
  const x0 = clamp(a.x, box.left, box.right);
  const x1 = clamp(b.x, box.left, box.right);
  const y0 = clamp(a.y, box.top, box.bottom);
  const y1 = clamp(b.y, box.top, box.bottom);
  // A level segment outside the box's rows, or an upright one outside its columns, is not in it.
  if (a.y === b.y && y0 !== a.y) return null;
  if (a.x === b.x && x0 !== a.x) return null;
  // Both ends cut to the same side: the segment lies wholly beyond it.
  if (x0 === x1 && y0 === y1 && (a.x !== b.x || a.y !== b.y)) return null;
  return [
    { x: x0, y: y0 },
    { x: x1, y: y1 },
  ];
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
