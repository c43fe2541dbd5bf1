/** The library's stored text of a map, built a slice at a time, is the text built at once. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalMap, compactJsonPieces } from "../../../src/io/serialize";
import { generateDebate } from "../../../src/model/generate-debate";
import { validMapArb } from "../../helpers/arbitraries";

const atOnce = (doc: Parameters<typeof canonicalMap>[0]) => JSON.stringify(canonicalMap(doc));

describe("the compact text in pieces", () => {
  it("joins into exactly the text made at once, for any map and any slice size", () => {
    fc.assert(
      fc.property(validMapArb(), fc.integer({ min: 1, max: 4 }), (doc, sliceSize) => {
        expect([...compactJsonPieces(doc, sliceSize)].join("")).toBe(atOnce(doc));
      }),
      { numRuns: 150 },
    );
  });

  it("gives each slice of points and relations as a piece of its own", () => {
    const doc = generateDebate({ nodes: 250 });
    const pieces = [...compactJsonPieces(doc, 100)];
    expect(pieces.join("")).toBe(atOnce(doc));
    const count = (piece: string, key: string) => piece.split(`"${key}":`).length - 1;
    // 250 points and 249 relations: three slices of each, none holding more than 100.
    expect(pieces.filter((piece) => count(piece, "kind") > 0)).toHaveLength(3);
    expect(pieces.filter((piece) => count(piece, "relation") > 0)).toHaveLength(3);
    for (const piece of pieces) {
      expect(count(piece, "kind")).toBeLessThanOrEqual(100);
      expect(count(piece, "relation")).toBeLessThanOrEqual(100);
    }
  });
});
