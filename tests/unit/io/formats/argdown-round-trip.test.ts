/**
 * Argdown → map → Argdown, judged by @argdown/core itself: the file written back has the same statements
 * and arguments by title, the same relations (ends and type), the same inference lines (rules and data),
 * the same front matter (but its title, which the map's title stands for), the same YAML data, tags and
 * section on every statement and argument, the same headings (levels and data), and reads with no error.
 */
import { describe, expect, it } from "vitest";
import { exportArgdown } from "../../../../src/io/formats/argdown/argdown-export";
import { importArgdown } from "../../../../src/io/formats/argdown/argdown-import";
import { argdownFacts } from "../../../helpers/argdown-facts";
import { officialArgdown } from "../../../helpers/official-argdown";
import { readSample, readShared, sharedDataPresent, sharedFiles } from "../../../helpers/shared-data";

function official(text: string) {
  const r = officialArgdown(text);
  const { title: _title, ...front } = (r.frontMatter ?? {}) as Record<string, unknown>;
  return {
    errors: (r.parserErrors ?? []).length + (r.lexerErrors ?? []).length,
    statements: Object.keys(r.statements ?? {}).sort(),
    arguments: Object.keys(r.arguments ?? {}).sort(),
    relations: (r.relations ?? []).map((rel) => relationWords(rel)).sort(),
    inferences: Object.values(r.arguments ?? {})
      .flatMap((argument) => argument.pcs ?? [])
      .map(
        (statement) => (statement as { inference?: { inferenceRules?: string[]; data?: unknown } }).inference,
      )
      .filter((inference) => (inference?.inferenceRules?.length ?? 0) > 0 || inference?.data !== undefined)
      .map((inference) => `${inference?.inferenceRules?.join(", ")} ${JSON.stringify(inference?.data ?? {})}`)
      .sort(),
    front,
  };
}

/** A relation by its ends and type; a symmetric one (contrary, contradictory) the same either way round. */
function relationWords(rel: {
  from?: { title?: string };
  to?: { title?: string };
  relationType?: unknown;
}): string {
  const type = String(rel.relationType);
  const ends = [rel.from?.title ?? "", rel.to?.title ?? ""];
  if (type === "contrary" || type === "contradictory") ends.sort();
  return `${ends[0]} ${type} ${ends[1]}`;
}

async function roundTrip(text: string): Promise<string> {
  const imported = await importArgdown(text);
  if (!imported.ok) throw new Error(imported.errors.map((e) => e.message).join("\n"));
  return exportArgdown(imported.doc).text;
}

describe("Argdown both ways", () => {
  it("writes a strict-mode file back with its front matter, section, tags and contrary relations", async () => {
    const text = readSample("strict-main.argdown");
    const back = await roundTrip(text);
    expect(official(back)).toEqual(official(text));
    expect(back).toContain('model: {"mode":"strict"}');
    expect(back).toContain("# The choice");
    expect(back).toContain("#main");
  });

  it("writes an argument's premise-conclusion structure back as one", async () => {
    const text = `<Trams>: Trams are worth it.

(1) [Clean]: Trams run on clean power.
(2) [Cheap]: Trams are cheap to run.
----
(3) [Build]: Cities should build trams.
`;
    const back = await roundTrip(text);
    expect(back).toMatch(/<Trams>\n\n\(1\) \[Clean\]\n\(2\) \[Cheap\]\n----\n\(3\) \[Build\]/);
    expect(official(back)).toEqual(official(text));
  });

  it("writes headings back at their levels with their data, empty ones included", async () => {
    const text = `[A]: Apples.

# Fruit {isGroup: false}

## Empty

### Berries {colour: {fill: red, ranks: [1, 2]}}

[B]: Berries. {source: {book: "Fruit", pages: [3, 4]}}
  - [A]
`;
    const back = await roundTrip(text);
    expect(argdownFacts(back)).toEqual(argdownFacts(text));
    expect(back).toContain("## Empty");
    expect(back).toMatch(/^### Berries \{"colour":\{"fill":"red","ranks":\[1,2\]\}\}$/m);
  });

  it("says what data it cannot write back, and what it could not read", async () => {
    // `kind` is where Warrant writes a point's kind; `.inf` has no JSON value.
    const imported = await importArgdown(`[A]: Apples. {kind: premise, colour: red, weight: .inf}
  + [B]: Bananas.
`);
    if (!imported.ok) throw new Error("not imported");
    expect(imported.dropped.join("\n")).toMatch(/^1 data value that JSON cannot hold .* was left out$/m);
    const written = exportArgdown(imported.doc);
    expect(written.dropped.join("\n")).toMatch(
      /^1 data value the Argdown file had under a name Warrant writes/m,
    );
    const a = argdownFacts(written.text).statements.find((s) => s.title === "A");
    expect(a?.data).toBe(JSON.stringify({ colour: "red" }));
  });

  it.skipIf(!sharedDataPresent("argdown"))("keeps every real file as @argdown/core reads it", async () => {
    const report: string[] = [];
    for (const name of sharedFiles("argdown")) {
      const text = readShared("argdown", name);
      const before = official(text);
      const back = await roundTrip(text);
      const after = official(back);
      expect([name, after.errors]).toEqual([name, 0]);
      for (const key of ["statements", "arguments", "relations", "inferences", "front"] as const)
        if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) report.push(`${name}: ${key}`);
      const [facts, factsBack] = [argdownFacts(text), argdownFacts(back)];
      for (const key of ["statements", "arguments", "outline"] as const)
        if (JSON.stringify(facts[key]) !== JSON.stringify(factsBack[key]))
          report.push(`${name}: ${key} in detail`);
    }
    expect(report).toEqual([]);
  });
});
