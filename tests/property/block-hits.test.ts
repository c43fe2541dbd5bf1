/**
 * Finding the far view's block under the pointer: a point inside a block's rectangle finds that block
 * (the topmost where blocks overlap, as drawn), a point outside every block finds none, and a point
 * near a block finds it only within the slop asked for.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NODE_KINDS } from "../../src/model/schema";
import { blockAt, blockGrid, blocksInside, drawRank, gridOf } from "../../src/ui/canvas/far/block-hits";
import type { BlockScene } from "../../src/ui/canvas/far/block-scene";
import { NODE_SIZE } from "../../src/ui/layout/layout-graph";

interface Block {
  x: number;
  y: number;
  kind: number;
}

function sceneOf(blocks: readonly Block[]): BlockScene {
  const xs = blocks.map((block) => block.x);
  const ys = blocks.map((block) => block.y);
  return {
    ids: blocks.map((_block, i) => `n${i}`),
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    kind: Uint8Array.from(blocks.map((block) => block.kind)),
    from: new Int32Array(0),
    to: new Int32Array(0),
    relation: new Uint8Array(0),
    bounds:
      blocks.length === 0
        ? null
        : {
            minX: Math.min(...xs),
            minY: Math.min(...ys),
            maxX: Math.max(...xs) + NODE_SIZE.width,
            maxY: Math.max(...ys) + NODE_SIZE.height,
          },
  };
}

const inside = (block: Block, x: number, y: number, size = NODE_SIZE) =>
  x >= block.x && x <= block.x + size.width && y >= block.y && y <= block.y + size.height;

const coordinate = fc.double({ min: -5000, max: 5000, noNaN: true });
const block = fc.record({
  x: fc.integer({ min: -4000, max: 4000 }),
  y: fc.integer({ min: -4000, max: 4000 }),
  kind: fc.integer({ min: 0, max: NODE_KINDS.length - 1 }),
});
const blocks = fc.array(block, { minLength: 1, maxLength: 60 });

/** The answer by looking at every block: the topmost holding the point, or -1. */
function everyBlock(scene: BlockScene, list: readonly Block[], x: number, y: number, size = NODE_SIZE) {
  let hit = -1;
  list.forEach((candidate, i) => {
    if (inside(candidate, x, y, size) && (hit === -1 || drawRank(scene, i) > drawRank(scene, hit))) hit = i;
  });
  return hit;
}

