/**
 * A layered layout for big maps, fast enough for thousands of nodes. Each node hangs under the first
 * node that reaches it breadth first from the tops of the map (so under its shallowest parent); other
 * links are drawn across. Subtrees are packed side by side as closely as their outlines allow, level by
 * level (a tidy tree), and a parent sits centred over its children. Cycles and several roots are fine:
 * a cycle with no top is entered at its first node. Time grows with nodes times tree height; for a
 * pathologically deep tree it falls back to giving each subtree a band as wide as its leaves.
 */
import type { Position } from "../schema";
import { LAYER_GAP, type LayoutGraph, NODE_SIZE, type NodeSize, SIBLING_GAP } from "./layout-graph";

const DEEPEST_PACKED = 300;

/** A spanning tree of the layout graph: each node under its shallowest parent. */
export interface Tree {
  roots: number[];
  /** Breadth-first order: every node after its tree parent. */
  order: number[];
  children: number[][];
  depth: Int32Array;
}

export function treeLayout(graph: LayoutGraph, size: NodeSize = NODE_SIZE): Map<string, Position> {
  const tree = spanningTree(graph);
  let deepest = 0;
  for (const d of tree.depth) deepest = Math.max(deepest, d);
  const left = deepest > DEEPEST_PACKED ? bandOffsets(tree, size.width) : packedOffsets(tree, size.width);
  const positions = new Map<string, Position>();
  tree.order.forEach((node) => {
    positions.set(graph.ids[node] as string, {
      x: Math.round(left[node] as number),
      y: (tree.depth[node] as number) * (size.height + LAYER_GAP),
    });
  });
  return positions;
}

export function spanningTree(graph: LayoutGraph): Tree {
  const count = graph.ids.length;
  const { childStart, children: linked } = graph;
  const hasParent = new Uint8Array(count);
  for (const child of linked) hasParent[child] = 1;
  const children: number[][] = Array.from({ length: count }, () => []);
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
      for (let k = childStart[node] as number; k < (childStart[node + 1] as number); k++) {
        const child = linked[k] as number;
        if (depth[child] !== -1) continue;
        depth[child] = (depth[node] as number) + 1;
        (children[node] as number[]).push(child);
        order.push(child);
      }
    }
  };
  // The tops of the map first, then whatever a cycle left unreached.
  for (let i = 0; i < count; i++) if (!hasParent[i] && depth[i] === -1) grow(i);
  for (let i = 0; i < count; i++) if (depth[i] === -1) grow(i);
  return { roots, order, children, depth };
}

/** A subtree's outline: for each level below its top, the leftmost and rightmost edge of its nodes. */
interface Outline {
  left: number[];
  right: number[];
}

/**
 * Left edges of the nodes, packing subtrees: a subtree is shifted against its left neighbours only as
 * far as the closest pair of levels they share requires.
 */
function packedOffsets(tree: Tree, width: number): Float64Array {
  const count = tree.depth.length;
  const outlines: Array<Outline | undefined> = new Array(count);
  // Where a child's left edge sits relative to its parent's.
  const relative = new Float64Array(count);
  const place = (members: readonly number[]): { outline: Outline; offsets: number[] } => {
    const offsets = [0];
    const first = outlines[members[0] as number] as Outline;
    const merged: Outline = { left: first.left, right: first.right };
    for (let i = 1; i < members.length; i++) {
      const next = outlines[members[i] as number] as Outline;
      const shared = Math.min(merged.left.length, next.left.length);
      let shift = Number.NEGATIVE_INFINITY;
      for (let d = 0; d < shared; d++) {
        shift = Math.max(shift, (merged.right[d] as number) - (next.left[d] as number) + SIBLING_GAP);
      }
      offsets.push(shift);
      for (let d = 0; d < next.left.length; d++) {
        if (d < shared) merged.right[d] = (next.right[d] as number) + shift;
        else {
          merged.left.push((next.left[d] as number) + shift);
          merged.right.push((next.right[d] as number) + shift);
        }
      }
      outlines[members[i] as number] = undefined;
    }
    outlines[members[0] as number] = undefined;
    return { outline: merged, offsets };
  };

  for (let i = tree.order.length - 1; i >= 0; i--) {
    const node = tree.order[i] as number;
    const kids = tree.children[node] as number[];
    if (kids.length === 0) {
      outlines[node] = { left: [0], right: [width] };
      continue;
    }
    const { outline, offsets } = place(kids);
    const centre = (offsets[offsets.length - 1] as number) / 2;
    kids.forEach((kid, k) => {
      relative[kid] = (offsets[k] as number) - centre;
    });
    outlines[node] = {
      left: [0, ...outline.left.map((x) => x - centre)],
      right: [width, ...outline.right.map((x) => x - centre)],
    };
  }

  const left = new Float64Array(count);
  const { offsets } = place(tree.roots);
  tree.roots.forEach((root, k) => {
    // Separate parts of the map get a wider gap, so they read as separate.
    left[root] = (offsets[k] as number) + k * SIBLING_GAP;
  });
  for (const node of tree.order) {
    for (const kid of tree.children[node] as number[])
      left[kid] = (left[node] as number) + (relative[kid] as number);
  }
  return left;
}

/** Left edges of the nodes, giving each subtree a band as wide as its leaves need: linear time. */
function bandOffsets(tree: Tree, width: number): Float64Array {
  const count = tree.depth.length;
  const span = new Float64Array(count);
  for (let i = tree.order.length - 1; i >= 0; i--) {
    const node = tree.order[i] as number;
    const kids = tree.children[node] as number[];
    let sum = Math.max(0, kids.length - 1) * SIBLING_GAP;
    for (const kid of kids) sum += span[kid] as number;
    span[node] = Math.max(width, sum);
  }
  const band = new Float64Array(count);
  let offset = 0;
  for (const root of tree.roots) {
    band[root] = offset;
    offset += (span[root] as number) + SIBLING_GAP * 2;
  }
  const left = new Float64Array(count);
  for (const node of tree.order) {
    const kids = tree.children[node] as number[];
    let used = Math.max(0, kids.length - 1) * SIBLING_GAP;
    for (const kid of kids) used += span[kid] as number;
    let cursor = (band[node] as number) + ((span[node] as number) - used) / 2;
    for (const kid of kids) {
      band[kid] = cursor;
      cursor += (span[kid] as number) + SIBLING_GAP;
    }
    left[node] = (band[node] as number) + ((span[node] as number) - width) / 2;
  }
  return left;
}
