/**
 * The reading the import worker does: a format recognised and read, a format the person chose, content
 * that fits several formats left for them to choose, and hostile files refused with the reader's message.
 */
import { describe, expect, it } from "vitest";
import { NESTING, YAML_VALUES } from "../../../../src/io/input-limits";
import { formatProblem } from "../../../../src/model/problem";
import { answerReadingRequest } from "../../../../src/store/reading/answer-reading-request";
import { aliasBomb } from "../../../helpers/hostile-inputs";

const errorsOf = (answer: Awaited<ReturnType<typeof answerReadingRequest>>): string[] => {
  if (answer.kind === "loaded" || answer.kind === "read")
    return answer.result.ok ? [] : answer.result.errors.map(formatProblem);
  return [];
};

describe("reading an imported text", () => {
  it("reads Argdown as Argdown, and reads it as the format the person chose", async () => {
    const text =
      "# Topic\n\n[Uniforms]: Schools should require uniforms.\n  - <Expression>: Uniforms limit self-expression.\n";
    const found = await answerReadingRequest({ text, name: "notes.argdown" });
    expect(found).toMatchObject({ kind: "read", format: "argdown", result: { ok: true } });
    const chosen = await answerReadingRequest({ text, format: "argdown" });
    expect(chosen).toMatchObject({ kind: "read", format: "argdown", result: { ok: true } });
  });

  it("refuses a YAML alias bomb in Argdown front matter with the limit", async () => {
    const text = `===\n${aliasBomb(9, "\n")}\n===\n\n[A]: A statement.\n`;
    const answer = await answerReadingRequest({ text, name: "bomb.argdown" });
    expect(answer.kind).toBe("read");
    expect(errorsOf(answer).join("\n")).toContain(
      `aliases (*name) that stand for more than ${YAML_VALUES.toLocaleString("en")} values`,
    );
  });

  it("refuses JSON nested 60,000 levels deep, naming the limit", async () => {
    const text = `${"[".repeat(60_000)}${"]".repeat(60_000)}`;
    const answer = await answerReadingRequest({ text, name: "deep.json" });
    expect(answer.kind).toBe("loaded");
    expect(errorsOf(answer).join("\n")).toContain(`nested more than ${NESTING.json} levels deep`);
  });
});
