/**
 * Which block of the far view (block-scene.ts) is under the pointer. The blocks are put once per map in
 * a uniform grid of cells a node wide, so a click looks at the few blocks of one or two cells instead of
 * every block of the map: a lookup costs the same at 10,000 nodes as at 500.
 */
import { NODE_SIZE } from "../../layout/layout-graph";
import type { BlockScene } from "./block-scene";

export interface BlockGrid {
  scene: BlockScene;
  /** Cell (as `row * columns + column`) to the blocks that overlap it. */
  cells: Map<number, number[]>;
  columns: number;
  rows: number;
  originX: number;
  originY: number;
}

/** A cell as big as a node's longer side, so a node overlaps at most four cells. */
const CELL = Math.max(NODE_SIZE.width, NODE_SIZE.height);

/**
 * The order blocks are drawn in (drawScene fills one kind after another, each in the map's order): of
 * two overlapping blocks, the one with the higher rank is on top.
 */
export function drawRank(scene: BlockScene, i: number): number {
  return (scene.kind[i] as number) * scene.ids.length + i;
}

export function blockGrid(scene: BlockScene): BlockGrid {
  const originX = scene.bounds?.minX ?? 0;
  const originY = scene.bounds?.minY ?? 0;
  const columns = scene.bounds ? Math.floor((scene.bounds.maxX - originX) / CELL) + 1 : 1;
  const rows = scene.bounds ? Math.floor((scene.bounds.maxY - originY) / CELL) + 1 : 1;
  const cells = new Map<number, number[]>();
  for (let i = 0; i < scene.ids.length; i++) {
    const left = Math.floor(((scene.x[i] as number) - originX) / CELL);
    const right = Math.floor(((scene.x[i] as number) + NODE_SIZE.width - originX) / CELL);
    const top = Math.floor(((scene.y[i] as number) - originY) / CELL);
    const bottom = Math.floor(((scene.y[i] as number) + NODE_SIZE.height - originY) / CELL);
    for (let row = top; row <= bottom; row++)
      for (let column = left; column <= right; column++) {
        const key = row * columns + column;
        const list = cells.get(key);
        if (list) list.push(i);
        else cells.set(key, [i]);
      }
  }
  return { scene, cells, columns, rows, originX, originY };
}

const grids = new WeakMap<BlockScene, BlockGrid>();
let latest: BlockGrid | null = null;

/** Whether two scenes hold the same points at the same places (what the grid is made of). */
function samePlaces(a: BlockScene, b: BlockScene): boolean {
  if (a.ids.length !== b.ids.length) return false;
  for (let i = 0; i < a.ids.length; i++)
    if (a.ids[i] !== b.ids[i] || a.x[i] !== b.x[i] || a.y[i] !== b.y[i]) return false;
  return true;
}

/**
 * The scene's grid, built the first time the scene is pointed at. A new scene with every point where it
 * was (the canvas makes one on each change of the selection) keeps the cells of the one before.
 */
export function gridOf(scene: BlockScene): BlockGrid {
  let grid = grids.get(scene);
  if (!grid) {
    grid = latest && samePlaces(latest.scene, scene) ? { ...latest, scene } : blockGrid(scene);
    grids.set(scene, grid);
  }
  latest = grid;
  return grid;
}

export interface HitOptions {
  /** How far off a block still counts, in flow units. */
  slop?: number;
  /**
   * How big a block is drawn, in flow units, when more than a node: drawScene draws a block at least a
   * pixel wide, which far out is more than a node's width, and a click on that pixel means that block.
   */
  width?: number;
  height?: number;
}

/**
 * The block at (x, y), in flow coordinates: the topmost one whose rectangle holds the point or, when
 * none does, the nearest within `slop` (blocks far out are a few pixels wide, and a click a pixel off
 * still means the block). Returns its position in the scene, or -1.
 */
export function blockAt(grid: BlockGrid, x: number, y: number, options: HitOptions = {}): number {
  const { scene } = grid;
  const reach = Math.max(0, options.slop ?? 0);
  const width = Math.max(NODE_SIZE.width, options.width ?? 0);
  const height = Math.max(NODE_SIZE.height, options.height ?? 0);
  // A block is filed under the cells its node covers; drawn bigger, it reaches further right and down.
  const left = Math.floor((x - reach - (width - NODE_SIZE.width) - grid.originX) / CELL);
  const right = Math.floor((x + reach - grid.originX) / CELL);
  const top = Math.floor((y - reach - (height - NODE_SIZE.height) - grid.originY) / CELL);
  const bottom = Math.floor((y + reach - grid.originY) / CELL);
  let hit = -1;
  let nearest = -1;
  let nearestDistance = Number.POSITIVE_INFINITY;
  // Only the cells of the map: far out, the slop alone spans more cells than the map is high.
  for (let row = Math.max(0, top); row <= Math.min(bottom, grid.rows - 1); row++)
    for (let column = Math.max(0, left); column <= Math.min(right, grid.columns - 1); column++) {
      const list = grid.cells.get(row * grid.columns + column);
      if (!list) continue;
      for (const i of list) {
        // Against the block's edges, as the test of being inside one reads them: a difference taken
        // first (x - left - width) can round a point just outside onto the edge.
        const left = scene.x[i] as number;
        const top = scene.y[i] as number;
        const dx = Math.max(left - x, 0, x - (left + width));
        const dy = Math.max(top - y, 0, y - (top + height));
        if (dx === 0 && dy === 0) {
          if (hit === -1 || drawRank(scene, i) > drawRank(scene, hit)) hit = i;
          continue;
        }
        const distance = Math.hypot(dx, dy);
        if (distance <= reach && distance < nearestDistance) {
          nearest = i;
          nearestDistance = distance;
        }
      }
    }
  return hit !== -1 ? hit : nearest;
}

/**
 * The blocks wholly inside a rectangle (flow coordinates), as a selection box takes nodes: each found in
 * the cell of its top-left corner alone, so once, in the scene's order within a cell.
 */
export function blocksInside(
  grid: BlockGrid,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
): number[] {
  const { scene } = grid;
  const found: number[] = [];
  const left = Math.max(0, Math.floor((minX - grid.originX) / CELL));
  const right = Math.min(grid.columns - 1, Math.floor((maxX - grid.originX) / CELL));
  const top = Math.max(0, Math.floor((minY - grid.originY) / CELL));
  const bottom = Math.min(grid.rows - 1, Math.floor((maxY - grid.originY) / CELL));
  for (let row = top; row <= bottom; row++)
    for (let column = left; column <= right; column++) {
      const list = grid.cells.get(row * grid.columns + column);
      if (!list) continue;
      for (const i of list) {
        const x = scene.x[i] as number;
        const y = scene.y[i] as number;
        if (Math.floor((x - grid.originX) / CELL) !== column || Math.floor((y - grid.originY) / CELL) !== row)
          continue;
        if (x >= minX && y >= minY && x + NODE_SIZE.width <= maxX && y + NODE_SIZE.height <= maxY)
          found.push(i);
      }
    }
  return found;
}
