/**
 * What the far view of a big map costs beyond drawing it: filing the map's blocks in the grid that finds
 * the block under the pointer (once per version of the map, on the first pointer event), finding it
 * (once per click and per pointer move over the canvas). Maps generated and laid out as the app lays
 * them out, top down. Run with `npx tsx bench/far-view.bench.ts`.
 */
import { generateDebate } from "../src/model/generate-debate";
import { buildStructure } from "../src/store/explore/argument-structure";
import { buildCanvasEdges, buildCanvasNodes } from "../src/ui/canvas/canvas-elements";
import { blockAt, blockGrid } from "../src/ui/canvas/far/block-hits";
import { blockScene } from "../src/ui/canvas/far/block-scene";
import { layeredLayout } from "../src/ui/layout/layered-layout";
import { layoutGraphOf } from "../src/ui/layout/layout-graph";
import { layoutMap } from "../src/ui/layout/layout-map";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(runs: number, task: () => unknown): number {
  task();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return median(times);
}

for (const count of [3_000, 10_000]) {
  const doc = generateDebate({ nodes: count, seed: 1 });
  const structure = buildStructure(doc);
  const positions = layoutMap(layoutGraphOf(structure, new Set()), "top-down", layeredLayout);
  const records = new Map(doc.nodes.map((node) => [node.id, node]));
  const nodes = buildCanvasNodes(
    doc.nodes.map((node) => node.id),
    (id) => records.get(id),
    (id) => positions.get(id) ?? { x: 0, y: 0 },
    new Map(),
  );
  const scene = blockScene(nodes, buildCanvasEdges(doc, new Set(), new Map()));
  const grid = blockGrid(scene);
  const bounds = scene.bounds ?? { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  // Clicks spread over the whole map, at the zoom that shows it whole in a 920-pixel-wide canvas.
  const zoom = 920 / (bounds.maxX - bounds.minX);
  const clicks = Array.from({ length: 10_000 }, (_, i) => ({
    x: bounds.minX + ((i * 7919) % 10_000) * ((bounds.maxX - bounds.minX) / 10_000),
    y: bounds.minY + ((i * 104_729) % 997) * ((bounds.maxY - bounds.minY) / 997),
  }));
  let found = 0;
  const lookUps = time(9, () => {
    found = 0;
    for (const { x, y } of clicks)
      if (blockAt(grid, x, y, { slop: 4 / zoom, width: 1 / zoom, height: 1 / zoom }) !== -1) found++;
  });
  // The same answers by looking at every block, for scale.
  const scan = time(3, () => {
    for (const { x, y } of clicks.slice(0, 100)) {
      let nearest = Number.POSITIVE_INFINITY;
      for (let i = 0; i < scene.ids.length; i++) {
        const dx = Math.max((scene.x[i] as number) - x, 0, x - (scene.x[i] as number) - 1 / zoom);
        const dy = Math.max((scene.y[i] as number) - y, 0, y - (scene.y[i] as number) - 1 / zoom);
        nearest = Math.min(nearest, Math.hypot(dx, dy));
      }
    }
  });
  console.log(
    [
      `${count.toLocaleString("en")} points, map ${Math.round(bounds.maxX - bounds.minX)} × ${Math.round(bounds.maxY - bounds.minY)}, whole-map zoom ${zoom.toFixed(4)}`,
      `  grid of the blocks: ${time(9, () => blockGrid(scene)).toFixed(2)} ms (${grid.cells.size} cells)`,
      `  block under the pointer: ${((lookUps / clicks.length) * 1000).toFixed(2)} µs each (${found} of ${clicks.length} on a block)`,
      `  the same by looking at every block: ${((scan / 100) * 1000).toFixed(2)} µs each`,
    ].join("\n"),
  );
}
