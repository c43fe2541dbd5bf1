import { describe, expect, it } from "vitest";
import { locateQuotes, quoteCoverage, splitIntoRuns } from "../../../src/ui/source-text/quote-ranges";
import { node } from "./graph-arbitrary";

const text = "Uniforms reduce bullying, a survey found. Uniforms cost money.";

describe("quotes in the mapped text", () => {
  const ranges = locateQuotes(text, [
    node("a", "claim", { quote: "Uniforms" }),
    node("b", "claim", { quote: "Uniforms reduce bullying" }),
    node("c", "claim", { quote: "not in the text" }),
    node("d", "claim"),
  ]);

  it("anchors each quote at its first exact match, skipping quotes not found", () => {
    expect(ranges).toEqual([
      { nodeId: "a", start: 0, end: 8 },
      { nodeId: "b", start: 0, end: 24 },
    ]);
  });

  it("cuts the text into runs, the innermost quote first", () => {
    expect(splitIntoRuns(text.length, ranges)).toEqual([
      { start: 0, end: 8, nodeIds: ["a", "b"] },
      { start: 8, end: 24, nodeIds: ["b"] },
      { start: 24, end: text.length, nodeIds: [] },
    ]);
  });

  it("counts overlapping quotes once in the coverage", () => {
    expect(quoteCoverage(text.length, ranges)).toBeCloseTo(24 / text.length);
    expect(
      quoteCoverage(10, [
        { nodeId: "x", start: 0, end: 4 },
        { nodeId: "y", start: 2, end: 6 },
        { nodeId: "z", start: 8, end: 10 },
      ]),
    ).toBeCloseTo(0.8);
    expect(quoteCoverage(0, [])).toBe(0);
  });

  it("leaves a text with no quotes as one plain run", () => {
    expect(splitIntoRuns(5, [])).toEqual([{ start: 0, end: 5, nodeIds: [] }]);
  });
});
