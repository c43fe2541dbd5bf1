/** Random sequences of edits made with the pure operations never produce an invalid document. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadMapValue } from "../../src/io/load";
import { formatProblem } from "../../src/model/problem";
import { validMapArb } from "../helpers/arbitraries";
import { anyStepArb as stepArb } from "../helpers/operation-steps";

describe("the operations", () => {
  it("keep every document valid, whatever the sequence", () => {
    fc.assert(
      fc.property(
        validMapArb({ maxNodes: 6, maxEdges: 8 }),
        fc.array(stepArb, { maxLength: 25 }),
        (start, steps) => {
          let doc = start;
          for (const step of steps) {
            const given = doc;
            const before = structuredClone(doc);
            doc = step.run(doc);
            // Operations never change the document they are given, however many edits came before.
            expect(given).toEqual(before);
            const result = loadMapValue(doc);
            if (!result.ok) throw new Error(`${step.name}: ${result.errors.map(formatProblem).join("; ")}`);
          }
        },
      ),
      { numRuns: 200 },
    );
    // 200 maps, each loaded after every one of up to 25 edits: seconds of work on a busy machine.
  }, 30_000);

  it("never change the document they are given", () => {
    fc.assert(
      fc.property(validMapArb({ maxNodes: 6, maxEdges: 8 }), stepArb, (doc, step) => {
        const copy = structuredClone(doc);
        step.run(doc);
        expect(doc).toEqual(copy);
      }),
      { numRuns: 300 },
    );
  });
});
