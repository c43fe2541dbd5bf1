/**
 * `warrant score --explain`: the built command, run as a process on random maps, against a brute force
 * that rebuilds every coalition's map; the JSON contract of docs/cli.md; the table in words; the
 * refusals (an unknown id, a Dung semantics) with what is allowed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contributions, GRADUAL_SEMANTICS, LABELLING_SEMANTICS } from "../../../src/analysis";
import { runCli } from "../../../src/cli/main";
import type { ArgumentMap } from "../../../src/model/schema";
import { bruteContributions } from "../../helpers/contribution-brute-force";
import { memoryIo } from "../../helpers/memory-io";
import { arbitraryMap } from "../../property/analysis/arbitrary-maps";
import { workedExample } from "../analysis/examples";
import { ring } from "../analysis/map-builder";

const dir = mkdtempSync(join(tmpdir(), "warrant-explain-"));

function warrant(args: string[]) {
  const result = spawnSync(process.execPath, ["bin/warrant.js", ...args], { encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function score(args: string[], doc: ArgumentMap) {
  const io = memoryIo({ "map.json": JSON.stringify(doc) });
  const code = await runCli(["score", "map.json", ...args], io);
  return { code, out: io.out, err: io.err };
}

const attacksItself = (doc: ArgumentMap, id: string) =>
  doc.edges.some((edge) => edge.relation === "attack" && edge.from === id && edge.to === id);

describe("warrant score --explain, as a process", () => {
  it("matches a brute force over every coalition on random maps, in the JSON the docs promise", () => {
    let file = 0;
    fc.assert(
      fc.property(
        arbitraryMap({ maxNodes: 6 }).chain((doc) =>
          fc.tuple(
            fc.constant(doc),
            fc.constantFrom(...doc.nodes.map((n) => n.id)),
            fc.constantFrom(...GRADUAL_SEMANTICS),
          ),
        ),
        ([doc, id, semantics]) => {
          // A coalition that never settles is reported (and exits 3); that case has a test of its own below.
          fc.pre(contributions(doc, id, semantics)?.converged === true && !attacksItself(doc, id));
          const path = join(dir, `map${file++}.json`);
          writeFileSync(path, JSON.stringify(doc));
          const { code, out, err } = warrant([
            "score",
            path,
            "--semantics",
            semantics,
            "--explain",
            id,
            "--json",
          ]);
          // Random maps draw warnings (no thesis, cycles); they go to standard error, never into the JSON.
          for (const line of err.split("\n").filter(Boolean)) expect(line).toMatch(/^warning: /);
          expect(code).toBe(0);
          const result = JSON.parse(out);
          expect(Object.keys(result)).toEqual([
            "semantics",
            "node",
            "base",
            "strength",
            "contributions",
            "estimated",
          ]);
          expect(result.semantics).toBe(semantics);
          expect(result.node).toBe(id);
          expect(result.estimated).toBe(false);
          const brute = bruteContributions(doc, id, semantics);
          expect(result.strength).toBeCloseTo(brute.strength, 6);
          expect(result.base).toBeCloseTo(brute.alone, 12);
          expect(result.contributions.map((c: { id: string }) => c.id).sort()).toEqual(
            [...brute.shapley.keys()].sort(),
          );
          for (const c of result.contributions) {
            expect(Object.keys(c)).toEqual(["id", "shapley", "removal"]);
            expect(c.shapley).toBeCloseTo(brute.shapley.get(c.id) as number, 6);
            expect(c.removal).toBeCloseTo(brute.removal.get(c.id) as number, 6);
          }
          const sizes = result.contributions.map((c: { shapley: number }) => Math.abs(c.shapley));
          expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        },
      ),
      { numRuns: 12 },
    );
  });

  it("estimates the essay's thesis, with its standard error, still adding up to the change", () => {
    const { code, out } = warrant(["score", "fixtures/icc-essay.argmap.json", "--explain", "t1", "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
    expect(result.contributions).toHaveLength(essay.nodes.length - 1);
    expect(result.estimated).toBe(true);
    expect(result.standardError).toBeLessThan(0.005);
    const total = result.contributions.reduce((sum: number, c: { shapley: number }) => sum + c.shapley, 0);
    expect(Math.abs(total - (result.strength - result.base))).toBeLessThan(1e-6);
  });
});

describe("warrant score --explain, in words and refusals", () => {
  it("prints a table whose shares add up to the change it states", async () => {
    const { code, out } = await score(["--explain", "t"], workedExample());
    expect(code).toBe(0);
    const [first] = out.split("\n");
    const change = Number(/a change of ([-+]?\d\.\d\d)/.exec(first as string)?.[1]);
    const rows = out.split("\n").filter((line) => /^\s*[-+]?\d\.\d\d\s/.test(line));
    expect(rows.length).toBeGreaterThan(0);
    const shares = rows.map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(change, 1);
    expect(out).toMatch(/share\s+removal\s+kind\s+id\s+point/);
  });

  it("says when a cycle did not settle, and exits 3", async () => {
    const { code, out } = await score(["--explain", "a0", "--max-iterations", "1", "--json"], ring(3));
    expect(code).toBe(3);
    const result = JSON.parse(out);
    expect(result.converged).toBe(false);
    expect(result.unsettled).toBeGreaterThan(0);
  });

  it("exits 2 naming the map's ids when no point has the id", async () => {
    const { code, err } = await score(["--explain", "nowhere"], workedExample());
    expect(code).toBe(2);
    expect(err).toContain("nowhere");
    for (const node of workedExample().nodes) expect(err).toContain(node.id);
  });

  it.each(LABELLING_SEMANTICS)("exits 2 naming the gradual semantics under %s", async (semantics) => {
    const { code, err, out } = await score(["--semantics", semantics, "--explain", "t"], workedExample());
    expect(code).toBe(2);
    expect(out).toBe("");
    for (const name of GRADUAL_SEMANTICS) expect(err).toContain(name);
  });
});
