import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../../../src/io/formats/detect-format";

const essay = readFileSync("fixtures/icc-essay.argmap.json", "utf8");

describe("which format a file is in", () => {
  it("goes by content first, whatever the name says", () => {
    expect(detectFormat(essay, "notes.txt")).toEqual({ kind: "found", format: "json" });
    expect(detectFormat("arg(a).\narg(b).\natt(a,b).\n", "framework.txt")).toEqual({
      kind: "found",
      format: "apx",
    });
  });

  it("lets an ending that belongs to one format decide when the content names none", () => {
    expect(detectFormat("odd words", "debate.argdown")).toEqual({ kind: "found", format: "argdown" });
    expect(detectFormat("odd words", "saved.aif.json")).toEqual({ kind: "found", format: "aif" });
    expect(detectFormat("odd words", "framework.tgf")).toEqual({ kind: "found", format: "tgf" });
  });

  it("never lets a generic ending (.txt, .json) alone pick a reader for content nothing recognises", () => {
    expect(detectFormat("this is not JSON", "notes.txt")).toEqual({ kind: "unknown" });
    expect(detectFormat("this is not JSON", "notes.json")).toEqual({ kind: "unknown" });
    expect(detectFormat("this is not JSON")).toEqual({ kind: "unknown" });
  });

  it("answers the same for a name whatever its letter case", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom(
          "a.txt",
          "a.json",
          "a.argdown",
          "a.ad",
          "a.aif",
          "a.aif.json",
          "a.apx",
          "a.tgf",
          "a.xml",
        ),
        (text, name) => {
          expect(detectFormat(text, name.toUpperCase())).toEqual(detectFormat(text, name));
        },
      ),
    );
  });
});
