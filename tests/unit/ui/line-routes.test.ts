import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CanvasLine, crossings, lineRoutes } from "../../../src/io/picture/line-routes";
import type { Rect } from "../../../src/io/picture/route-lines";
import { columnsLayout } from "../../../src/model/layout/columns-layout";
import type { ArgumentMap } from "../../../src/model/schema";
import { buildStructure } from "../../../src/store/explore/argument-structure";
import { buildCanvasEdges } from "../../../src/ui/canvas/canvas-elements";
import { layoutGraphOf, NODE_SIZE } from "../../../src/ui/layout/layout-graph";
import { type Graph, graphArbitrary } from "./graph-arbitrary";

/** The lines the canvas draws for a map, as the routes see them. */
function canvasLines(doc: Graph): CanvasLine[] {
  return buildCanvasEdges(doc, new Set(), new Map()).map((edge) =>
    edge.type === "undercut"
      ? {
          id: edge.id,
          type: "undercut",
          source: edge.source,
          questionedSource: edge.data?.questionedSource ?? "",
          questionedTarget: edge.data?.questionedTarget ?? "",
        }
      : { id: edge.id, type: "relation", source: edge.source, target: edge.target },
  );
}

/** For each line, how many cards it passes through other than those at its own ends. */
function crossingsOf(doc: Graph): { lines: CanvasLine[]; crossed: Map<string, number> } {
  const at = columnsLayout(layoutGraphOf(buildStructure(doc), new Set()));
  const lines = canvasLines(doc);
  const routes = lineRoutes(at, lines, NODE_SIZE);
  const card = new Map<string, Rect>([...at].map(([id, p]) => [id, { x: p.x, y: p.y, ...NODE_SIZE }]));
  const cards = [...card.values()];
  const crossed = new Map<string, number>();
  for (const line of lines) {
    const route = routes.get(line.id);
    if (!route) continue;
    const own = line.type === "relation" ? [line.source, line.target] : [line.source];
    crossed.set(
      line.id,
      crossings(
        route.points,
        cards,
        own.map((id) => card.get(id) as Rect),
      ),
    );
  }
  return { lines, crossed };
}

function expectNoCrossings(doc: Graph): void {
  const { lines, crossed } = crossingsOf(doc);
  // Every line is routed but a point's relation to itself, and what questions one.
  const loops = lines.filter((line) =>
    line.type === "relation" ? line.source === line.target : line.questionedSource === line.questionedTarget,
  );
  expect(crossed.size).toBe(lines.length - loops.length);
  for (const [id, count] of crossed) expect({ id, count }).toEqual({ id, count: 0 });
}

describe("lines on the columns layout", () => {
  it("route every relation of the essay map without crossing a card", () => {
    const doc = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
    const { lines, crossed } = crossingsOf(doc);
    // Every line shown has a route, and the essay's lines that cross columns are among them.
    expect(crossed.size).toBe(lines.length);
    expect(lines.length).toBe(doc.edges.length);
    const crossing = [...crossed].filter(([, count]) => count > 0).map(([id]) => id);
    expect(crossing).toEqual([]);
  });

  it("route the lines of any small map round every card, cycles and undercuts included", () => {
    fc.assert(fc.property(graphArbitrary, expectNoCrossings), { numRuns: 200 });
  });

  it("route the lines of any classroom-sized argument round every card", () => {
    fc.assert(fc.property(classroomMap, expectNoCrossings), { numRuns: 60 });
  });
});

/** A thesis and up to 59 points, each arguing about an earlier one, some about a second or a relation. */
const classroomMap: fc.Arbitrary<Graph> = fc
  .integer({ min: 2, max: 60 })
  .chain((count) =>
    fc.record({
      parents: fc.array(fc.nat(), { minLength: count - 1, maxLength: count - 1 }),
      extra: fc.array(fc.tuple(fc.nat({ max: count - 1 }), fc.nat({ max: count - 1 }), fc.boolean()), {
        maxLength: Math.ceil(count / 3),
      }),
    }),
  )
  .map(({ parents, extra }) => {
    const count = parents.length + 1;
    const nodes: Graph["nodes"] = Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      kind: i === 0 ? "thesis" : "claim",
      text: `point ${i}`,
    }));
    const edges: Graph["edges"] = parents.map((p, k) => ({
      id: `t${k}`,
      from: `n${k + 1}`,
      to: `n${p % (k + 1)}`,
      relation: k % 3 === 2 ? "attack" : "support",
    }));
    extra.forEach(([from, to, undercut], k) => {
      if (undercut && edges.length > 0)
        edges.push({
          id: `u${k}`,
          from: `n${from}`,
          to: (edges[to % edges.length] as { id: string }).id,
          relation: "undercut",
        });
      else if (from !== to) edges.push({ id: `x${k}`, from: `n${from}`, to: `n${to}`, relation: "support" });
    });
    return { nodes, edges };
  });
