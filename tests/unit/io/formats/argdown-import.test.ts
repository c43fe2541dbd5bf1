/**
 * Argdown in: every real file imports, and its statements, arguments and relations agree in number
 * with what @argdown/core itself reports for the file, through its own full application (computed here,
 * not copied). Premise-conclusion structures become linked premises, strict-mode relations are mapped,
 * and what a single plain Argdown file cannot be is refused.
 */
import { describe, expect, it } from "vitest";
import { importArgdown } from "../../../../src/io/formats/argdown/argdown-import";
import type { ArgumentMap } from "../../../../src/model/schema";
import { officialArgdown } from "../../../helpers/official-argdown";
import { readSample, readShared, sharedDataPresent, sharedFiles } from "../../../helpers/shared-data";

function officialCounts(text: string) {
  const response = officialArgdown(text);
  const relations = response.relations ?? [];
  return {
    statements: Object.keys(response.statements ?? {}).length,
    arguments: Object.keys(response.arguments ?? {}).length,
    relations: relations.length,
    symmetric: relations.map((r, i) => [i, ["contrary", "contradictory"].includes(r.relationType)] as const),
  };
}

async function imported(text: string) {
  const result = await importArgdown(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result;
}

const argdownOf = (meta: unknown) => (meta as { argdown?: Record<string, unknown> } | undefined)?.argdown;

describe.skipIf(!sharedDataPresent("argdown"))("the real Argdown files", () => {
  it.each(sharedFiles("argdown"))(
    "%s: statements, arguments and relations agree with @argdown/core",
    async (name) => {
      const text = readShared("argdown", name);
      const expected = officialCounts(text);
      const { doc } = await imported(text);
      const typed = (type: string) => doc.nodes.filter((n) => argdownOf(n.meta)?.type === type).length;
      expect(typed("statement")).toBe(expected.statements);
      expect(typed("argument")).toBe(expected.arguments);
      expect(doc.nodes).toHaveLength(expected.statements + expected.arguments);
      // Every relation Argdown reports became edges of its own; the symmetric ones, one each way.
      const edgesOf = new Map<number, number>();
      for (const edge of doc.edges) {
        const index = argdownOf(edge.meta)?.index;
        if (typeof index === "number") edgesOf.set(index, (edgesOf.get(index) ?? 0) + 1);
      }
      expect(edgesOf.size).toBe(expected.relations);
      for (const [index, symmetric] of expected.symmetric)
        expect([index, edgesOf.get(index)]).toEqual([index, symmetric ? 2 : 1]);
    },
  );

  it("links the premises of a premise-conclusion structure and draws the inference to its conclusion", async () => {
    const { doc } = await imported(
      readShared("argdown", "argdown__Populism-Core-Argument-Argdown-Example.argdown"),
    );
    const core = doc.nodes.find((n) => n.label === "Core Argument") as ArgumentMap["nodes"][number];
    const premises = doc.edges.filter((e) => e.to === core.id && e.relation === "support");
    expect(premises.map((e) => doc.nodes.find((n) => n.id === e.from)?.label)).toEqual(["Doom", "Salvation"]);
    expect(new Set(premises.map((e) => e.group)).size).toBe(1);
    expect(premises[0]?.group).toBeDefined();
    const inference = doc.edges.find((e) => e.from === core.id && argdownOf(e.meta)?.inference === true);
    expect(doc.nodes.find((n) => n.id === inference?.to)?.label).toBe("Power");
  });

  it("maps strict mode: contrary and contradictory as attacks both ways, kept in meta", async () => {
    const { doc } = await imported(readShared("argdown", "argdown__semmelweis_betz.argdown"));
    const contrary = doc.edges.filter((e) => argdownOf(e.meta)?.relation === "contrary");
    expect(contrary).toHaveLength(10);
    expect(contrary.every((e) => e.relation === "attack")).toBe(true);
    expect(doc.map.meta).toMatchObject({
      argdown: { frontMatter: { model: { mode: "strict" }, author: "Gregor Betz" } },
    });
    const h1 = doc.nodes.find((n) => n.label === "Epidemic Influence Hypothesis");
    expect(h1?.tags).toEqual(["H1"]);
    expect(h1?.text).toBe("The outbreak of childbed fever is controlled by epidemic influences.");
    expect(argdownOf(h1?.meta)?.section).toBe("Three Rival Hypotheses");
  });

  it("keeps German text and the attack cycle", async () => {
    const veggie = await imported(readShared("argdown", "argdown__veggie_debate.argdown"));
    expect(veggie.doc.nodes.find((n) => n.label === "Bio-Fleisch")?.text).toContain(
      "ökologischer Tierhaltung",
    );
    const cycle = await imported(readShared("argdown", "argdown-mcp__three-cycle.argdown"));
    expect(cycle.doc.edges.map((e) => [e.from, e.relation, e.to])).toEqual([
      // "<A>: ... - <B>" says that B attacks A.
      ["B", "attack", "A"],
      ["C", "attack", "B"],
      ["A", "attack", "C"],
    ]);
  });
});

describe("Argdown that cannot be read", () => {
  it("refuses @import, saying where", async () => {
    expect(await importArgdown("[a]: A.\n\n@import 'other.argdown'\n")).toEqual({
      ok: false,
      kind: "unreadable",
      errors: [
        {
          path: "line 3",
          message:
            "@import brings in other Argdown files, which a single file cannot; paste them into one file instead",
        },
      ],
    });
  });

  it("refuses a document that declares another dialect", async () => {
    expect(await importArgdown("===\ndialect: argdown+\n===\n\n[a]: A.\n")).toMatchObject({
      ok: false,
      errors: [
        { message: "this file declares the argdown+ dialect (Argdown+); only plain Argdown can be read" },
      ],
    });
  });

  it("undercuts the inference edge of an argument", async () => {
    const { doc } = await imported(
      "<A>: Arg.\n\n(1) [p]: P.\n(2) [q]: Q.\n----\n(3) [c]: C.\n\n[u]: U.\n  _> <A>\n",
    );
    const undercut = doc.edges.find((e) => e.relation === "undercut");
    const target = doc.edges.find((e) => e.id === undercut?.to);
    expect([undercut?.from, target?.from, target?.to]).toEqual(["u", "A", "c"]);
  });

  it("refuses titles that @argdown/core would lose rather than import a map without them", async () => {
    expect(await importArgdown("[a]: A.\n  + [constructor]: B.\n")).toEqual({
      ok: false,
      kind: "unreadable",
      errors: [
        {
          path: "line 2",
          message:
            'the Argdown reader loses a statement or argument titled "constructor" (a name JavaScript reserves); give it another title',
        },
      ],
    });
  });

  it("leaves out prototype-named data keys and keeps the rest", async () => {
    const result = await imported('[a]: A. {__proto__: {x: 1}, note: "kept"}\n');
    expect(argdownOf(result.doc.nodes[0]?.meta)?.data).toEqual({ note: "kept" });
  });
});

describe("the thesis of an Argdown file", () => {
  const relations = (doc: ArgumentMap) => doc.edges.map((e) => `${e.from} ${e.relation} ${e.to}`);
  const theses = (doc: ArgumentMap) => doc.nodes.filter((n) => n.kind === "thesis").map((n) => n.id);

  it("is the statement tagged #main, and a strict contrary is one attack pair that leaves it the thesis", async () => {
    const { doc, warnings } = await imported(readSample("strict-main.argdown"));
    expect(theses(doc)).toEqual(["Trams"]);
    expect(relations(doc)).toEqual(expect.arrayContaining(["Trams attack Roads", "Roads attack Trams"]));
    // The pair is one Argdown relation: both edges carry its index, the second marked as the reverse.
    const pair = doc.edges.filter((e) => [e.from, e.to].sort().join() === "Roads,Trams");
    expect(pair.map((e) => argdownOf(e.meta))).toEqual([
      { relation: "contrary", index: 0 },
      { relation: "contrary", index: 0, reverse: true },
    ]);
    expect(doc.nodes.find((n) => n.id === "Roads")?.kind).toBe("critique");
    expect(warnings.map((w) => w.message).filter((m) => /thesis|theses/.test(m))).toEqual([]);
  });

  it("is the statement the front matter names, else the first top-level statement of the first section", async () => {
    const untagged = readSample("strict-main.argdown").replace(" #main", "");
    expect(theses((await imported(untagged)).doc)).toEqual(["Roads"]);
    const named = untagged.replace("author: A. Writer", "thesis: Trams");
    expect(theses((await imported(named)).doc)).toEqual(["Trams"]);
  });

  it.skipIf(!sharedDataPresent("argdown"))(
    "is one statement in every real file that has a section",
    async () => {
      for (const name of sharedFiles("argdown")) {
        const text = readShared("argdown", name);
        if (!/^#+ /m.test(text)) continue;
        expect([name, theses((await imported(text)).doc).length]).toEqual([name, 1]);
      }
    },
  );
});
