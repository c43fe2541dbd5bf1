/**
 * Every reader's bounds: size before parsing, depth of nesting, YAML aliases, counts of points while
 * reading, and files with nothing to read. Each refusal is a located problem that names the limit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INPUT_FORMAT_INFO, type InputFormat } from "../../../src/io/formats/formats";
import type { ImportResult } from "../../../src/io/formats/import-result";
import { INPUT_BYTES, MAX_POINTS, NESTING, YAML_VALUES } from "../../../src/io/input-limits";
import { loadMap } from "../../../src/io/load";
import { aliasBomb } from "../../helpers/hostile-inputs";

function read(format: InputFormat, text: string): Promise<ImportResult> {
  const info = INPUT_FORMAT_INFO.get(format);
  if (!info) throw new Error(`no reader for ${format}`);
  return info.read(text, { name: "input" });
}

function refusal(result: ImportResult) {
  if (result.ok) throw new Error("the reader accepted the input");
  return result;
}

function nestedArgdown(levels: number): string {
  const lines = ["[root]: The root."];
  for (let i = 1; i <= levels; i++) lines.push(`${"  ".repeat(i)}+ [s${i}]: Point ${i}.`);
  return `${lines.join("\n")}\n`;
}

describe("the size of a file", () => {
  it("is checked before parsing, and the refusal gives the size and the limit", async () => {
    const text = `[a]: ${"x".repeat(INPUT_BYTES.argdown)}`;
    const result = refusal(await read("argdown", text));
    expect(result.kind).toBe("too-large");
    expect(result.errors[0]?.message).toBe("the file is 2 MB; a file read as Argdown can be at most 2 MB");
  });

  it("counts bytes, not characters: wide characters reach the limit sooner", async () => {
    const wide = "é".repeat(INPUT_BYTES.kialo / 2 + 1);
    const result = refusal(await read("kialo", `Discussion Title: t\n\n1. ${wide}`));
    expect(result.errors[0]?.message).toMatch(/can be at most 16 MB$/);
  });
});

describe("nesting", () => {
  it("refuses JSON nested deeper than the limit, in meta or in arrays alone, at its line", () => {
    const deepMeta = `{"format":"argument-map","version":2,"map":{"id":"m","title":"t","meta":{"a":\n${"[".repeat(60_000)}${"]".repeat(60_000)}}},"nodes":[],"edges":[]}`;
    const meta = loadMap(deepMeta);
    expect(meta.ok).toBe(false);
    expect(meta.ok ? [] : meta.errors).toEqual([
      {
        path: "line 2",
        message: `the JSON is nested more than ${NESTING.json} levels deep (arrays and objects inside each other); Warrant reads at most ${NESTING.json}`,
      },
    ]);
    const arrays = loadMap("[".repeat(60_000) + "]".repeat(60_000));
    expect(arrays.ok ? "" : arrays.errors[0]?.message).toMatch(/nested more than 200 levels/);
  });

  it("reads JSON up to the limit and refuses it one level past, whatever is nested", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: NESTING.json + 5 }),
        fc.constantFrom("[", '{"k":'),
        (depth, open) => {
          const close = open === "[" ? "]" : "}";
          const value = `${open.repeat(depth - 2)}0${close.repeat(depth - 2)}`;
          const text = `{"format":"argument-map","version":2,"map":{"id":"m","title":"t","meta":{"a":${value}}},"nodes":[],"edges":[]}`;
          // The document, map and meta objects are three levels; the value adds depth - 2.
          const result = loadMap(text);
          const tooDeep = !result.ok && /nested more than/.test(result.errors[0]?.message ?? "");
          expect(tooDeep).toBe(depth - 2 + 3 > NESTING.json);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("refuses Argdown relations nested past the limit at the first line too deep", async () => {
    expect((await read("argdown", nestedArgdown(NESTING.argdown))).ok).toBe(true);
    const result = refusal(await read("argdown", nestedArgdown(NESTING.argdown + 1)));
    expect(result.errors).toEqual([
      {
        path: `line ${NESTING.argdown + 2}`,
        message: `relations are nested more than ${NESTING.argdown} levels deep (by indentation); Warrant reads Argdown nested at most ${NESTING.argdown} levels`,
      },
    ]);
  });

  it("refuses indentation a thousand levels deep without parsing it", async () => {
    const lines = ["[a]: A."];
    for (let i = 1; i < 1_000; i++) lines.push(`${"\t".repeat(i)}+ [s${i}]: x`);
    const result = refusal(await read("argdown", lines.join("\n")));
    expect(result.errors[0]?.message).toMatch(/nested more than 100 levels deep/);
  });

  it("refuses Kialo numbering deeper than the limit", async () => {
    const lines = ["Discussion Title: deep", "", "1. Thesis: root"];
    let number = "1.";
    for (let i = 0; i < 1_000; i++) {
      number += "1.";
      lines.push(`${number} Pro: step ${i}`);
    }
    const result = refusal(await read("kialo", lines.join("\n")));
    expect(result.errors).toEqual([
      {
        path: `line ${NESTING.kialo + 3}`,
        message: `claims are numbered more than ${NESTING.kialo} levels deep; Warrant reads Kialo discussions at most ${NESTING.kialo} levels deep`,
      },
    ]);
  });

  it("refuses XML nested deeper than the limit", async () => {
    const text = `<arggraph id="x">\n${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</arggraph>`;
    const result = refusal(await read("microtext", text));
    expect(result.errors).toEqual([
      {
        path: "line 2",
        message: `elements are nested more than ${NESTING.xml} levels deep; Warrant reads XML nested at most ${NESTING.xml}`,
      },
    ]);
  });
});

describe("brackets left open in Argdown", () => {
  it.each([
    ["[", "[".repeat(100_000)],
    ["<", "<".repeat(100_000)],
    ["[a] ", "[a] ".repeat(100_000)],
  ])(
    "refuses a line of %j repeated, which the lexer would read quadratically, at its line",
    async (_, run) => {
      const result = refusal(await read("argdown", `[a]: A.\n\n${run}\n`));
      expect(result.errors[0]?.path).toBe("line 3");
      expect(result.errors[0]?.message).toMatch(/^brackets here \(\[, < or \{\) stay open/);
    },
  );

  it("reads as many brackets closed and on lines of their own", async () => {
    const text = `[a]: A.\n\n${Array.from({ length: 20_000 }, (_, i) => `[s${i}]: x @[a] or @<b>.`).join("\n\n")}\n`;
    const result = await read("argdown", text);
    expect(result.ok && result.doc.nodes.length).toBe(20_001);
  });
});

describe("YAML aliases in Argdown", () => {
  it("refuses an alias bomb in the front matter", async () => {
    const text = `===\n${aliasBomb(9, "\n")}\n===\n\n[a]: A.\n`;
    const result = refusal(await read("argdown", text));
    expect(result.errors).toEqual([
      {
        path: "line 1",
        message: `the front matter uses aliases (*name) that stand for more than ${YAML_VALUES.toLocaleString("en")} values; write the data out without them`,
      },
    ]);
  });

  it("refuses an alias bomb in a data block, at the block's line", async () => {
    const text = `[a]: A.\n\n[b]: B. {${aliasBomb(7, ", ")}}\n`;
    const result = refusal(await read("argdown", text));
    expect(result.errors[0]?.path).toBe("line 3");
    expect(result.errors[0]?.message).toMatch(/^this data block uses aliases/);
  });

  it("keeps a few aliases that stand for little", async () => {
    const text = "[a]: A. {x: &v [1, 2], y: *v}\n";
    const result = await read("argdown", text);
    expect(result.ok && result.doc.nodes[0]?.meta).toMatchObject({
      argdown: { data: { x: [1, 2], y: [1, 2] } },
    });
  });

  it("refuses YAML that is not valid, at its line", async () => {
    const result = refusal(await read("argdown", "===\na: [1\n===\n\n[a]: A.\n"));
    expect(result.errors[0]?.message).toMatch(/^the front matter is not valid YAML/);
  });
});

describe("counting while reading", () => {
  it("stops an APX file past the limit of points at the line that passes it", async () => {
    const lines = Array.from({ length: MAX_POINTS + 10 }, (_, i) => `arg(a${i}).`);
    const result = refusal(await read("apx", lines.join("\n")));
    expect(result.kind).toBe("too-large");
    expect(result.errors).toEqual([
      {
        path: `line ${MAX_POINTS + 1}`,
        message:
          "the file holds more than 100,000 points, the most a map can hold; split it into smaller maps",
      },
    ]);
  });

  it("refuses an ICCMA header claiming too many arguments at the header", async () => {
    const result = refusal(await read("iccma", "p af 1000000000\n1 2\n"));
    expect(result.errors[0]?.path).toBe("line 1");
    expect(result.errors[0]?.message).toMatch(/more than 100,000 points/);
  });
});

describe("a file with nothing to read", () => {
  it.each([
    ["", "line 1: the file is empty"],
    ["   \n\n\t", "line 1: the file holds only spaces and blank lines"],
    [
      "===\ntitle: x\n===\n",
      "$: the file holds no statements or arguments, only front matter, comments or blank lines",
    ],
    [
      "<!-- c -->\n// x\n/* y */\n",
      "$: the file holds no statements or arguments, only front matter, comments or blank lines",
    ],
  ])("Argdown %j is refused as no map", async (text, expected) => {
    const result = refusal(await read("argdown", text));
    expect(result.kind).toBe("not-a-map");
    expect(result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([expected]);
  });

  it("an ICCMA framework of no arguments is refused, not opened as an empty map", async () => {
    const result = refusal(await read("iccma", "p af 0\n"));
    expect(result.errors[0]?.message).toBe("no points were found in the file, read as ICCMA 2023 (p af)");
  });

  it("an empty Warrant map is still a map", async () => {
    const empty = JSON.stringify({
      format: "argument-map",
      version: 2,
      map: { id: "m", title: "t" },
      nodes: [],
      edges: [],
    });
    expect((await read("json", empty)).ok).toBe(true);
  });
});

describe("counting Kialo claims while reading", () => {
  it("stops at the claim past the limit of points", async () => {
    const lines = ["Discussion Title: many", "", "1. Thesis: root"];
    for (let i = 1; i <= MAX_POINTS; i++) lines.push(`1.${i}. Pro: claim ${i}`);
    const result = refusal(await read("kialo", lines.join("\n")));
    expect(result.kind).toBe("too-large");
    expect(result.errors[0]?.path).toBe(`line ${MAX_POINTS + 3}`);
  });
});
