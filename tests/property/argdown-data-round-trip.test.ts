/**
 * Any Argdown file with YAML data, nested to any depth, on statements, arguments and headings, headings at
 * any level, and premise-conclusion structures with inference lines (rules and data, on one line or on
 * three, with intermediary conclusions): read into a map and written back, @argdown/core reads the same
 * data, outline, structures and inference lines from the copy as from the file.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportArgdown } from "../../src/io/formats/argdown/argdown-export";
import { importArgdown } from "../../src/io/formats/argdown/argdown-import";
import { argdownFacts } from "../helpers/argdown-facts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys of data a person writes: never one of Warrant's own fields, which its writer puts there itself. */
const WARRANT_KEYS = new Set(["kind", "id", "label", "base", "attribution", "untitled", "group"]);
const key = fc
  .oneof(
    fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,7}$/),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }),
  )
  .filter((k) => !WARRANT_KEYS.has(k) && !["__proto__", "constructor", "prototype"].includes(k));

const { value } = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.string({ unit: "grapheme", maxLength: 8 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(key, tie("value"), { maxKeys: 3 }),
  ),
}));
const data = fc.option(fc.dictionary(key, value, { minKeys: 1, maxKeys: 3 }), { nil: undefined });

/**
 * YAML flow data as a person could write it: JSON, with the characters the Argdown lexer reads before YAML
 * does (`{`, `}`, `=` and line separators inside a string) as `\u` escapes.
 */
function flow(json: Json): string {
  return JSON.stringify(json).replace(/"(?:[^"\\]|\\.)*"/g, (quoted) =>
    quoted.replace(/[{}=\u2028\u2029\u0085]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
  );
}
const withData = (d: Json | undefined) => (d === undefined ? "" : ` ${flow(d)}`);

const rule = fc.stringMatching(/^[A-Z][a-z]{1,6}( [a-z']{1,6}){0,2}( \([a-z]{1,4}\))?$/);
const inference = fc.record({
  rules: fc.array(rule, { maxLength: 2 }),
  data,
  oneLine: fc.boolean(),
});
const step = fc.record({
  premises: fc.array(data, { minLength: 1, maxLength: 3 }),
  inference,
  conclusion: data,
});

const file: fc.Arbitrary<Sample> = fc.record({
  headings: fc.array(fc.record({ level: fc.integer({ min: 1, max: 4 }), data }), { maxLength: 4 }),
  statements: fc.array(data, { minLength: 1, maxLength: 4 }),
  argument: fc.record({ data, steps: fc.array(step, { minLength: 1, maxLength: 2 }) }),
});

function inferenceLines(line: { rules: string[]; data: Json | undefined; oneLine: boolean }): string[] {
  if (line.rules.length === 0 && line.data === undefined) return ["----"];
  const words = `${line.rules.join(", ")}${withData(line.data)}`.trim();
  return line.oneLine ? [`-- ${words} --`] : ["--", words, "--"];
}

function argdownText(sample: Sample): string {
  const lines = ["===", "title: Generated", "==="];
  let n = 0;
  const statement = (d: Json | undefined) => `[S${++n}]: Statement ${n}.${withData(d)}`;
  // The first statement argued for by the argument; the others stand alone, one under each heading.
  sample.statements.forEach((d, i) => {
    const heading = sample.headings[i];
    if (heading) lines.push("", `${"#".repeat(heading.level)} Part ${i + 1}${withData(heading.data)}`);
    lines.push("", statement(d));
  });
  for (let i = sample.statements.length; i < sample.headings.length; i++) {
    const heading = sample.headings[i] as Sample["headings"][number];
    lines.push("", `${"#".repeat(heading.level)} Part ${i + 1}${withData(heading.data)}`);
  }
  lines.push("", `<Arg>: The argument.${withData(sample.argument.data)}`, "", "<Arg>", "");
  let number = 0;
  for (const s of sample.argument.steps) {
    for (const premise of s.premises) lines.push(`(${++number}) ${statement(premise)}`);
    lines.push(...inferenceLines(s.inference));
    lines.push(`(${++number}) ${statement(s.conclusion)}`);
  }
  lines.push("", "[S1]", "  - <Arg>", "");
  return lines.join("\n");
}

type Sample = {
  headings: { level: number; data: Json | undefined }[];
  statements: (Json | undefined)[];
  argument: {
    data: Json | undefined;
    steps: {
      premises: (Json | undefined)[];
      inference: { rules: string[]; data: Json | undefined; oneLine: boolean };
      conclusion: Json | undefined;
    }[];
  };
};

describe("Argdown's data and inference lines, both ways", () => {
  it("keeps every data block, heading and inference line as @argdown/core reads them", async () => {
    await fc.assert(
      fc.asyncProperty(file, async (sample) => {
        const text = argdownText(sample);
        const before = argdownFacts(text);
        expect(before.errors).toEqual([]);
        const imported = await importArgdown(text);
        if (!imported.ok) throw new Error(imported.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
        const written = exportArgdown(imported.doc);
        const after = argdownFacts(written.text);
        expect(after).toEqual(before);
        expect(written.dropped.filter((line) => /data/.test(line))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