describe("the block under the pointer", () => {
  it("a point inside a block finds that block, or one drawn over it", () => {
    fc.assert(
      fc.property(
        blocks,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (list, pick, u, v) => {
          const scene = sceneOf(list);
          const target = pick % list.length;
          const chosen = list[target] as Block;
          const x = chosen.x + u * NODE_SIZE.width;
          const y = chosen.y + v * NODE_SIZE.height;
          const found = blockAt(blockGrid(scene), x, y);
          expect(found).not.toBe(-1);
          expect(inside(list[found] as Block, x, y)).toBe(true);
          expect(drawRank(scene, found)).toBeGreaterThanOrEqual(drawRank(scene, target));
          expect(found).toBe(everyBlock(scene, list, x, y));
        },
      ),
    );
  });

  it("a point outside every block finds none", () => {
    fc.assert(
      fc.property(blocks, coordinate, coordinate, (list, x, y) => {
        fc.pre(list.every((candidate) => !inside(candidate, x, y)));
        expect(blockAt(blockGrid(sceneOf(list)), x, y)).toBe(-1);
      }),
    );
  });

  it("where blocks overlap, the one drawn last is found", () => {
    fc.assert(
      fc.property(blocks, coordinate, coordinate, (list, x, y) => {
        const scene = sceneOf(list);
        expect(blockAt(blockGrid(scene), x, y)).toBe(everyBlock(scene, list, x, y));
      }),
    );
    // Two blocks on the same spot: the later kind is drawn over the earlier, whatever their order.
    const scene = sceneOf([
      { x: 0, y: 0, kind: 2 },
      { x: 10, y: 10, kind: 1 },
    ]);
    expect(blockAt(blockGrid(scene), 50, 50)).toBe(0);
  });

  it("a block drawn bigger than its node (a pixel wide, far out) is found wherever it is drawn", () => {
    fc.assert(
      fc.property(
        blocks,
        coordinate,
        coordinate,
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        (list, x, y, extraWidth, extraHeight) => {
          const scene = sceneOf(list);
          const size = { width: NODE_SIZE.width + extraWidth, height: NODE_SIZE.height + extraHeight };
          expect(blockAt(blockGrid(scene), x, y, size)).toBe(everyBlock(scene, list, x, y, size));
        },
      ),
    );
  });

  it("a point near a block finds it within the slop, and not beyond", () => {
    fc.assert(
      fc.property(
        blocks,
        coordinate,
        coordinate,
        fc.double({ min: 0, max: 400, noNaN: true }),
        (list, x, y, slop) => {
          const found = blockAt(blockGrid(sceneOf(list)), x, y, { slop });
          const distances = list.map((candidate) =>
            Math.hypot(
              Math.max(candidate.x - x, 0, x - candidate.x - NODE_SIZE.width),
              Math.max(candidate.y - y, 0, y - candidate.y - NODE_SIZE.height),
            ),
          );
          const nearest = Math.min(...distances);
          if (nearest > slop) expect(found).toBe(-1);
          else expect(distances[found]).toBeCloseTo(nearest);
        },
      ),
    );
  });

  it("a selection box finds the blocks wholly inside it, each once", () => {
    fc.assert(
      fc.property(blocks, coordinate, coordinate, coordinate, coordinate, (list, x1, y1, x2, y2) => {
        const [minX, maxX] = [Math.min(x1, x2), Math.max(x1, x2)];
        const [minY, maxY] = [Math.min(y1, y2), Math.max(y1, y2)];
        const found = blocksInside(blockGrid(sceneOf(list)), minX, minY, maxX, maxY);
        const expected = list.flatMap((candidate, i) =>
          candidate.x >= minX &&
          candidate.y >= minY &&
          candidate.x + NODE_SIZE.width <= maxX &&
          candidate.y + NODE_SIZE.height <= maxY
            ? [i]
            : [],
        );
        expect([...found].sort((a, b) => a - b)).toEqual(expected);
      }),
    );
  });

  it("a point the smallest step outside a block's edge finds none", () => {
    // Two blocks meeting at a corner, and a point just off both: a difference taken before the
    // comparison with the edge would round it onto the edge.
    const list = [
      { x: -1, y: -NODE_SIZE.height, kind: 0 },
      { x: 0, y: 0, kind: 0 },
    ];
    expect(blockAt(blockGrid(sceneOf(list)), -5e-324, 5e-324)).toBe(-1);
  });

  it("an empty map has no blocks to find", () => {
    expect(blockAt(blockGrid(sceneOf([])), 0, 0, { slop: 100 })).toBe(-1);
  });
});

describe("the grid of a new version of the scene", () => {
  it("is built again when a point moved, and finds it at its new place", () => {
    const first = sceneOf([
      { x: 0, y: 0, kind: 0 },
      { x: 1000, y: 0, kind: 1 },
    ]);
    expect(blockAt(gridOf(first), 1100, 50)).toBe(1);
    // The same places (a new selection): the same cells, read with the new scene's kinds.
    const same = sceneOf([
      { x: 0, y: 0, kind: 0 },
      { x: 1000, y: 0, kind: 1 },
    ]);
    expect(gridOf(same).cells).toBe(gridOf(first).cells);
    expect(gridOf(same).scene).toBe(same);
    const moved = sceneOf([
      { x: 0, y: 0, kind: 0 },
      { x: 3000, y: 500, kind: 1 },
    ]);
    expect(blockAt(gridOf(moved), 1100, 50)).toBe(-1);
    expect(blockAt(gridOf(moved), 3100, 550)).toBe(1);
  });
});
