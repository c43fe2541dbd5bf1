/**
 * What the fuzz runs do with each hostile input, and how a run is judged. Every command that reads a
 * file is run on it (convert to every format, with -o over an existing file), and a run passes when it
 * ends with exit 0, 1 or 2 (3 only for a computation refused in words, never "unexpected failure"),
 * prints no stack trace, and leaves the -o file as it was unless it succeeded.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OUTPUT_FORMATS } from "../../src/io/formats/formats";

/** The file -o writes over; it holds this before every run. */
export const OLD_OUTPUT = "the old contents of the output file\n";

export interface FuzzCommand {
  name: string;
  args: (input: string, output: string) => string[];
  /** Whether the command writes the -o file. */
  writes: boolean;
}

export const FUZZ_COMMANDS: FuzzCommand[] = [
  { name: "validate", args: (input) => ["validate", input], writes: false },
  ...OUTPUT_FORMATS.map((to) => ({
    name: `convert --to ${to}`,
    args: (input: string, output: string) => ["convert", input, "--to", to, "-o", output],
    writes: true,
  })),
  { name: "score", args: (input) => ["score", input, "--json"], writes: false },
  { name: "score grounded", args: (input) => ["score", input, "--semantics", "grounded"], writes: false },
  { name: "flow", args: (input) => ["flow", input, "--json"], writes: false },
  { name: "merge", args: (input, output) => ["merge", input, input, "-o", output], writes: true },
];

export interface FuzzRun {
  code: number | null;
  out: string;
  err: string;
  /** The -o file after the run. */
  output: string | undefined;
  writes: boolean;
}

/** A line of a JavaScript stack trace, as Node prints them. */
const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$/m;

/** What is wrong with a run; empty when it passes. */
export function faults(run: FuzzRun): string[] {
  const found: string[] = [];
  const said = `${run.out}\n${run.err}`;
  if (run.code === 3) {
    if (/unexpected failure/.test(run.err) || run.err.trim() === "") found.push(`exit 3: ${run.err.trim()}`);
  } else if (run.code !== 0 && run.code !== 1 && run.code !== 2) found.push(`exit ${run.code}`);
  if (STACK_LINE.test(said)) found.push("a stack trace was printed");
  if (/unexpected failure/.test(said)) found.push("an unexpected failure");
  if (run.writes && run.code !== 0 && run.output !== OLD_OUTPUT) {
    found.push("a failed run changed the -o file");
  }
  if (run.writes && run.code === 0 && (run.output === undefined || run.output === OLD_OUTPUT)) {
    found.push("a successful run did not write the -o file");
  }
  return found;
}

/** Real files of every format, from the repository's fixtures, to be mutated. */
export function fixtureSeeds(root: string): { file: string; text: string }[] {
  const seeds: { file: string; text: string }[] = [];
  for (const folder of ["fixtures", join("tests", "fixtures", "interop")]) {
    for (const name of readdirSync(join(root, folder))) {
      seeds.push({ file: name, text: readFileSync(join(root, folder, name), "utf8") });
    }
  }
  seeds.push(
    {
      file: "sample.argdown",
      text: "===\ntitle: Uniforms\n===\n\n[T]: Schools should require uniforms. #thesis\n  + <A>: Uniforms reduce bullying. {kind: claim}\n  - [C]: They limit expression.\n\n<A>\n\n(1) [P]: Surveys say so.\n----\n(2) [T]\n",
    },
    {
      file: "sample.xml",
      text: '<?xml version="1.0"?>\n<arggraph id="m1">\n<edu id="e1"><![CDATA[Uniforms help.]]></edu>\n<edu id="e2"><![CDATA[They cut bullying.]]></edu>\n<adu id="a1" type="pro"/>\n<adu id="a2" type="pro"/>\n<edge id="c1" src="e1" trg="a1" type="seg"/>\n<edge id="c2" src="e2" trg="a2" type="seg"/>\n<edge id="c3" src="a2" trg="a1" type="sup"/>\n</arggraph>\n',
    },
  );
  return seeds;
}
