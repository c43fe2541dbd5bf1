/**
 * A line between points far apart on a big map (a thesis with supports spread over a wide tree) is drawn
 * as straight pieces, not as a curve: the browser strokes a curve whole, and a dashed one dash by dash,
 * on every tile of the screen it touches, so a few curves a hundred screens long stall panning for
 * seconds; a piece of one straight segment is clipped to the tile before it is drawn.
 */
import type { Point } from "../../io/picture/route-lines";

/** Lines wider than this, in map pixels, are drawn straight: a few screens wide at any zoom that shows cards. */
export const LONG_LINE = 4000;

/**
 * The corners of a long line: from its start to halfway up, across, and on to its end (so its middle,
 * where an undercut meets it, is where the curve's would be). `null` for a line narrow enough to draw
 * as a curve.
 */
export function longLineCorners(from: Point, to: Point): Point[] | null {
  if (Math.abs(to.x - from.x) <= LONG_LINE) return null;
  const middle = (from.y + to.y) / 2;
  return [from, { x: from.x, y: middle }, { x: to.x, y: middle }, to];
}

/** The pieces of a long line, each one straight segment (see `longLineCorners`); `null` for a short line. */
export function longLinePieces(from: Point, to: Point): string[] | null {
  const corners = longLineCorners(from, to);
  if (!corners) return null;
  const pieces: string[] = [];
  for (let i = 1; i < corners.length; i++)
    pieces.push(straightPiece(corners[i - 1] as Point, corners[i] as Point));
  return pieces;
}

/** A path of one straight segment. */
export function straightPiece(a: Point, b: Point): string {
  return `M${a.x},${a.y} L${b.x},${b.y}`;
}
