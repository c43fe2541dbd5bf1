/**
 * How a link is drawn when the map is laid out in columns (columns-layout.ts), so that it never
 * crosses a card: it leaves the arguing point at its left side, runs up the gutter left of it (the indent
 * under the point argued about, or the gap between columns), and enters the point argued about from
 * below. A link from a column's top to the row of tops above it has nothing in its way and is a plain
 * curve. Only the two ends are needed: React Flow hands the edge the arguing point's top centre and the
 * argued point's bottom centre, and every card has the same size.
 */

import { COLUMN_GAP, HEAD_GAP, INDENT } from "./columns-layout";
import type { NodeSize } from "./layout-graph";

export interface Route {
  path: string;
  /** The corners of the path, both ends included. */
  points: Array<{ x: number; y: number }>;
  /** Where an undercut of this link points: on the part of the route that is this link's alone. */
  middle: { x: number; y: number };
}

/** Left of the card, in the indent under its parent or the gap between columns. */
const GUTTER = Math.min(INDENT, COLUMN_GAP) / 2;
/** How far from a corner a link may enter a card from below. */
const INSET = 16;

/**
 * The route from the arguing point (top centre `from`) to the point argued about (bottom centre `to`), or
 * null when a plain curve is clear of cards (the arguing point just under the row it argues about) or
 * when the two are not placed as the column layout places them (one moved by hand above the other).
 */
export function columnRoute(
  from: { x: number; y: number },
  to: { x: number; y: number },
  size: NodeSize,
): Route | null {
  const below = from.y - to.y;
  if (below < 0) return null;
  const left = from.x - size.width / 2;
  const middleY = from.y + size.height / 2;
  const gutter = left - GUTTER;
  const parentLeft = to.x - size.width / 2;
  const entry = Math.min(Math.max(gutter, parentLeft + INSET), parentLeft + size.width - INSET);
  const middle = { x: left - GUTTER / 2, y: middleY };
  // Under the point it argues about, indented: straight up the indent.
  if (entry === gutter)
    return {
      path: `M${left},${middleY} H${gutter} V${to.y}`,
      points: [
        { x: left, y: middleY },
        { x: gutter, y: middleY },
        { x: gutter, y: to.y },
      ],
      middle,
    };
  if (below <= HEAD_GAP + 1) return null;
  // From a lower part of a column to a top: up the gap between columns, then along the gap under the tops.
  const along = to.y + HEAD_GAP / 2;
  return {
    path: `M${left},${middleY} H${gutter} V${along} H${entry} V${to.y}`,
    points: [
      { x: left, y: middleY },
      { x: gutter, y: middleY },
      { x: gutter, y: along },
      { x: entry, y: along },
      { x: entry, y: to.y },
    ],
    middle,
  };
}
