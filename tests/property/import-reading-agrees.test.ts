/**
 * The app's import reading (what its worker runs) answers any text exactly as the readers themselves do
 * when called directly, as the command line calls them: the same format recognised, the same map or the
 * same located problems, the same choice left open. It never fails by an exception of its own.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/io/formats/detect-format";
import { INPUT_FORMAT_INFO } from "../../src/io/formats/formats";
import { loadMap } from "../../src/io/load";
import { answerReadingRequest } from "../../src/store/reading/answer-reading-request";

/** Pieces of several formats' syntax, so that texts are recognised as one, as several or as none. */
const PIECES = [
  '{"format":"argument-map","version":3,"map":{"id":"a","title":"t"},"nodes":[],"edges":[]}',
  '{"AIF":{"nodes":[{"nodeID":1,"type":"I","text":"a"}],"edges":[]}}',
  "[a]: A.",
  "  + <b>: B.",
  "===\ntitle: x\n===",
  "Discussion Title: t\n",
  "1. Thesis: a\n1.1. Pro: b\n",
  "-> See 1.",
  "arg(a).\natt(a,a).\n",
  "p af 2\n1 2\n",
  "a b\n#\n",
  "<arggraph id='x'></arggraph>",
  "\n",
  "{",
  "]",
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(""));
const name = fc.option(
  fc.constantFrom("map.json", "notes.argdown", "debate.txt", "graph.apx", "g.tgf", "af.i23", "a.xml", "x"),
  { nil: undefined },
);

/** What calling the readers directly gives: detection, then the format's reader or the load pipeline. */
async function readDirectly(text: string, name: string | undefined) {
  const detected = detectFormat(text, name);
  if (detected.kind === "ambiguous") return { kind: "ambiguous", candidates: detected.candidates };
  const format = detected.kind === "found" ? detected.format : undefined;
  const info = format === undefined || format === "json" ? undefined : INPUT_FORMAT_INFO.get(format);
  if (info === undefined) return { kind: "loaded", result: loadMap(text, { mode: "lenient" }) };
  return { kind: "read", format, result: await info.read(text, name !== undefined ? { name } : {}) };
}

describe("the import reading agrees with the readers", () => {
  it("gives any text the answer the readers give it directly", async () => {
    await fc.assert(
      fc.asyncProperty(text, name, async (text, name) => {
        const answer = await answerReadingRequest({ text, ...(name !== undefined ? { name } : {}) });
        expect(answer.kind).not.toBe("failed");
        expect(answer).toEqual(await readDirectly(text, name));
      }),
      { numRuns: 80 },
    );
  });

  it("reads as the chosen format whatever the content suggests", async () => {
    const formats = [...INPUT_FORMAT_INFO.keys()].filter((format) => format !== "json");
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(...formats), async (text, format) => {
        const answer = await answerReadingRequest({ text, format });
        const info = INPUT_FORMAT_INFO.get(format);
        expect(answer).toEqual({ kind: "read", format, result: await info?.read(text, {}) });
      }),
      { numRuns: 60 },
    );
  });
});
