/**
 * Every writer, given a map whose words hold anything (lone surrogates, control characters, markup),
 * writes a well-formed text its format can hold: never an exception, never a character that cannot be
 * encoded, JSON that parses, and each replacement reported.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OUTPUT_FORMAT_INFO, OUTPUT_FORMATS } from "../../src/io/formats/formats";
import { writableText } from "../../src/io/formats/writable-text";
import type { ArgumentMap } from "../../src/model/schema";
import { AWKWARD_TEXT } from "../helpers/hostile-inputs";

/** Any UTF-16 code unit, so halves of surrogate pairs come alone. */
const codeUnits = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

const words = fc.oneof(codeUnits(40), fc.constantFrom(...AWKWARD_TEXT));

const mapWithAnyWords: fc.Arbitrary<ArgumentMap> = fc
  .tuple(words, fc.array(fc.tuple(words, words), { minLength: 1, maxLength: 6 }))
  .map(([title, points]) => ({
    format: "argument-map",
    version: 3,
    map: { id: "m", title: title.trim() === "" ? "t" : title },
    nodes: points.map(([text, label], i) => ({
      id: `n${i}`,
      kind: i === 0 ? "thesis" : "claim",
      text: text.trim() === "" ? "x" : text,
      ...(label.trim() === "" ? {} : { label: label.slice(0, 100) }),
    })),
    edges: points.slice(1).map((_, i) => ({ id: `e${i}`, from: `n${i + 1}`, to: "n0", relation: "support" })),
  }));

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters no writer may leave in.
const UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

describe.each(OUTPUT_FORMATS)("the %s writer", (format) => {
  const info = OUTPUT_FORMAT_INFO.get(format);
  if (!info) throw new Error(`no writer for ${format}`);

  it("writes well-formed text for any words, reporting what it replaced", async () => {
    await fc.assert(
      fc.asyncProperty(mapWithAnyWords, async (doc) => {
        const written = await info.write(doc);
        expect(written.text.isWellFormed()).toBe(true);
        expect(written.text).not.toMatch(UNWRITABLE);
        if (format === "json" || format === "aif") expect(() => JSON.parse(written.text)).not.toThrow();
        if (written.text.includes("\ufffd") && !JSON.stringify(doc).includes("\ufffd")) {
          expect(written.dropped.some((line) => /written as U\+FFFD$/.test(line))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("writable text", () => {
  it("replaces exactly the lone surrogates and the control characters, keeping pairs and line breaks", () => {
    expect(writableText("a\ud800b\udc00c\u0000d\t\n\r😀\ufffe")).toEqual({
      text: "a\ufffdb\ufffdc\ufffdd\t\n\r😀\ufffd",
      replaced: 4,
    });
  });
});
