/**
 * The overview picture of a big map: every point a block inside the picture, coloured by its kind, with
 * its label as a tooltip; every relation a line; the title on top; a picture of some points holds only
 * them and the relations between them; and however big the map, the picture stays a size a browser can
 * turn into a PNG.
 */
import { describe, expect, it } from "vitest";
import { blockScene } from "../../../src/ui/canvas/far/block-scene";
import type { ArgumentFlowEdge, ArgumentFlowNode } from "../../../src/ui/canvas/flow-elements";
import { overviewLayout, overviewSvg, sceneOfSome } from "../../../src/ui/interop/overview-picture";

const PALETTE = {
  kinds: ["#000001", "#000002", "#000003", "#000004", "#000005"],
  relations: ["#0000a1", "#0000a2", "#0000a3"],
};
const KINDS = ["thesis", "claim", "evidence", "critique", "rebuttal"] as const;

function mapOf(count: number, spread = 300) {
  const nodes = Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `n${i}`,
        position: { x: (i % 50) * spread, y: Math.floor(i / 50) * 200 },
        data: { kind: KINDS[i % KINDS.length] },
      }) as unknown as ArgumentFlowNode,
  );
  const edges = nodes.slice(1).map(
    (node, i) =>
      ({
        id: `e${i}`,
        source: node.id,
        target: `n${Math.floor(i / 3)}`,
        type: "relation",
        data: { relation: i % 2 === 0 ? "support" : "attack" },
      }) as unknown as ArgumentFlowEdge,
  );
  return blockScene(nodes, edges);
}

const picture = (scene: ReturnType<typeof mapOf>) => ({
  scene,
  palette: PALETTE,
  title: "Fish & <chips>",
  labelOf: (id: string) => `point ${id}`,
});

describe("the overview picture", () => {
  it("draws every point as a block inside the picture, in its kind's colour, under the title", () => {
    const scene = mapOf(120);
    const svg = overviewSvg(picture(scene));
    const { width, height } = overviewLayout(scene);
    const blocks = [
      ...svg.matchAll(
        /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"><title>([^<]*)<\/title>/g,
      ),
    ];
    expect(blocks).toHaveLength(120);
    for (const [, x, y, w, h] of blocks) {
      expect(Number(x)).toBeGreaterThanOrEqual(0);
      expect(Number(y)).toBeGreaterThanOrEqual(0);
      expect(Number(x) + Number(w)).toBeLessThanOrEqual(width);
      expect(Number(y) + Number(h)).toBeLessThanOrEqual(height);
    }
    expect(new Set(blocks.map((block) => block[5]))).toEqual(new Set(scene.ids.map((id) => `point ${id}`)));
    for (const colour of PALETTE.kinds) expect(svg).toContain(`<g fill="${colour}">`);
    expect(svg).toContain(`<path stroke="${PALETTE.relations[0]}"`);
    expect(svg).toContain(`<path stroke="${PALETTE.relations[1]}"`);
    expect(svg.match(/M[\d.]+ [\d.]+L/g)).toHaveLength(119);
    expect(svg).toContain("Fish &amp; &lt;chips&gt;");
    expect(svg).toContain("Overview of 120 points");
  });

  it("stays a size a browser can hold, however big the map", () => {
    for (const spread of [5_000, 21_781, 65_537, 333]) {
      const { width, height } = overviewLayout(mapOf(10_000, spread));
      expect(width).toBeLessThanOrEqual(16_384);
      expect(height).toBeLessThanOrEqual(16_384);
      expect(width * height).toBeLessThanOrEqual(48_000_000);
    }
  });

  it("pictures some points alone with the relations between them", () => {
    const scene = mapOf(30);
    const some = sceneOfSome(scene, new Set(["n0", "n1", "n4", "n29"]));
    expect(some.ids).toEqual(["n0", "n1", "n4", "n29"]);
    // n1 → n0 and n4 → n1 are kept; n29's relation goes to n9, which is left out.
    expect(Array.from(some.from, (i) => some.ids[i])).toEqual(["n1", "n4"]);
    expect(Array.from(some.to, (i) => some.ids[i])).toEqual(["n0", "n1"]);
    expect(some.bounds).toEqual({ minX: 0, minY: 0, maxX: 29 * 300 + 240, maxY: 116 });
  });
});
