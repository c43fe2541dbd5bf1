/**
 * A layered layout in linear time for big maps. Each node hangs under the first node that reaches it
 * breadth first from the tops of the map (so under its shallowest parent); each subtree gets a band as
 * wide as its leaves need, and a parent sits centred over its children. Other links are drawn across.
 * Cycles and several roots are fine: a cycle with no top is entered at its first node.
 */
import type { Position } from "../../model/schema";
import { LAYER_GAP, type LayoutGraph, NODE_SIZE, type NodeSize, SIBLING_GAP } from "./layout-graph";

export function treeLayout(graph: LayoutGraph, size: NodeSize = NODE_SIZE): Record<string, Position> {
  const count = graph.ids.length;
  const indexOf = new Map<string, number>();
  graph.ids.forEach((id, i) => {
    indexOf.set(id, i);
  });
  const childrenOf: number[][] = Array.from({ length: count }, () => []);
  const hasParent = new Uint8Array(count);
  for (const [child, parent] of graph.links) {
    const c = indexOf.get(child);
    const p = indexOf.get(parent);
    if (c === undefined || p === undefined || c === p) continue;
    childrenOf[p]?.push(c);
    hasParent[c] = 1;
  }

  // Breadth first from the tops, then from whatever a cycle left unreached.
  const treeChildren: number[][] = Array.from({ length: count }, () => []);
  const depth = new Int32Array(count).fill(-1);
  const roots: number[] = [];
  const order: number[] = [];
  const grow = (root: number) => {
    roots.push(root);
    depth[root] = 0;
    const start = order.length;
    order.push(root);
    for (let i = start; i < order.length; i++) {
      const node = order[i] as number;
      for (const child of childrenOf[node] as number[]) {
        if (depth[child] !== -1) continue;
        depth[child] = (depth[node] as number) + 1;
        (treeChildren[node] as number[]).push(child);
        order.push(child);
      }
    }
  };
  for (let i = 0; i < count; i++) if (!hasParent[i] && depth[i] === -1) grow(i);
  for (let i = 0; i < count; i++) if (depth[i] === -1) grow(i);

  // Widths bottom up (reverse breadth-first order visits children before parents).
  const width = new Float64Array(count);
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as number;
    const kids = treeChildren[node] as number[];
    let sum = 0;
    for (const kid of kids) sum += width[kid] as number;
    sum += Math.max(0, kids.length - 1) * SIBLING_GAP;
    width[node] = Math.max(size.width, sum);
  }

  // Bands top down: each child takes its share of the parent's band, left to right.
  const left = new Float64Array(count);
  let offset = 0;
  for (const root of roots) {
    left[root] = offset;
    offset += (width[root] as number) + SIBLING_GAP * 2;
  }
  const positions: Record<string, Position> = {};
  for (const node of order) {
    const kids = treeChildren[node] as number[];
    let used = 0;
    for (const kid of kids) used += width[kid] as number;
    used += Math.max(0, kids.length - 1) * SIBLING_GAP;
    let cursor = (left[node] as number) + ((width[node] as number) - used) / 2;
    for (const kid of kids) {
      left[kid] = cursor;
      cursor += (width[kid] as number) + SIBLING_GAP;
    }
    const x = (left[node] as number) + ((width[node] as number) - size.width) / 2;
    positions[graph.ids[node] as string] = {
      x: Math.round(x),
      y: (depth[node] as number) * (size.height + LAYER_GAP),
    };
  }
  return positions;
}
