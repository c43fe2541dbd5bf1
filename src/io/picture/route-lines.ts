/**
 * Lines between cards that go round the cards in their way. A line runs straight when nothing is in its
 * way; otherwise it is found on a grid of small cells (A*, turns costing extra, so it bends seldom), and
 * then straightened wherever a straight piece clears every card. The search is kept to an area around
 * the two ends and to a budget of cells, so a very big map still renders at once: a line that cannot be
 * routed within them is drawn straight.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far a line keeps from a card it passes. */
const CLEARANCE = 6;
const CELL = 8;
/** How far past its two ends a line may wander to get round what is in its way. */
const REACH = 320;
/** A turn costs as much as this many cells of line. */
const TURN = 4;
/** Cells searched at most, over all the lines of one picture. */
const BUDGET = 1_000_000;
/**
 * Cells searched at most for one line, as a multiple of its length in cells: a way round that exists is
 * found well within it, and a line that has none gives up soon rather than searching its whole area.
 */
const SEARCH_PER_CELL = 24;
const SEARCH_LEAST = 3_000;
/**
 * How much more the distance left weighs than the distance gone: above 1 the search heads for the goal
 * and finds a way round far sooner, a little longer than the shortest, which straightening then trims.
 */
const GREED = 2;
const BUCKET = 256;

const STEPS: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

/** The cards a router avoids, bucketed on a coarse grid so a segment tests only the cards near it. */
export class Router {
  private readonly buckets = new Map<string, number[]>();
  private budget = BUDGET;

  constructor(private readonly rects: readonly Rect[]) {
    rects.forEach((rect, i) => {
      for (let bx = Math.floor(rect.x / BUCKET); bx <= Math.floor((rect.x + rect.width) / BUCKET); bx++) {
        for (let by = Math.floor(rect.y / BUCKET); by <= Math.floor((rect.y + rect.height) / BUCKET); by++) {
          const key = `${bx},${by}`;
          const list = this.buckets.get(key);
          if (list) list.push(i);
          else this.buckets.set(key, [i]);
        }
      }
    });
  }

  /** True when the segment keeps `margin` away from every card. */
  clear(a: Point, b: Point, margin = CLEARANCE - 2): boolean {
    const seen = new Set<number>();
    const x0 = Math.floor((Math.min(a.x, b.x) - margin) / BUCKET);
    const x1 = Math.floor((Math.max(a.x, b.x) + margin) / BUCKET);
    const y0 = Math.floor((Math.min(a.y, b.y) - margin) / BUCKET);
    const y1 = Math.floor((Math.max(a.y, b.y) + margin) / BUCKET);
    for (let bx = x0; bx <= x1; bx++) {
      for (let by = y0; by <= y1; by++) {
        for (const i of this.buckets.get(`${bx},${by}`) ?? []) {
          if (seen.has(i)) continue;
          seen.add(i);
          if (segmentMeetsRect(a, b, this.rects[i] as Rect, margin)) return false;
        }
      }
    }
    return true;
  }

  /** The corners of a line from `from` to `to` round the cards, both ends included. */
  route(from: Point, to: Point): Point[] {
    if (this.clear(from, to)) return [from, to];
    const path = this.search(from, to);
    return path ? straighten(path, this) : [from, to];
  }

  private search(from: Point, to: Point): Point[] | null {
    const left = Math.min(from.x, to.x) - REACH;
    const top = Math.min(from.y, to.y) - REACH;
    const columns = Math.ceil((Math.abs(from.x - to.x) + 2 * REACH) / CELL) + 1;
    const rows = Math.ceil((Math.abs(from.y - to.y) + 2 * REACH) / CELL) + 1;
    const length = (Math.abs(from.x - to.x) + Math.abs(from.y - to.y)) / CELL;
    let allowed = Math.min(this.budget, SEARCH_LEAST + SEARCH_PER_CELL * length);
    if (allowed <= 0) return null;
    const blocked = this.blockedCells(left, top, columns, rows);
    const cellOf = (p: Point) => Math.round((p.y - top) / CELL) * columns + Math.round((p.x - left) / CELL);
    const start = cellOf(from);
    const goal = cellOf(to);
    blocked[start] = 0;
    blocked[goal] = 0;
    const goalColumn = goal % columns;
    const goalRow = Math.floor(goal / columns);
    // Kept sparse: a search visits a small part of its area on a big map.
    const cost = new Map<number, number>();
    const cameFrom = new Map<number, number>();
    const open = new Heap();
    for (let d = 0; d < 4; d++) {
      cost.set(start * 4 + d, 0);
      cameFrom.set(start * 4 + d, -1);
      open.push(start * 4 + d, 0);
    }
    while (open.size > 0 && allowed-- > 0) {
      this.budget--;
      const state = open.pop();
      const cell = state >> 2;
      const dir = state & 3;
      if (cell === goal) return this.pathOf(state, cameFrom, columns, left, top, from, to);
      const column = cell % columns;
      const row = (cell - column) / columns;
      const here = cost.get(state) as number;
      for (let d = 0; d < 4; d++) {
        const [dx, dy] = STEPS[d] as readonly [number, number];
        const c = column + dx;
        const r = row + dy;
        if (c < 0 || r < 0 || c >= columns || r >= rows) continue;
        const next = r * columns + c;
        if (blocked[next]) continue;
        const g = here + 1 + (d === dir ? 0 : TURN);
        const nextState = next * 4 + d;
        if (g >= (cost.get(nextState) ?? Number.POSITIVE_INFINITY)) continue;
        cost.set(nextState, g);
        cameFrom.set(nextState, state);
        open.push(nextState, g + GREED * (Math.abs(goalColumn - c) + Math.abs(goalRow - r)));
      }
    }
    return null;
  }

