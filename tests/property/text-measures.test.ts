import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../src/io/json-error-offset";
import { parseJson } from "../../src/io/parse-json";
import { fitsInBytes, utf8ByteLength } from "../../src/io/utf8-size";
import { codePointLength, shortenText } from "../../src/model/text";

describe("measuring text", () => {
  it("counts UTF-8 bytes as Node's Buffer does for well-formed text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, "utf8"));
      }),
    );
  });

  it("says a text fits in a number of bytes exactly when its count is within it", () => {
    // Limits between one and three bytes a unit, where the size has to be measured; lone surrogates
    // and pairs across the encoder's chunks of 65,536 units included.
    const long = fc
      .tuple(fc.nat({ max: 4 }), fc.string({ unit: "binary", maxLength: 6 }))
      .map(([pad, tail]) => `${"a".repeat(65_534 + pad)}${tail}`);
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 80 }), long),
        fc.nat(),
        (text, at) => {
          const limit = text.length + (at % (2 * text.length + 1));
          expect(fitsInBytes(text, limit)).toBe(utf8ByteLength(text) <= limit);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts a surrogate pair across two chunks of the encoder as four bytes", () => {
    const text = `${"a".repeat(65_535)}😀`;
    expect(fitsInBytes(text, 65_539)).toBe(true);
    expect(fitsInBytes(text, 65_538)).toBe(false);
    expect(fitsInBytes("\ud800".repeat(10), 20)).toBe(true);
  });

  it("counts code points as the string iterator does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        expect(codePointLength(text)).toBe([...text].length);
      }),
    );
  });
});

describe("shortening text", () => {
  const anyText = fc.oneof(fc.string({ unit: "grapheme", maxLength: 60 }), fc.string({ maxLength: 60 }));

  it("keeps at most the limit in code points, never half a surrogate pair, and cuts only with an ellipsis", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 2, max: 50 }), (text, max) => {
        const flat = text.replace(/\s+/g, " ").trim();
        const short = shortenText(text, max);
        expect(codePointLength(short)).toBeLessThanOrEqual(max);
        expect(short).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        if (codePointLength(flat) <= max) expect(short).toBe(flat);
        else {
          expect(short.endsWith("…")).toBe(true);
          expect(flat.startsWith(short.slice(0, -1))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("counts an emoji as one character", () => {
    expect(shortenText("😀😀😀😀", 3)).toBe("😀😀…");
    expect(shortenText("😀😀😀", 3)).toBe("😀😀😀");
  });
});

describe("locating JSON errors", () => {
  it("finds no error before the end of valid JSON", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonErrorOffset(text)).toBe(text.length);
      }),
    );
  });

  it("reports, for any broken text, a position inside it and the character found there", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom("}", "]", ",", ":", "x", "'"), (text, at, junk) => {
        const position = at % (text.length + 1);
        const broken = `${text.slice(0, position)}${junk}${text.slice(position)}`;
        const parsed = parseJson(broken);
        if (parsed.ok) return;
        const offset = jsonErrorOffset(broken);
        expect(offset).toBeLessThanOrEqual(broken.length);
        const found =
          offset >= broken.length
            ? "the text ends too early"
            : `unexpected ${JSON.stringify(broken[offset])}`;
        expect(parsed.error.message).toMatch(/^not valid JSON at line \d+, column \d+/);
        expect(parsed.error.message).toContain(found);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ["[1, 2", 5],
    ['{"a": tru}', 9],
    ['"abc', 4],
    ["[01]", 2],
    ['{"a": "\\q"}', 8],
    ["[1] 2", 4],
  ])("locates the error in %s at offset %i", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
