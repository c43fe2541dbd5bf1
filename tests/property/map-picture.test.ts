/** Any valid map, whatever its text, draws as well-formed SVG holding every point. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapPicture } from "../../src/io/picture/map-picture";
import { validMapArb } from "../helpers/arbitraries";
import { elementsOf, parseSvg } from "../helpers/svg-picture";

describe("a picture of any map", () => {
  it("is well-formed XML with a card per point and no script or event handler", () => {
    fc.assert(
      fc.property(validMapArb({ maxNodes: 14, maxEdges: 24 }), (doc) => {
        const picture = mapPicture(doc);
        const elements = elementsOf(parseSvg(picture.svg));
        expect(
          elements.filter((element) => element.name === "g" && element.children[0]?.name === "title"),
        ).toHaveLength(doc.nodes.length);
        expect(
          elements.some((element) => element.name === "script" || element.name === "foreignObject"),
        ).toBe(false);
        for (const element of elements)
          for (const name of element.attributes.keys()) expect(name).not.toMatch(/^on/i);
        expect(Number.isFinite(picture.width) && Number.isFinite(picture.height)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
