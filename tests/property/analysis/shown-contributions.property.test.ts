/**
 * Contributions as shown: rounded to hundredths so that the figures on screen add up to the change on
 * screen (strength shown minus base shown), each close to its contribution.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contributions, GRADUAL_SEMANTICS, roundToTotal, shownContributions } from "../../../src/analysis";
import { validMapArb } from "../../helpers/arbitraries";

describe("shown contributions", () => {
  it("add up to the shown change and stay within two hundredths of each contribution", () => {
    fc.assert(
      fc.property(
        validMapArb().filter((doc) => doc.nodes.length > 0),
        fc.nat(),
        fc.constantFrom(...GRADUAL_SEMANTICS),
        fc.integer({ min: 1, max: 6 }),
        (doc, pick, semantics, limit) => {
          const id = doc.nodes[pick % doc.nodes.length]?.id as string;
          const report = contributions(doc, id, semantics);
          if (report === undefined) throw new Error(`no report for ${id}`);
          const shown = shownContributions(report, limit);
          const all = shown.itself ? [...shown.figures, shown.itself] : shown.figures;
          const hundredths = (x: number) => Math.round(x * 100);
          expect(hundredths(shown.change)).toBe(hundredths(report.strength) - hundredths(report.base));
          expect(all.reduce((sum, f) => sum + hundredths(f.shown), 0)).toBe(hundredths(shown.change));
          for (const figure of all) expect(Math.abs(figure.shown - figure.value)).toBeLessThan(0.02);
          expect(shown.figures.reduce((count, f) => count + f.count, 0)).toBe(report.contributions.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("round any numbers to whole ones adding up to a total within rounding of their sum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (values) => {
          const sum = values.reduce((a, b) => a + b, 0);
          const total = Math.round(sum);
          const rounded = roundToTotal(values, total);
          // Compared by difference: Math.round gives -0 for a small negative sum.
          expect(rounded.reduce((a, b) => a + b, 0) - total).toBe(0);
          rounded.forEach((r, i) => {
            expect(Number.isInteger(r)).toBe(true);
            expect(Math.abs(r - (values[i] as number))).toBeLessThan(2);
          });
        },
      ),
    );
  });
});
