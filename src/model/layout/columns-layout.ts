/**
 * A layout that shows a classroom-sized map whole on one screen, every label readable: the tops of the map
 * (the thesis) in a row along the top, and under them each branch (a point arguing about a top, with all
 * that argues about it) as an indented outline, as in a table of contents. Branches are stacked into
 * columns, in order; a branch too tall for a column puts its own branches in columns under its top. The
 * tallest column allowed is chosen so that the whole shows largest on a screen of the map area's shape. What argues about a point sits just under it, indented, so a critique stays beside
 * what it attacks; the links run in the indent's gutter (column-routes.ts), never across a card.
 *
 * Beyond COLUMNS_LIMIT points no screen holds the whole map readable, and the top-down layouts and the
 * zoomed-out labels take over (layout-map.ts).
 */

import type { Position } from "../schema";
import { type LayoutGraph, NODE_SIZE, type NodeSize } from "./layout-graph";
import { spanningTree, type Tree } from "./tree-layout";

/** Up to this many points the map is laid out in columns; a classroom map has about fifty. */
export const COLUMNS_LIMIT = 60;

/** How far a point sits right of the point it argues about; its link runs down the gap. */
export const INDENT = 32;
/** Between two rows of one column. */
export const ROW_GAP = 8;
/** Between columns. */
export const COLUMN_GAP = 32;
/** Between the tops' row and the columns: the links from column to top run along it. */
export const HEAD_GAP = 44;

/** The shape of the part of a 1280 × 800 window left to the map beside the side panel, width over height. */
export const MAP_AREA_SHAPE = 1.4;

/** Whether a map of `count` points on the canvas is laid out in columns when the reader chose them. */
export function fitsInColumns(count: number): boolean {
  return count <= COLUMNS_LIMIT;
}

/** A laid-out piece of the map: its size, and where each of its points sits from its top-left corner. */
interface Block {
  width: number;
  height: number;
  places: Array<{ node: number; x: number; y: number }>;
}

export function columnsLayout(
  graph: LayoutGraph,
  size: NodeSize = NODE_SIZE,
  shape: number = MAP_AREA_SHAPE,
): Map<string, Position> {
  const tree = spanningTree(graph);
  const pitch = size.height + ROW_GAP;
  const count = tree.order.length;
  // The tallest a column may be, in rows, is tried from one row to all: the least cost wins, the cost
  // being the larger of the map's width and its height scaled to the screen's shape (what a fit divides by).
  let best: Block | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let rows = 1; rows <= Math.max(1, count); rows++) {
    const laid = wholeMap(tree, size, rows * pitch - ROW_GAP);
    const cost = Math.max(laid.width, laid.height * shape);
    if (cost < bestCost - 1e-9) {
      best = laid;
      bestCost = cost;
    }
  }
  const positions = new Map<string, Position>();
  for (const { node, x, y } of (best as Block).places)
    positions.set(graph.ids[node] as string, { x: Math.round(x), y: Math.round(y) });
  return positions;
}

/** The tops in a row, their branches in columns under them, no column taller than `limit`. */
function wholeMap(tree: Tree, size: NodeSize, limit: number): Block {
  const branches: Block[] = [];
  for (const root of tree.roots)
    for (const top of tree.children[root] as number[]) branches.push(branch(tree, top, size, limit));
  const columns = inColumns(branches, limit, 0);
  const headWidth = tree.roots.length * (size.width + COLUMN_GAP) - COLUMN_GAP;
  const width = Math.max(headWidth, columns.width);
  const places: Block["places"] = [];
  tree.roots.forEach((root, k) => {
    places.push({ node: root, x: (width - headWidth) / 2 + k * (size.width + COLUMN_GAP), y: 0 });
  });
  const top = branches.length > 0 ? size.height + HEAD_GAP : 0;
  shift(columns.places, (width - columns.width) / 2, top, places);
  return { width, height: top + columns.height, places };
}

/**
 * A point and all that argues about it. When it fits in `limit`, an outline: each point, then what argues
 * about it, indented, depth first. When it does not, the point on top and its own branches in columns
 * under it, starting one indent in.
 */
function branch(tree: Tree, top: number, size: NodeSize, limit: number): Block {
  const pitch = size.height + ROW_GAP;
  const rows = subtreeSize(tree, top);
  const kids = tree.children[top] as number[];
  if (rows * pitch - ROW_GAP <= limit || kids.length === 0) return outline(tree, top, size);
  const parts = kids.map((kid) => branch(tree, kid, size, limit - pitch));
  const columns = inColumns(parts, limit - size.height - HEAD_GAP, 0);
  const places: Block["places"] = [{ node: top, x: 0, y: 0 }];
  shift(columns.places, INDENT, size.height + HEAD_GAP, places);
  return {
    width: Math.max(size.width, INDENT + columns.width),
    height: size.height + HEAD_GAP + columns.height,
    places,
  };
}

/** Blocks stacked into columns in order, a new column whenever the next would pass `limit`. */
function inColumns(blocks: readonly Block[], limit: number, left: number): Block {
  const places: Block["places"] = [];
  let x = left;
  let y = 0;
  let columnWidth = 0;
  let height = 0;
  for (const block of blocks) {
    if (y > 0 && y + block.height > limit) {
      x += columnWidth + COLUMN_GAP;
      y = 0;
      columnWidth = 0;
    }
    shift(block.places, x, y, places);
    columnWidth = Math.max(columnWidth, block.width);
    height = Math.max(height, y + block.height);
    y += block.height + ROW_GAP;
  }
  return { width: blocks.length > 0 ? x + columnWidth - left : 0, height, places };
}

function shift(from: Block["places"], dx: number, dy: number, into: Block["places"]): void {
  for (const place of from) into.push({ node: place.node, x: place.x + dx, y: place.y + dy });
}

function subtreeSize(tree: Tree, top: number): number {
  let count = 0;
  const stack = [top];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    count++;
    for (const kid of tree.children[node] as number[]) stack.push(kid);
  }
  return count;
}

/** A branch as an outline: each point, then what argues about it, depth first. */
function outline(tree: Tree, top: number, size: NodeSize): Block {
  const places: Block["places"] = [];
  let width = size.width;
  let y = 0;
  const stack: Array<{ node: number; indent: number }> = [{ node: top, indent: 0 }];
  while (stack.length > 0) {
    const { node, indent } = stack.pop() as { node: number; indent: number };
    places.push({ node, x: indent * INDENT, y });
    width = Math.max(width, size.width + indent * INDENT);
    y += size.height + ROW_GAP;
    const kids = tree.children[node] as number[];
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k] as number, indent: indent + 1 });
  }
  return { width, height: y - ROW_GAP, places };
}
