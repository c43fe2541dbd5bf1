/**
 * Argdown → map → Argdown, judged by @argdown/core itself: the file written back has the same statements
 * and arguments by title, the same relations (ends and type), the same inference lines (rules and data)
 * and the same front matter (but its title,
 * which the map's title stands for), and reads with no error.
 */
import { describe, expect, it } from "vitest";
import { exportArgdown } from "../../../../src/io/formats/argdown/argdown-export";
import { importArgdown } from "../../../../src/io/formats/argdown/argdown-import";
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

  it.skipIf(!sharedDataPresent("argdown"))("keeps every real file as @argdown/core reads it", async () => {
    const report: string[] = [];
    for (const name of sharedFiles("argdown")) {
      const text = readShared("argdown", name);
      const before = official(text);
      const after = official(await roundTrip(text));
      expect([name, after.errors]).toEqual([name, 0]);
      for (const key of ["statements", "arguments", "relations", "inferences", "front"] as const)
        if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) report.push(`${name}: ${key}`);
    }
    expect(report).toEqual([]);
  });
});
