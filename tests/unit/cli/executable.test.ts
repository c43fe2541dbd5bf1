/**
 * The `warrant` executable itself, as built (the test run builds it first): real process, real exit codes,
 * no stack traces, not even when the built command is missing or broken.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeStrengths } from "../../../src/analysis";
import type { ArgumentMap } from "../../../src/model/schema";
import { smallMap } from "../../helpers/small-map";

function warrant(args: string[], input?: string, executable = "bin/warrant.js") {
  const result = spawnSync(process.execPath, [executable, ...args], { input, encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A copy of the executable in a folder of its own, beside a dist-cli/ holding `bundle` (or nothing). */
function executableWithBundle(bundle: string | undefined): string {
  const root = mkdtempSync(join(tmpdir(), "warrant-bin-"));
  mkdirSync(join(root, "bin"));
  copyFileSync("bin/warrant.js", join(root, "bin", "warrant.js"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
  if (bundle !== undefined) {
    mkdirSync(join(root, "dist-cli"));
    writeFileSync(join(root, "dist-cli", "warrant.mjs"), bundle);
  }
  return join(root, "bin", "warrant.js");
}

describe("bin/warrant.js", () => {
  const dir = mkdtempSync(join(tmpdir(), "warrant-cli-"));

  it("validates a file and exits 0", () => {
    const file = join(dir, "ok.json");
    writeFileSync(file, JSON.stringify(smallMap()));
    expect(warrant(["validate", file])).toEqual({ code: 0, out: "", err: "" });
  });

  it("reads standard input and exits 1 with located problems", () => {
    const broken = JSON.stringify({
      ...smallMap(),
      edges: [{ id: "e1", from: "c", to: "nowhere", relation: "support" }],
    });
    expect(warrant(["validate", "-"], broken)).toEqual({
      code: 1,
      out: "",
      err: 'edges[0].to: "nowhere" is not a node or edge id\n',
    });
  });

  it("exits 2 with one line, not a stack trace, for a folder", () => {
    const result = warrant(["validate", dir]);
    expect(result.code).toBe(2);
    expect(result.err.trim().split("\n")).toHaveLength(1);
    expect(result.err).toContain("it is a folder, not a file");
  });

  it("prints the version from package.json", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(warrant(["--version"])).toEqual({ code: 0, out: `${version}\n`, err: "" });
  });

  it("says in one line how to build the command when it is not built", () => {
    const result = warrant(["--version"], undefined, executableWithBundle(undefined));
    expect(result.code).toBe(3);
    expect(result.out).toBe("");
    expect(result.err).toMatch(
      /^warrant: the command is not built \(no .*warrant\.mjs\); run npm run build:cli in the project\n$/,
    );
    expect(result.err.trim().split("\n")).toHaveLength(1);
  });

  it("says in one line that the built command is broken, for a file that does not parse", () => {
    const result = warrant(["--version"], undefined, executableWithBundle("export const = ;"));
    expect(result.code).toBe(3);
    expect(result.err).toMatch(
      /^warrant: the built command cannot be loaded \(.+\); rebuild it with npm run build:cli\n$/,
    );
  });

  it("says in one line that the built command is broken, for one that imports what is not there", () => {
    const result = warrant(["--version"], undefined, executableWithBundle('import "no-such-package";'));
    expect(result.code).toBe(3);
    expect(result.err).toMatch(
      /^warrant: the built command cannot be loaded \(Cannot find package 'no-such-package'/,
    );
    expect(result.err.trim().split("\n")).toHaveLength(1);
  });

  it("turns a failure thrown later, outside the command's own handling, into one line", () => {
    const late = 'setTimeout(() => { throw new TypeError("late\\nsecond line"); });';
    expect(warrant(["--version"], undefined, executableWithBundle(late))).toEqual({
      code: 3,
      out: "",
      err: "warrant: unexpected failure: late\n",
    });
  });

  it("scores the essay map, printing one JSON object with a strength for every point", () => {
    const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
    const result = warrant(["score", "fixtures/icc-essay.argmap.json", "--json"]);
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    const printed = JSON.parse(result.out);
    expect(printed).toEqual(computeStrengths(essay, "dfquad"));
    expect(Object.keys(printed.strengths)).toEqual(essay.nodes.map((node) => node.id));
  });

  it("prints the essay round's flow as one JSON object, with the critique the essay leaves unanswered dropped", () => {
    const result = warrant(["flow", "fixtures/icc-essay.argmap.json", "--json"]);
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    const printed = JSON.parse(result.out);
    expect(printed.format).toBe("classroom");
    expect(printed.dropped).toContainEqual({ id: "k9", side: "against", speech: "OA", droppedIn: "RF" });
  });

  it("converts Argdown through the real executable, loading @argdown/core on demand", () => {
    const argdown =
      "# Homework\n\n[Homework]: Schools should set homework.\n  + [Practice]: Practice helps.\n";
    const result = warrant(["convert", "-", "--from", "argdown", "--to", "apx"], argdown);
    expect(result).toEqual({
      code: 0,
      // Capitalised names would be variables to an ASP solver: constants stand for them, listed by id.
      out: [
        "% argument names for solvers; each line gives a name and the map id it stands for",
        "% name homework = Homework",
        "% name practice = Practice",
        "arg(homework).",
        "arg(practice).",
        "",
      ].join("\n"),
      err: [
        "dropped: 1 support (APX holds attacks only)",
        "dropped: the map's id",
        "dropped: the map's title",
        // The file's heading, which the map keeps for Argdown, has no place in APX.
        "dropped: the map's data for other tools (meta)",
        "dropped: the kinds of 2 points",
        "dropped: the words of 2 points",
        "dropped: the labels of 2 points",
        "dropped: the data for other tools (meta) of 2 points",
        "dropped: the ids of 1 relation",
        "dropped: the data for other tools (meta) of 1 relation",
        "",
      ].join("\n"),
    });
  }, 30_000);

  it("merges two students' copies into one map with a rating from each", () => {
    const copy = (name: string, base: number) => {
      const doc = smallMap();
      doc.map.student = { name };
      doc.nodes[1] = { ...(doc.nodes[1] as ArgumentMap["nodes"][number]), base };
      const file = join(dir, `${name}.argmap.json`);
      writeFileSync(file, JSON.stringify(doc));
      return file;
    };
    const result = warrant(["merge", copy("Sam", 0.2), copy("Kim", 0.6)]);
    expect([result.code, result.err]).toEqual([0, ""]);
    const merged = JSON.parse(result.out) as ArgumentMap;
    expect(merged.nodes[1]?.ratings).toEqual([
      { by: "Kim", base: 0.6 },
      { by: "Sam", base: 0.2 },
    ]);
  });
});
