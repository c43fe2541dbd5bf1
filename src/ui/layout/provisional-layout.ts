/**
 * Where the canvas draws a big map's nodes while the layout worker lays out its new version: every node
 * the last layout placed stays where it was, and a new node goes just below the node it argues about (to
 * the right of what is already there), or above what argues about it, or else beside the map. The worker's
 * layout replaces it a moment later; meanwhile the reader sees the new point at once, near its parent.
 * The places of nodes the last layout placed are answered as they were; asked about a node this version
 * no longer has, it may still answer where that node was.
 */
import type { Position } from "../../model/schema";
import { LAYER_GAP, type LayoutGraph, NODE_SIZE, SIBLING_GAP } from "./layout-graph";

export function provisionalLayout(
  graph: LayoutGraph,
  previous: ReadonlyMap<string, Position>,
): Map<string, Position> {
  const count = graph.ids.length;
  const at: Array<Position | undefined> = graph.ids.map((id) => previous.get(id));
  const placedBefore = at.map((place) => place !== undefined);
  const parentOf = new Int32Array(count).fill(-1);
  const firstChild = new Int32Array(count).fill(-1);
  for (let parent = 0; parent < count; parent++) {
    for (let k = graph.childStart[parent] as number; k < (graph.childStart[parent + 1] as number); k++) {
      const child = graph.children[k] as number;
      if (parentOf[child] === -1) parentOf[child] = parent;
      if (firstChild[parent] === -1) firstChild[parent] = child;
    }
  }
  // Each placed parent's next free spot to the right of its children already on the canvas.
  const nextUnder = new Map<number, number>();
  const under = (parent: number, place: Position): Position => {
    let x = nextUnder.get(parent);
    if (x === undefined) {
      x = place.x;
      for (let k = graph.childStart[parent] as number; k < (graph.childStart[parent + 1] as number); k++) {
        const placed = at[graph.children[k] as number];
        if (placed && placed.y > place.y) x = Math.max(x, placed.x + NODE_SIZE.width + SIBLING_GAP);
      }
    }
    nextUnder.set(parent, x + NODE_SIZE.width + SIBLING_GAP);
    return { x, y: place.y + NODE_SIZE.height + LAYER_GAP };
  };
  // New nodes can hang under new nodes: place them in rounds until no round places one.
  let placedSome = true;
  while (placedSome) {
    placedSome = false;
    for (let v = 0; v < count; v++) {
      if (at[v]) continue;
      const parent = parentOf[v] as number;
      const child = firstChild[v] as number;
      const parentAt = parent === -1 ? undefined : at[parent];
      const childAt = child === -1 ? undefined : at[child];
      if (parentAt) at[v] = under(parent, parentAt);
      else if (childAt) at[v] = { x: childAt.x, y: childAt.y - NODE_SIZE.height - LAYER_GAP };
      else continue;
      placedSome = true;
    }
  }
  // What joins nothing placed goes in a column beside the map.
  let right: number | null = null;
  const rightOfMap = () => {
    if (right === null) {
      right = 0;
      for (const place of at) if (place) right = Math.max(right, place.x + NODE_SIZE.width);
    }
    return right;
  };
  let row = 0;
  // The last layout's places, copied whole (a native copy, several times quicker than setting each
  // node's), and the new nodes' set over them. A node the last layout placed and this version no
  // longer has keeps its entry: nothing asks for it, and the worker's layout replaces the lot.
  const positions = new Map(previous);
  for (let v = 0; v < count; v++) {
    if (placedBefore[v]) continue;
    const place = at[v] ?? { x: rightOfMap() + SIBLING_GAP * 2, y: row++ * (NODE_SIZE.height + SIBLING_GAP) };
    positions.set(graph.ids[v] as string, place);
  }
  return positions;
}

/** True when `previous` places at least `share` of the graph's nodes: a version, not a new map. */
export function mostlyPlaced(
  previous: ReadonlyMap<string, Position>,
  graph: LayoutGraph,
  share = 0.9,
): boolean {
  let placed = 0;
  for (const id of graph.ids) if (previous.has(id)) placed++;
  return placed >= graph.ids.length * share;
}
