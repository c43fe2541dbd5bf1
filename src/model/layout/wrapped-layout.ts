/**
 * A layout for wide, shallow maps that fits a wide screen: the same tree as `treeLayout` (each node under
 * its shallowest parent, above what argues about it), but a long row of siblings wraps onto further rows
 * below, as words wrap in a paragraph, so a thesis with ten claims does not spread ten subtrees side by
 * side. The row width is chosen so that the whole map comes out as near as it can to the screen's shape
 * (16:10 unless told otherwise).
 *
 * Each subtree is packed into a box: its top node centred over its children's rows, each row centred
 * under it. Boxes never overlap, so the result is less dense than the tidy tree's packed outlines; that is
 * the price of wrapping. Time is linear in the nodes for each row width tried (a few dozen).
 */
import type { Position } from "../schema";
import { CANVAS_GAPS, type LayoutGaps, type LayoutGraph, NODE_SIZE, type NodeSize } from "./layout-graph";
import { spanningTree, type Tree } from "./tree-layout";

/** A 16:10 screen's shape, width over height. */
export const WIDE_SCREEN = 16 / 10;

/** Row widths tried, from one node wide to the unwrapped width. */
const TRIES = 32;

interface Boxes {
  /** Each subtree's box size. */
  width: Float64Array;
  height: Float64Array;
  /** Where each node's box sits inside its parent's children block (or the roots' block). */
  dx: Float64Array;
  dy: Float64Array;
  /** Width of each node's children block. */
  block: Float64Array;
  /** Size of the roots' block: the whole map. */
  total: { width: number; height: number };
}

export function wrappedLayout(
  graph: LayoutGraph,
  size: NodeSize = NODE_SIZE,
  shape: number = WIDE_SCREEN,
  gaps: LayoutGaps = CANVAS_GAPS,
): Map<string, Position> {
  const tree = spanningTree(graph);
  const unwrapped = boxes(tree, size, Number.POSITIVE_INFINITY, gaps);
  let best = unwrapped;
  let bestMiss = miss(unwrapped, shape);
  // Narrower rows make the map taller and narrower; the shape is tried at row widths spread evenly on a
  // log scale, and the one nearest the screen's shape wins (the widest of equals: fewer wraps).
  const widest = unwrapped.total.width;
  for (let k = 1; k < TRIES && widest > size.width; k++) {
    const limit = widest * (size.width / widest) ** (k / (TRIES - 1));
    const tried = boxes(tree, size, limit, gaps);
    const off = miss(tried, shape);
    if (off < bestMiss - 1e-9) {
      best = tried;
      bestMiss = off;
    }
  }
  return place(graph, tree, size, best, gaps);
}

/** How far a layout's shape is from the screen's, on a log scale (so too wide and too tall weigh alike). */
function miss(laid: Boxes, shape: number): number {
  return Math.abs(Math.log(laid.total.width / laid.total.height / shape));
}

/** Boxes for every subtree when no row of siblings may be wider than `limit` (unless one box is). */
function boxes(tree: Tree, size: NodeSize, limit: number, gaps: LayoutGaps): Boxes {
  const count = tree.depth.length;
  const laid: Boxes = {
    width: new Float64Array(count),
    height: new Float64Array(count),
    dx: new Float64Array(count),
    dy: new Float64Array(count),
    block: new Float64Array(count),
    total: { width: 0, height: 0 },
  };
  for (let i = tree.order.length - 1; i >= 0; i--) {
    const node = tree.order[i] as number;
    const kids = tree.children[node] as number[];
    if (kids.length === 0) {
      laid.width[node] = size.width;
      laid.height[node] = size.height;
      continue;
    }
    const block = wrapRows(kids, laid, limit, gaps.sibling, gaps.layer);
    laid.block[node] = block.width;
    laid.width[node] = Math.max(size.width, block.width);
    laid.height[node] = size.height + gaps.layer + block.height;
  }
  // Separate parts of the map get a wider gap, so they read as separate.
  laid.total = wrapRows(tree.roots, laid, limit, gaps.sibling * 2, gaps.layer);
  return laid;
}

/**
 * Lays `members`' boxes in rows no wider than `limit`, rows centred and stacked with a layer's gap, and
 * records each box's place in the block; returns the block's size. Rows are `rowGap` apart.
 */
function wrapRows(
  members: readonly number[],
  laid: Boxes,
  limit: number,
  gap: number,
  rowGap: number,
): { width: number; height: number } {
  const rows: number[][] = [];
  let row: number[] = [];
  let rowWidth = 0;
  for (const member of members) {
    const width = laid.width[member] as number;
    if (row.length > 0 && rowWidth + gap + width > limit) {
      rows.push(row);
      row = [];
      rowWidth = 0;
    }
    rowWidth += (row.length > 0 ? gap : 0) + width;
    row.push(member);
  }
  if (row.length > 0) rows.push(row);
  const widths = rows.map((members) =>
    members.reduce((sum, member, k) => sum + (k > 0 ? gap : 0) + (laid.width[member] as number), 0),
  );
  const blockWidth = Math.max(0, ...widths);
  let top = 0;
  rows.forEach((members, r) => {
    let left = (blockWidth - (widths[r] as number)) / 2;
    let tallest = 0;
    for (const member of members) {
      laid.dx[member] = left;
      laid.dy[member] = top;
      left += (laid.width[member] as number) + gap;
      tallest = Math.max(tallest, laid.height[member] as number);
    }
    top += tallest + (r < rows.length - 1 ? rowGap : 0);
  });
  return { width: blockWidth, height: top };
}

/** Top-left corners from the boxes: each node centred on top of its box, its children block under it. */
function place(
  graph: LayoutGraph,
  tree: Tree,
  size: NodeSize,
  laid: Boxes,
  gaps: LayoutGaps,
): Map<string, Position> {
  const count = tree.depth.length;
  const boxLeft = new Float64Array(count);
  const boxTop = new Float64Array(count);
  for (const root of tree.roots) {
    boxLeft[root] = laid.dx[root] as number;
    boxTop[root] = laid.dy[root] as number;
  }
  const positions = new Map<string, Position>();
  for (const node of tree.order) {
    const left = boxLeft[node] as number;
    const top = boxTop[node] as number;
    const width = laid.width[node] as number;
    positions.set(graph.ids[node] as string, {
      x: Math.round(left + (width - size.width) / 2),
      y: Math.round(top),
    });
    const blockLeft = left + (width - (laid.block[node] as number)) / 2;
    const blockTop = top + size.height + gaps.layer;
    for (const kid of tree.children[node] as number[]) {
      boxLeft[kid] = blockLeft + (laid.dx[kid] as number);
      boxTop[kid] = blockTop + (laid.dy[kid] as number);
    }
  }
  return positions;
}
