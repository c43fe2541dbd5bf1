/**
 * What goes to the scoring worker: a map rebuilt from it scores exactly as the map it was taken from,
 * strengths, labels and evaluation order alike, whatever the weights, linked groups and base scores.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileMap } from "../../../../src/analysis";
import { generateDebate } from "../../../../src/model/generate-debate";
import type { ArgumentMap } from "../../../../src/model/schema";
import { scoreMap } from "../../../../src/store/score-store";
import { mapForScoring, scoringInput } from "../../../../src/store/scoring/scoring-input";

const maps = fc
  .record({
    nodes: fc.integer({ min: 1, max: 60 }),
    extra: fc.integer({ min: 0, max: 40 }),
    seed: fc.integer({ min: 1, max: 1_000 }),
    weights: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { maxLength: 20 }),
    grouped: fc.array(fc.nat(), { maxLength: 8 }),
  })
  .map(({ nodes, extra, seed, weights, grouped }): ArgumentMap => {
    const doc = generateDebate({ nodes, edges: nodes + extra, seed });
    const edges = doc.edges.map((edge, e) => {
      const weight = weights[e];
      return weight === undefined ? edge : { ...edge, weight };
    });
    // Supports of one target linked into a group.
    for (const pick of grouped) {
      const e = pick % Math.max(1, edges.length);
      const edge = edges[e];
      if (edge?.relation === "support") edges[e] = { ...edge, group: `g${edge.to}` };
    }
    return { ...doc, edges };
  });

describe("the scoring worker's input", () => {
  it("rebuilds a map that scores as the original", () => {
    fc.assert(
      fc.property(
        maps,
        fc.constantFrom("dfquad", "euler") as fc.Arbitrary<"dfquad" | "euler">,
        (doc, semantics) => {
          const rebuilt = mapForScoring(structuredClone(scoringInput(doc)));
          const original = scoreMap(doc, semantics);
          const copy = scoreMap(rebuilt, semantics);
          expect(copy.strengths).toEqual(original.strengths);
          expect(copy.vector).toEqual(original.vector);
          expect(copy.labelling).toEqual(original.labelling);
          expect(compileMap(rebuilt).docIndexOfSlot).toEqual(compileMap(doc).docIndexOfSlot);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("carries no words of the map", () => {
    const doc = generateDebate({ nodes: 30, seed: 9 });
    const sent = JSON.stringify(
      Object.values(scoringInput(doc)).map((part) => Array.from(part as ArrayLike<unknown>)),
    );
    for (const node of doc.nodes) expect(sent).not.toContain(node.text);
  });
});
