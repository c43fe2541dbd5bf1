/**
 * Where every line runs on the canvas when the map is laid out in columns, so that no line crosses a card.
 * A link the columns layout placed as an outline runs along the gutters (column-routes.ts), and one from a
 * column's top to the row of tops is a plain curve; each is kept when it is clear of every other card. Any
 * other line (a point arguing about a point in another column, or above it, and every undercut) leaves
 * its card from a side and goes round the cards in its way (the pictures' router, route-lines.ts), entering
 * the point argued about from a side, since its bottom is where its own outline links meet.
 */

import { columnRoute } from "../../model/layout/column-routes";
import { COLUMN_GAP, HEAD_GAP } from "../../model/layout/columns-layout";
import type { NodeSize } from "../../model/layout/layout-graph";
import { type Point, pointHalfway, type Rect, segmentMeetsRect } from "./route-lines";
import { TrackGrid } from "./track-routes";

/** A line as the canvas has it: a relation between two points, or an undercut of the relation between two. */
export type CanvasLine =
  | { id: string; type: "relation"; source: string; target: string }
  | { id: string; type: "undercut"; source: string; questionedSource: string; questionedTarget: string };

export interface RoutedLine {
  path: string;
  /** The corners of the path, both ends included. */
  points: Point[];
  /** Where an undercut of this line points. */
  middle: Point;
  /**
   * The arguing point's top centre and the argued point's bottom centre the route was made for (React
   * Flow's handles): a route whose ends have since moved (a drag under way) no longer holds.
   */
  from: Point;
  to: Point;
}

/** How far a line leaves a card's side before it may turn: to the middle of the gutter beside it. */
const STUB = COLUMN_GAP / 2;
/** How near a card a line may pass. */
const MARGIN = 6;
/** Pieces a plain curve is checked in. */
const CURVE_PIECES = 16;

type Side = "left" | "right";
const SIDE_PAIRS: ReadonlyArray<readonly [Side, Side]> = [
  ["right", "right"],
  ["left", "right"],
  ["right", "left"],
  ["left", "left"],
];

/**
 * The route of each line whose ends are both placed (`places`: each point's top-left corner), by line id.
 * Lines are routed in order, undercuts after what they question, so an undercut meets its line's middle.
 */
export function lineRoutes(
  places: ReadonlyMap<string, Point>,
  lines: readonly CanvasLine[],
  size: NodeSize,
): Map<string, RoutedLine> {
  const ids = [...places.keys()];
  const cards: Rect[] = ids.map((id) => {
    const at = places.get(id) as Point;
    return { x: at.x, y: at.y, width: size.width, height: size.height };
  });
  const cardOf = new Map(ids.map((id, k) => [id, cards[k] as Rect]));
  const tracks = (extra: readonly Point[]) =>
    new TrackGrid(
      cards,
      [...cards.flatMap((card) => [card.x - STUB, card.x + card.width + STUB]), ...extra.map((p) => p.x)],
      [
        ...cards.flatMap((card) => [
          card.y + card.height / 2,
          card.y - HEAD_GAP / 2,
          card.y + card.height + HEAD_GAP / 2,
        ]),
        ...extra.map((p) => p.y),
      ],
      MARGIN,
    );
  const router = tracks([]);
  const routes = new Map<string, RoutedLine>();
  const byEnds = new Map<string, RoutedLine>();
  for (const line of lines) {
    if (line.type !== "relation") continue;
    const source = cardOf.get(line.source);
    const target = cardOf.get(line.target);
    if (!source || !target || source === target) continue;
    const route = relationRoute(source, target, cards, router);
    routes.set(line.id, route);
    byEnds.set(`${line.source}\u0000${line.target}`, route);
  }
  const undercuts = lines.flatMap((line) => {
    if (line.type !== "undercut") return [];
    const source = cardOf.get(line.source);
    const questioned = byEnds.get(`${line.questionedSource}\u0000${line.questionedTarget}`);
    return source && questioned ? [{ id: line.id, source, questioned }] : [];
  });
  // The middles undercuts point at are made crossings of tracks of their own.
  const undercutRouter = undercuts.length > 0 ? tracks(undercuts.map((u) => u.questioned.middle)) : router;
  for (const { id, source, questioned } of undercuts)
    routes.set(id, undercutRoute(source, questioned, cards, undercutRouter));
  return routes;
}

