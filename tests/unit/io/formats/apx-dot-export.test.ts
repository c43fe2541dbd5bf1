/** The attack framework out for solvers (APX, TGF, ICCMA 2023), and the whole map as Graphviz DOT. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportDot } from "../../../../src/io/formats/dot-export";
import { exportFramework } from "../../../../src/io/formats/iccma/framework-export";
import { importIccma } from "../../../../src/io/formats/iccma/iccma-import";
import { solverNames } from "../../../../src/io/formats/iccma/solver-names";
import type { ArgumentMap } from "../../../../src/model/schema";
import { smallMap } from "../../../helpers/small-map";

function withUndercut(): ArgumentMap {
  const doc = smallMap();
  doc.edges.push({ id: "u1", from: "r", to: "e1", relation: "undercut" });
  return doc;
}

describe("frameworks for solvers: APX, TGF and ICCMA 2023", () => {
  const attacks = (d: ArgumentMap) =>
    d.edges.filter((e) => e.relation === "attack").map((e) => [e.from, e.to]);

  it.each(["apx", "tgf", "iccma"] as const)(
    "%s reads back as the same framework, with the map's ids",
    (syntax) => {
      const doc = awkwardIds();
      const back = importIccma(exportFramework(doc, syntax).text, syntax);
      if (!back.ok) throw new Error("did not read back");
      expect(back.doc.nodes.map((node) => node.id)).toEqual(doc.nodes.map((node) => node.id));
      expect(attacks(back.doc)).toEqual(attacks(doc));
    },
  );

  it("names only ASP constants in APX, listing the map id behind each name that differs", () => {
    const { text } = exportFramework(awkwardIds(), "apx");
    const names = [...text.matchAll(/arg\(([^)]*)\)/g)].map((m) => m[1]);
    expect(names).toEqual(["pause150", "a1_1_1", "t", "pause150_2", "k"]);
    for (const name of names) expect(name).toMatch(/^[a-z][A-Za-z0-9_]*$/);
    expect(text).toContain("% name pause150 = Pause150\n");
    expect(text).toContain("% name a1_1_1 = 1.1.1\n");
    expect(text).toContain("att(pause150,a1_1_1).");
  });

  it("writes the map id beside each TGF name that differs, and ICCMA 2023 ids as # lines", () => {
    expect(exportFramework(awkwardIds(), "tgf").text.split("\n").slice(0, 6)).toEqual([
      "pause150 Pause150",
      "a1_1_1 1.1.1",
      "t",
      "pause150_2 pause150-2",
      "k",
      "#",
    ]);
    expect(exportFramework(awkwardIds(), "iccma").text).toBe(
      "p af 5\n# Pause150\n# 1.1.1\n# t\n# pause150-2\n# k\n1 2\n5 3\n",
    );
  });

  it("names exactly what a framework cannot carry", () => {
    expect(exportFramework(withUndercut(), "apx").dropped).toEqual([
      "2 supports (APX holds attacks only)",
      "1 undercut (APX holds attacks on arguments only)",
      "the map's id",
      "the map's title",
      "the source text the map was made from",
      "when the map was made",
      "when the map was last changed",
      "the kinds of 5 points",
      "the words of 5 points",
      "the base scores of 1 point",
      "who argues 1 point (attribution)",
      "the footnotes cited by 1 point",
      "the quotes of 1 point",
      "the positions of 1 point set by hand",
      "the ids of 5 relations",
      "1 source",
    ]);
  });

  it("gives every id a distinct constant, the same each time", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9_.:-]{1,12}$/), { maxLength: 30 }), (raw) => {
        const ids = [...new Set(raw)];
        const names = solverNames(ids);
        const values = [...names.values()];
        expect(new Set(values).size).toBe(ids.length);
        for (const name of values) expect(name).toMatch(/^[a-z][A-Za-z0-9_]*$/);
        expect(solverNames(ids)).toEqual(names);
      }),
    );
  });
});

/** Ids a solver would reject: a capital (an ASP variable), a leading digit, dots, and a name that clashes. */
function awkwardIds(): ArgumentMap {
  const kinds = { Pause150: "critique", "1.1.1": "claim", t: "thesis", "pause150-2": "claim", k: "critique" };
  const relations: [string, string, string][] = [
    ["Pause150", "1.1.1", "attack"],
    ["k", "t", "attack"],
    ["1.1.1", "t", "support"],
  ];
  return {
    format: "argument-map",
    version: 3,
    map: { id: "m", title: "Awkward" },
    nodes: Object.entries(kinds).map(([id, kind]) => ({ id, kind, text: `Point ${id}.` })),
    edges: relations.map(([from, to, relation], i) => ({ id: `e${i + 1}`, from, to, relation })),
  } as ArgumentMap;
}

describe("DOT export", () => {
  it("draws every point with its words and every relation in its style", () => {
    const { text } = exportDot(withUndercut());
    expect(text.startsWith('digraph "School uniforms" {')).toBe(true);
    for (const node of smallMap().nodes) expect(text).toContain(`"${node.id}" [label="`);
    expect(text).toContain('"ev" -> "c" [style=solid];');
    expect(text).toContain('"k" -> "t" [style=dashed];');
    // The undercut edge is split at a point that the undercut arrow points at.
    expect(text).toContain('"c" -> "e1" [style=solid, arrowhead=none];');
    expect(text).toContain('"e1" -> "t" [style=solid];');
    expect(text).toContain('"r" -> "e1" [style=dotted];');
  });

  it("escapes quotes and backslashes, and wraps at 40 characters with DOT line breaks", () => {
    const doc = smallMap();
    (doc.nodes[0] as ArgumentMap["nodes"][number]).text =
      'He said "no" \\ and then he left the room without another word';
    expect(exportDot(doc).text).toContain(
      'label="He said \\"no\\" \\\\ and then he left the room\\nwithout another word"',
    );
  });

  it("names exactly what DOT cannot carry", () => {
    // The same as a framework drops, but for the title, the kinds, the words and the supports it draws.
    const framework = exportFramework(withUndercut(), "apx").dropped;
    const drawn = ["the map's title", "the kinds of 5 points", "the words of 5 points"];
    expect(exportDot(withUndercut()).dropped).toEqual(
      framework.filter((line) => !/^\d+ (support|undercut)/.test(line) && !drawn.includes(line)),
    );
  });
});
