/**
 * Closes the empty bands a wrapped layout leaves under short subtrees: each card, from the top down, moves
 * up as far as it can while it stays a layer's gap below what it argues about and below every card it
 * would otherwise meet in its column. Nothing moves sideways and nothing overtakes what was above it, so
 * the map reads as before, in less height: on a page, that is larger words.
 */
import type { LayoutGaps, LayoutGraph } from "../../model/layout/layout-graph";
import type { Position } from "../../model/schema";

export function pullUp(
  graph: LayoutGraph,
  places: ReadonlyMap<string, Position>,
  size: { width: number; height: number },
  gaps: LayoutGaps,
): Map<string, Position> {
  const count = graph.ids.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  graph.ids.forEach((id, v) => {
    const at = places.get(id) as Position;
    x[v] = at.x;
    y[v] = at.y;
  });
  // What each card argues about that was drawn above it: it stays below those.
  const above: number[][] = Array.from({ length: count }, () => []);
  for (let parent = 0; parent < count; parent++) {
    for (let k = graph.childStart[parent] as number; k < (graph.childStart[parent + 1] as number); k++) {
      const child = graph.children[k] as number;
      if ((y[parent] as number) < (y[child] as number)) (above[child] as number[]).push(parent);
    }
  }
  const order = Array.from({ length: count }, (_, v) => v).sort(
    (a, b) => (y[a] as number) - (y[b] as number) || (x[a] as number) - (x[b] as number),
  );
  const top = order.length > 0 ? (y[order[0] as number] as number) : 0;
  const step = size.height + gaps.layer;
  const moved = new Float64Array(count);
  // Cards already placed, by column of one card's width and a gap: only the columns either side can meet.
  const column = size.width + gaps.sibling;
  const placed = new Map<number, number[]>();
  for (const v of order) {
    let lowest = top;
    for (const parent of above[v] as number[]) lowest = Math.max(lowest, (moved[parent] as number) + step);
    const at = Math.floor((x[v] as number) / column);
    for (let near = at - 1; near <= at + 1; near++) {
      for (const u of placed.get(near) ?? []) {
        // Cards side by side keep the sibling gap; in one column, a layer's gap, so lines pass between.
        if (Math.abs((x[u] as number) - (x[v] as number)) < column) {
          lowest = Math.max(lowest, (moved[u] as number) + step);
        }
      }
    }
    moved[v] = Math.min(y[v] as number, lowest);
    const list = placed.get(at);
    if (list) list.push(v);
    else placed.set(at, [v]);
  }
  const out = new Map<string, Position>();
  graph.ids.forEach((id, v) => {
    out.set(id, { x: x[v] as number, y: moved[v] as number });
  });
  return out;
}