  private blockedCells(left: number, top: number, columns: number, rows: number): Uint8Array {
    const blocked = new Uint8Array(columns * rows);
    const right = left + columns * CELL;
    const bottom = top + rows * CELL;
    for (const rect of this.rects) {
      if (rect.x > right || rect.y > bottom || rect.x + rect.width < left || rect.y + rect.height < top)
        continue;
      const c0 = Math.max(0, Math.ceil((rect.x - CLEARANCE - left) / CELL));
      const c1 = Math.min(columns - 1, Math.floor((rect.x + rect.width + CLEARANCE - left) / CELL));
      const r0 = Math.max(0, Math.ceil((rect.y - CLEARANCE - top) / CELL));
      const r1 = Math.min(rows - 1, Math.floor((rect.y + rect.height + CLEARANCE - top) / CELL));
      for (let r = r0; r <= r1; r++) blocked.fill(1, r * columns + c0, r * columns + c1 + 1);
    }
    return blocked;
  }

  /** The grid path's corners, with the true ends in place of the cells they fell in. */
  private pathOf(
    end: number,
    cameFrom: ReadonlyMap<number, number>,
    columns: number,
    left: number,
    top: number,
    from: Point,
    to: Point,
  ): Point[] {
    const corners: Point[] = [to];
    let state = end;
    let previous = cameFrom.get(state) as number;
    while (previous !== -1) {
      if ((previous & 3) !== (state & 3) && cameFrom.get(previous) !== -1) {
        const cell = previous >> 2;
        corners.push({ x: left + (cell % columns) * CELL, y: top + Math.floor(cell / columns) * CELL });
      }
      state = previous;
      previous = cameFrom.get(state) as number;
    }
    corners.push(from);
    return corners.reverse();
  }
}

/** Drops every corner that a straight piece past it can skip without meeting a card. */
function straighten(path: Point[], router: Router): Point[] {
  const out: Point[] = [path[0] as Point];
  let i = 0;
  while (i < path.length - 1) {
    let j = path.length - 1;
    while (j > i + 1 && !router.clear(path[i] as Point, path[j] as Point)) j--;
    out.push(path[j] as Point);
    i = j;
  }
  return out;
}

/** Whether the segment passes within `margin` of the rectangle (Liang and Barsky's clipping). */
export function segmentMeetsRect(a: Point, b: Point, rect: Rect, margin: number): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: Array<[number, number]> = [
    [-dx, a.x - (rect.x - margin)],
    [dx, rect.x + rect.width + margin - a.x],
    [-dy, a.y - (rect.y - margin)],
    [dy, rect.y + rect.height + margin - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** The point halfway along a line by length. */
export function pointHalfway(points: readonly Point[]): Point {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += lengthBetween(points[i - 1] as Point, points[i] as Point);
  let left = total / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const length = lengthBetween(a, b);
    if (length >= left && length > 0) {
      const t = left / length;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    left -= length;
  }
  return points[0] as Point;
}

function lengthBetween(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** A binary min-heap of states by priority. */
export class Heap {
  private states: number[] = [];
  private priorities: number[] = [];

  get size(): number {
    return this.states.length;
  }

  push(state: number, priority: number): void {
    const { states, priorities } = this;
    let i = states.length;
    states.push(state);
    priorities.push(priority);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((priorities[parent] as number) <= priority) break;
      states[i] = states[parent] as number;
      priorities[i] = priorities[parent] as number;
      i = parent;
    }
    states[i] = state;
    priorities[i] = priority;
  }

  pop(): number {
    const { states, priorities } = this;
    const top = states[0] as number;
    const lastState = states.pop() as number;
    const lastPriority = priorities.pop() as number;
    const count = states.length;
    if (count === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= count) break;
      if (child + 1 < count && (priorities[child + 1] as number) < (priorities[child] as number)) child++;
      if ((priorities[child] as number) >= lastPriority) break;
      states[i] = states[child] as number;
      priorities[i] = priorities[child] as number;
      i = child;
    }
    states[i] = lastState;
    priorities[i] = lastPriority;
    return top;
  }
}
