/**
 * A dense map drawn reduced builds no canvas edge: its block scene reads the lines from the records and
 * the graph index. Whatever the map (folded points, undercuts of undercuts, ends that name nothing or
 * name a relation, points left out of the canvas, repeated ids), the lines must be those the canvas edges
 * give, in the same order, and their count the number of canvas edges.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { graphIndex } from "../../src/model/graph-index";
import type { ArgEdge, ArgumentMap } from "../../src/model/schema";
import { type ArgumentCanvasNode, buildCanvasEdges } from "../../src/ui/canvas/canvas-elements";
import { blockScene } from "../../src/ui/canvas/far/block-scene";
import { shownLineCount } from "../../src/ui/canvas/shown-lines";
import { validMapArb } from "../helpers/arbitraries";

/** A valid map, with relations added whose ends may name nothing, a relation or an undercut. */
const mapArb = validMapArb({ maxNodes: 8, maxEdges: 12 }).chain((doc) => {
  const names = [...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id), "nowhere"];
  const extra = fc.array(
    fc.record({
      from: fc.constantFrom(...names),
      to: fc.constantFrom(...names),
      relation: fc.constantFrom("support" as const, "attack" as const, "undercut" as const),
    }),
    { maxLength: 6 },
  );
  return fc
    .record({
      doc: fc.constant(doc),
      extra,
      repeat: fc.boolean(),
    })
    .map(({ doc, extra, repeat }): ArgumentMap => {
      const edges: ArgEdge[] = [...doc.edges, ...extra.map((edge, k) => ({ id: `x${k}`, ...edge }))];
      const first = doc.nodes[0];
      // A repeated node id, which the integrity rules refuse but a stored map may hold.
      const nodes = repeat && first ? [...doc.nodes, { ...first, text: "again" }] : doc.nodes;
      return { ...doc, nodes, edges };
    });
});

const caseArb = mapArb.chain((doc) => {
  const ids = doc.nodes.map((n) => n.id);
  return fc.record({
    doc: fc.constant(doc),
    hidden: fc.subarray(ids),
    // The points on the canvas, in any order: not every point is drawn (filters, folds).
    drawn: fc.shuffledSubarray(ids),
  });
});

function canvasNodes(ids: readonly string[]): ArgumentCanvasNode[] {
  return ids.map((id, i) => ({
    id,
    type: "argument",
    position: { x: i * 10, y: i },
    data: { kind: "claim" },
  }));
}

describe("the lines of a dense map's block scene", () => {
  it("are those its canvas edges give, in the same order", () => {
    fc.assert(
      fc.property(caseArb, ({ doc, hidden, drawn }) => {
        const folded = new Set(hidden);
        const nodes = canvasNodes(drawn);
        const edges = buildCanvasEdges(doc, folded, new Map());
        const fromEdges = blockScene(nodes, edges);
        const fromRecords = blockScene(nodes, { doc, hidden: folded });
        expect([...fromRecords.from]).toEqual([...fromEdges.from]);
        expect([...fromRecords.to]).toEqual([...fromEdges.to]);
        expect([...fromRecords.relation]).toEqual([...fromEdges.relation]);
        expect(shownLineCount(doc, graphIndex(doc), folded)).toBe(edges.length);
      }),
      { numRuns: 300 },
    );
  });
});