function relationRoute(source: Rect, target: Rect, cards: readonly Rect[], router: TrackGrid): RoutedLine {
  const from = { x: source.x + source.width / 2, y: source.y };
  const to = { x: target.x + target.width / 2, y: target.y + target.height };
  const own = [source, target];
  const outline = columnRoute(from, to, { width: source.width, height: source.height });
  if (outline && crossings(outline.points, cards, own) === 0) return { ...outline, from, to };
  // Only across the band under a row of tops: a curve squeezed into the gap between two rows would hug the cards.
  if (!outline && from.y - to.y >= HEAD_GAP - 1) {
    const curve = plainCurve(from, to);
    if (crossings(curve.points, cards, own) === 0) return { ...curve, from, to };
  }
  let best: { points: Point[]; crossed: number } | null = null;
  for (const [leave, enter] of SIDE_PAIRS) {
    const start = sidePoint(source, leave);
    const end = sidePoint(target, enter);
    const way = router.route(outward(start, leave), outward(end, enter));
    const points = way ? [start, ...way, end] : [start, end];
    const crossed = crossings(points, cards, own);
    if (!best || crossed < best.crossed || (crossed === best.crossed && length(points) < length(best.points)))
      best = { points, crossed };
  }
  const points = (best as { points: Point[] }).points;
  return { path: polyline(points), points, middle: pointHalfway(points), from, to };
}

function undercutRoute(
  source: Rect,
  questioned: RoutedLine,
  cards: readonly Rect[],
  router: TrackGrid,
): RoutedLine {
  const from = { x: source.x + source.width / 2, y: source.y };
  const goal = questioned.middle;
  let best: { points: Point[]; crossed: number } | null = null;
  for (const leave of ["right", "left"] as const) {
    const start = sidePoint(source, leave);
    const way = router.route(outward(start, leave), goal);
    const points = way ? [start, ...way] : [start, goal];
    const crossed = crossings(points, cards, [source]);
    if (!best || crossed < best.crossed) best = { points, crossed };
    if (crossed === 0) break;
  }
  const points = (best as { points: Point[] }).points;
  return { path: polyline(points), points, middle: pointHalfway(points), from, to: goal };
}

/** How many cards other than `own` the line passes through (touching one's edge counts). */
export function crossings(points: readonly Point[], cards: readonly Rect[], own: readonly Rect[]): number {
  let count = 0;
  for (const card of cards) {
    if (own.includes(card)) continue;
    for (let i = 1; i < points.length; i++) {
      if (segmentMeetsRect(points[i - 1] as Point, points[i] as Point, card, 0)) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** React Flow's curve from a top handle up to a bottom handle, with the corners it is checked by. */
function plainCurve(from: Point, to: Point): { path: string; points: Point[]; middle: Point } {
  const mid = (from.y + to.y) / 2;
  const points: Point[] = [];
  for (let k = 0; k <= CURVE_PIECES; k++) {
    const t = k / CURVE_PIECES;
    const u = 1 - t;
    // Control points straight above the start and straight below the end, at half height.
    const x = u * u * u * from.x + 3 * u * u * t * from.x + 3 * u * t * t * to.x + t * t * t * to.x;
    const y = u * u * u * from.y + 3 * u * u * t * mid + 3 * u * t * t * mid + t * t * t * to.y;
    points.push({ x, y });
  }
  return {
    path: `M${from.x},${from.y} C${from.x},${mid} ${to.x},${mid} ${to.x},${to.y}`,
    points,
    middle: points[CURVE_PIECES / 2] as Point,
  };
}

function length(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    total += Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
  }
  return total;
}

function sidePoint(card: Rect, side: Side): Point {
  return { x: side === "left" ? card.x : card.x + card.width, y: card.y + card.height / 2 };
}

function outward(at: Point, side: Side): Point {
  return { x: at.x + (side === "left" ? -STUB : STUB), y: at.y };
}

function polyline(corners: readonly Point[]): string {
  const points = corners.filter((p, k) => {
    const before = corners[k - 1];
    const after = corners[k + 1];
    if (!before || !after) return true;
    // A corner on a straight stretch is no corner.
    return !((before.x === p.x && p.x === after.x) || (before.y === p.y && p.y === after.y));
  });
  return points.map((p, k) => `${k === 0 ? "M" : "L"}${round(p.x)},${round(p.y)}`).join(" ");
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
