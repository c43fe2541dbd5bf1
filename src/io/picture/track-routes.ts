/**
 * Lines round cards along tracks: horizontal and vertical lines through the gaps between cards (given by
 * whoever knows the layout, for the columns layout the gutters and the bands under each row of tops). A
 * route runs along the tracks from one crossing of two tracks to another, never nearer a card than a
 * margin, with as few turns as it can: the shortest way on the grid of tracks, a turn weighing as much
 * as a stretch of line. Where cards sit in rows and columns this finds a clear way in a few thousand
 * steps, where a search over small cells (route-lines.ts) would need a million.
 */

import { Heap, type Point, type Rect } from "./route-lines";

/** A turn costs as much as this much line. */
const TURN = 40;

const DX = [1, -1, 0, 0];
const DY = [0, 0, 1, -1];

export class TrackGrid {
  private readonly xs: number[];
  private readonly ys: number[];
  /** Per crossing: whether it is clear of every card. */
  private readonly free: Uint8Array;
  /** Per crossing: whether the piece to the next crossing right (or down) is clear. */
  private readonly right: Uint8Array;
  private readonly down: Uint8Array;

  constructor(cards: readonly Rect[], xs: Iterable<number>, ys: Iterable<number>, margin: number) {
    this.xs = [...new Set(xs)].sort((a, b) => a - b);
    this.ys = [...new Set(ys)].sort((a, b) => a - b);
    const columns = this.xs.length;
    const size = columns * this.ys.length;
    this.free = new Uint8Array(size).fill(1);
    this.right = new Uint8Array(size).fill(1);
    this.down = new Uint8Array(size).fill(1);
    for (const card of cards) {
      const left = card.x - margin;
      const top = card.y - margin;
      const right = card.x + card.width + margin;
      const bottom = card.y + card.height + margin;
      // Crossings inside the card, and pieces that pass through it or end inside it.
      const c0 = firstAbove(this.xs, left);
      const c1 = firstAbove(this.xs, right) - 1;
      const r0 = firstAbove(this.ys, top);
      const r1 = firstAbove(this.ys, bottom) - 1;
      for (let r = r0; r <= r1; r++) {
        for (let c = Math.max(0, c0 - 1); c <= c1; c++) this.right[r * columns + c] = 0;
        for (let c = c0; c <= c1; c++) this.free[r * columns + c] = 0;
      }
      for (let c = c0; c <= c1; c++) {
        for (let r = Math.max(0, r0 - 1); r <= r1; r++) this.down[r * columns + c] = 0;
      }
    }
  }

  /**
   * The corners of the shortest clear way from `from` to `to`, both crossings of two tracks, both ends
   * included; null when either is not a clear crossing or no clear way joins them.
   */
  route(from: Point, to: Point): Point[] | null {
    const columns = this.xs.length;
    const start = this.crossing(from);
    const goal = this.crossing(to);
    if (start < 0 || goal < 0) return null;
    const cost = new Map<number, number>();
    const cameFrom = new Map<number, number>();
    const open = new Heap();
    const estimate = (node: number) =>
      Math.abs((this.xs[node % columns] as number) - to.x) +
      Math.abs((this.ys[Math.floor(node / columns)] as number) - to.y);
    for (let d = 0; d < 4; d++) {
      cost.set(start * 4 + d, 0);
      cameFrom.set(start * 4 + d, -1);
      open.push(start * 4 + d, estimate(start));
    }
    const done = new Set<number>();
    while (open.size > 0) {
      const state = open.pop();
      if (done.has(state)) continue;
      done.add(state);
      const node = state >> 2;
      if (node === goal) return this.cornersOf(state, cameFrom);
      const dir = state & 3;
      const here = cost.get(state) as number;
      const c = node % columns;
      const r = (node - c) / columns;
      for (let d = 0; d < 4; d++) {
        const nc = c + (DX[d] as number);
        const nr = r + (DY[d] as number);
        if (nc < 0 || nr < 0 || nc >= columns || nr >= this.ys.length) continue;
        const next = nr * columns + nc;
        if (!this.free[next] || !this.linked(node, next, d)) continue;
        const length =
          Math.abs((this.xs[nc] as number) - (this.xs[c] as number)) +
          Math.abs((this.ys[nr] as number) - (this.ys[r] as number));
        const g = here + length + (d === dir ? 0 : TURN);
        const nextState = next * 4 + d;
        if (g >= (cost.get(nextState) ?? Number.POSITIVE_INFINITY)) continue;
        cost.set(nextState, g);
        cameFrom.set(nextState, state);
        open.push(nextState, g + estimate(next));
      }
    }
    return null;
  }

  private linked(node: number, next: number, d: number): boolean {
    if (d === 0) return this.right[node] === 1;
    if (d === 1) return this.right[next] === 1;
    if (d === 2) return this.down[node] === 1;
    return this.down[next] === 1;
  }

  private crossing(p: Point): number {
    const c = this.xs.indexOf(p.x);
    const r = this.ys.indexOf(p.y);
    if (c < 0 || r < 0) return -1;
    const node = r * this.xs.length + c;
    return this.free[node] ? node : -1;
  }

  private cornersOf(end: number, cameFrom: ReadonlyMap<number, number>): Point[] {
    const columns = this.xs.length;
    const at = (state: number): Point => {
      const node = state >> 2;
      return { x: this.xs[node % columns] as number, y: this.ys[Math.floor(node / columns)] as number };
    };
    const corners: Point[] = [at(end)];
    let state = end;
    let previous = cameFrom.get(state) as number;
    while (previous !== -1) {
      const before = cameFrom.get(previous) as number;
      if (before === -1 || (previous & 3) !== (state & 3)) corners.push(at(previous));
      state = previous;
      previous = before;
    }
    return corners.reverse();
  }
}

/** The index of the first value in sorted `values` above `limit`. */
function firstAbove(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
