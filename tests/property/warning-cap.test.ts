/**
 * Warnings up to a cap are the first warnings of the full list: the rules left once the cap is
 * reached are skipped, and that must never change which warnings are kept, nor their order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatWarnings } from "../../src/model/format-warnings";
import type { ArgumentMap } from "../../src/model/schema";
import { validMapArb } from "../helpers/arbitraries";
import { type Graph, graphArbitrary } from "../unit/ui/graph-arbitrary";

const asMap = (graph: Graph): ArgumentMap => ({
  format: "argument-map",
  version: 3,
  map: { id: "m", title: "Map" },
  ...graph,
});

describe("capped warnings", () => {
  it("are the first warnings of the whole list", () => {
    fc.assert(
      fc.property(
        fc.oneof(validMapArb({ maxNodes: 8, maxEdges: 12 }), graphArbitrary.map(asMap)),
        fc.nat({ max: 12 }),
        (doc, cap) => {
          expect(formatWarnings(doc, cap)).toEqual(formatWarnings(doc).slice(0, cap));
        },
      ),
      { numRuns: 400 },
    );
  }, 30_000);
});
