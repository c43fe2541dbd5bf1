/**
 * Every importer, fed any text (random characters, and text made of its own format's pieces in random
 * order), returns either a map that passes the load pipeline or located problems. None of them throws,
 * not even into the guard that would turn an exception into a problem.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INPUT_FORMAT_INFO, INPUT_FORMATS } from "../../src/io/formats/formats";
import type { ImportResult } from "../../src/io/formats/import-result";
import { loadMapValue } from "../../src/io/load";

/** Pieces of each format's syntax, joined in random order with random text between them. */
const PIECES: Record<string, string[]> = {
  json: [
    '{"format":"argument-map","version":1',
    '"nodes":[',
    '"edges":[]',
    "}",
    "]",
    ",",
    '"map":{"id":"a","title":"t"}',
  ],
  aif: [
    '{"AIF":{"nodes":[',
    '{"nodes":[',
    '{"nodeID":1,"type":"I","text":"a"}',
    '{"nodeID":"2","type":"RA"}',
    '{"nodeID":3,"type":"CA","text":{"txt":"x"}}',
    '{"nodeID":"constructor","type":"I","text":"c"}',
    '"edges":[',
    '{"edgeID":1,"fromID":1,"toID":2}',
    '{"fromID":2,"toID":3}',
    '{"fromID":3,"toID":2}',
    "]",
    "}",
    ",",
    '"OVA":{"nodes":[{"nodeID":1,"x":1,"y":2}]}',
  ],
  microtext: [
    "<?xml version='1.0'?>",
    '<arggraph id="x">',
    "</arggraph>",
    '<edu id="e1">',
    "</edu>",
    "<![CDATA[text]]>",
    '<adu id="a1" type="pro"/>',
    '<adu id="constructor" type="opp"/>',
    '<edge id="c1" src="e1" trg="a1" type="seg"/>',
    '<edge id="c2" src="a1" trg="constructor" type="reb"/>',
    '<edge id="c3" src="constructor" trg="c2" type="und"/>',
    '<edge id="c4" src="a1" trg="c3" type="add"/>',
    "&amp;",
    "<",
    ">",
  ],
  kialo: [
    "Discussion Title: t",
    "Discussion Name:",
    "\n",
    "\r\n",
    "1. ",
    "1.1. Pro: ",
    "1.1. Con: ",
    "1.2. Con: ",
    "1.1.1. Pro: ",
    "1. Question:",
    "1.1. Thesis:",
    "-> See 1.1.",
    "-> See 1.",
    "-> See 9.",
    "[1]",
    "[2010](https://example.org/a)",
    "[words](docs/a.pdf)",
    "](",
    "Sources:",
    "[1] A source https://example.org",
    "  ",
    "\\(",
    "constructor",
  ],
  argdown: [
    "[a]: A.",
    "<b>: B.",
    "\n",
    "\n\n",
    "  + [a]",
    "  - <b>",
    "  _> <b>",
    "  <+ [c]",
    "(1) [p]: P.",
    "(2) [q]",
    "----",
    "--",
    "#tag",
    "{kind: claim}",
    "===",
    "title: x",
    "@[a]",
    "<!-- c -->",
    "// c",
    "><",
    "[constructor]",
    "@import",
    "\\",
  ],
  apx: [
    "arg(a).",
    "arg(b).",
    "att(a,b).",
    "att(b,a).",
    "arg(constructor).",
    "att(",
    ")",
    ".",
    "%",
    "\r\n",
    "\n",
    ",",
  ],
  tgf: ["a", "b", "#", "\n", "\r\n", " ", "a b", "1 2 label", "__proto__"],
  iccma: ["p af 3", "p af 0", "\n", "1 2", "3 3", "# x", "# constructor", "4 1", " ", "\r\n", "0 1"],
};

function pieceText(format: string): fc.Arbitrary<string> {
  const pieces = PIECES[format] ?? [];
  return fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4, unit: "binary" })), {
      maxLength: 40,
    })
    .map((parts) => parts.join(""));
}

function checkResult(result: ImportResult): void {
  if (result.ok) {
    expect(loadMapValue(result.doc).ok).toBe(true);
    for (const line of result.dropped) expect(typeof line).toBe("string");
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(typeof error.path).toBe("string");
      expect(error.message).not.toBe("");
      // The guards turn an exception into this message; an importer must never get that far.
      expect(error.message).not.toMatch(/^could not be read \(/);
    }
  }
}

describe.each(INPUT_FORMATS)("the %s importer", (format) => {
  const info = INPUT_FORMAT_INFO.get(format);
  if (!info) throw new Error(`no importer for ${format}`);

  it("never throws on random text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200, unit: "binary" }), async (text) => {
        checkResult(await info.read(text, {}));
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on text made of its own syntax", async () => {
    await fc.assert(
      fc.asyncProperty(pieceText(format), async (text) => {
        checkResult(await info.read(text, { name: "fuzz" }));
      }),
      { numRuns: format === "argdown" ? 100 : 300 },
    );
  });
});
