/**
 * The picture of a map (the SVG export, and the PNG drawn from it) whatever its words hold: lone halves
 * of surrogate pairs, control characters, U+FFFE and U+FFFF, markup. Every picture, of the whole map or
 * of a selection, is well-formed XML made only of characters XML allows, encodes to UTF-8 and into a URL
 * without failing, and shows each point's words with exactly the characters XML cannot hold replaced.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapPicture } from "../../src/io/picture/map-picture";
import type { ArgumentMap } from "../../src/model/schema";
import { mapFileName } from "../../src/ui/storage/file-name";
import { AWKWARD_TEXT } from "../helpers/hostile-inputs";
import { elementsOf, parseSvg } from "../helpers/svg-picture";

/** Mostly the characters that break pictures, with ordinary letters and spaces between them. */
const awkwardUnit = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)),
  fc.integer({ min: 0, max: 0x1f }).map((u) => String.fromCharCode(u)),
  fc.constantFrom("\u007f", "\u0085", "\ufffe", "\uffff", "<", "&", '"', "'", "]]>", "😀", " ", "a", "b"),
);
const awkward = fc.oneof(
  fc.string({ unit: awkwardUnit, minLength: 1, maxLength: 30 }),
  fc.constantFrom(...AWKWARD_TEXT),
);

const mapArb: fc.Arbitrary<ArgumentMap> = fc
  .tuple(awkward, fc.array(fc.tuple(awkward, fc.option(awkward)), { minLength: 1, maxLength: 7 }))
  .map(([title, points]) => ({
    format: "argument-map",
    version: 3,
    map: { id: "m", title },
    nodes: points.map(([text, label], i) => ({
      id: `n${i}`,
      kind: i === 0 ? "thesis" : i % 2 === 0 ? "critique" : "claim",
      text,
      ...(label === null ? {} : { label }),
    })),
    edges: points
      .slice(1)
      .map((_, i) => ({ id: `e${i}`, from: `n${i + 1}`, to: "n0", relation: i % 2 ? "attack" : "support" })),
  }));

/** XML 1.0's Char production, written out here rather than taken from the code under test. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** The words as a picture must show them: each code point XML cannot hold (a lone half included) as U+FFFD. */
function asShown(text: string): string {
  let out = "";
  for (const char of text) out += isXmlChar(char.codePointAt(0) as number) ? char : "\ufffd";
  return out.replace(/\r\n?/g, "\n");
}

describe("a picture of a map whose words hold anything", () => {
  it("is well-formed XML of allowed characters, encodable, showing each point's words", () => {
    fc.assert(
      fc.property(mapArb, fc.array(fc.boolean(), { maxLength: 7 }), (doc, chosen) => {
        const picked = doc.nodes.filter((_, i) => chosen[i]).map((node) => node.id);
        const only = picked.length > 0 ? new Set(picked) : null;
        const { svg } = mapPicture(doc, { only });
        for (const char of svg) expect(isXmlChar(char.codePointAt(0) as number)).toBe(true);
        expect(svg.isWellFormed()).toBe(true);
        expect(() => encodeURIComponent(svg)).not.toThrow();
        expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(svg))).toBe(svg);

        // Each card is a group whose first child, its <title>, holds the point's whole words.
        const titles = elementsOf(parseSvg(svg))
          .filter((element) => element.name === "g" && element.children[0]?.name === "title")
          .map((group) => group.children[0]?.text);
        const pictured = only ? doc.nodes.filter((node) => only.has(node.id)) : doc.nodes;
        expect(titles).toEqual(pictured.map((node) => asShown(node.text)));
      }),
      { numRuns: 200 },
    );
  });

  it("is saved under a file name that any system can write, whatever the title", () => {
    fc.assert(
      fc.property(awkward, (title) => {
        const name = mapFileName(title, ".svg");
        expect(name.isWellFormed()).toBe(true);
        expect(() => encodeURIComponent(name)).not.toThrow();
        // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly what a file name may not hold.
        expect(name).not.toMatch(/[\u0000-\u001f\u007f<>:"/\\|?*]/);
        expect(name.endsWith(".svg")).toBe(true);
      }),
    );
  });
});
