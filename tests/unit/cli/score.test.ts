/**
 * `warrant score`: the output contract of docs/cli.md for every semantics, the readable table, and
 * the exit codes. Expected strengths come from the worked example in docs/scoring.md.
 */
import { describe, expect, it } from "vitest";
import { GRADUAL_SEMANTICS } from "../../../src/analysis";
import { runCli } from "../../../src/cli/main";
import { memoryIo } from "../../helpers/memory-io";
import { changed, smallMap } from "../../helpers/small-map";
import { WORKED_EXAMPLE_STRENGTHS, workedExample } from "../analysis/examples";
import { buildMap, ring } from "../analysis/map-builder";

const worked = JSON.stringify(workedExample());

async function score(args: string[], files: Record<string, string>) {
  const io = memoryIo(files);
  const code = await runCli(["score", ...args], io);
  return { code, out: io.out, err: io.err };
}

describe("warrant score with a gradual semantics", () => {
  it.each(GRADUAL_SEMANTICS)(
    "prints the worked example of scoring.md for %s as one JSON object",
    async (name) => {
      const { code, out, err } = await score(["map.json", "--semantics", name, "--json"], {
        "map.json": worked,
      });
      expect(code).toBe(0);
      expect(err).toBe("");
      const result = JSON.parse(out);
      expect(Object.keys(result)).toEqual(["semantics", "converged", "iterations", "strengths"]);
      expect(result.semantics).toBe(name);
      expect(result.converged).toBe(true);
      expect(result.iterations).toBe(1);
      expect(Object.keys(result.strengths)).toEqual(["t", "c", "k", "r"]);
      for (const [id, value] of Object.entries(WORKED_EXAMPLE_STRENGTHS[name])) {
        expect(result.strengths[id], id).toBeCloseTo(value, 8);
      }
    },
  );

  it("uses dfquad when no semantics is named", async () => {
    const { code, out } = await score(["map.json", "--json"], { "map.json": worked });
    expect(code).toBe(0);
    expect(JSON.parse(out).semantics).toBe("dfquad");
  });

  it("prints a table sorted by strength, strongest first", async () => {
    const { code, out } = await score(["map.json"], { "map.json": worked });
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^strength\s+base\s+kind\s+id\s+point$/);
    expect(lines.slice(1).map((line) => line.trim().split(/\s+/).slice(0, 4))).toEqual([
      ["0.80", "0.80", "claim", "c"],
      ["0.72", "0.50", "thesis", "t"],
      ["0.60", "0.60", "rebuttal", "r"],
      ["0.36", "0.90", "critique", "k"],
    ]);
  });

  it("counts iterations on a cycle and still exits 0 when it settles", async () => {
    const { code, out } = await score(["ring.json", "--json"], {
      "ring.json": JSON.stringify(ring(4, "attack", 0.8)),
    });
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThan(1);
  });

  it("prints the unsettled result with converged false and exits 3 when a cycle does not settle", async () => {
    const files = { "ring.json": JSON.stringify(ring(5, "attack", 0.9)) };
    const { code, out, err } = await score(["ring.json", "--json", "--max-iterations", "3"], files);
    expect(code).toBe(3);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ semantics: "dfquad", converged: false, iterations: 3 });
    expect(Object.keys(result.strengths)).toHaveLength(5);
    expect(err).toMatch(/did not settle .* after 3 iterations/);
  });

  it("refuses a --max-iterations that is not a whole number", async () => {
    const { code, out, err } = await score(["map.json", "--max-iterations", "0.5"], { "map.json": worked });
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/--max-iterations 0\.5 is not a whole number/);
  });
});

describe("warrant score with a Dung labelling", () => {
  it("prints grounded labels in lower case with the edges it ignored", async () => {
    const { code, out } = await score(["map.json", "--semantics", "grounded", "--json"], {
      "map.json": JSON.stringify(smallMap()),
    });
    expect(code).toBe(0);
    // r is unattacked, so IN; it attacks k, so OUT; t's only attacker is OUT, so IN.
    expect(JSON.parse(out)).toEqual({
      semantics: "grounded",
      labels: { t: "in", c: "in", ev: "in", k: "out", r: "in" },
      ignored: { support: 2, undercut: 0 },
    });
  });

  it("prints both preferred extensions of a mutual attack, and no stable one for an odd ring", async () => {
    const mutual = JSON.stringify(
      buildMap({ a: {}, b: {} }, [
        ["a", "attack", "b"],
        ["b", "attack", "a"],
      ]),
    );
    const preferred = await score(["m.json", "-s", "preferred", "--json"], { "m.json": mutual });
    expect(preferred.code).toBe(0);
    const result = JSON.parse(preferred.out);
    expect(Object.keys(result)).toEqual(["semantics", "extensions", "ignored"]);
    expect(result.extensions.map((members: string[]) => members.join()).sort()).toEqual(["a", "b"]);

    const odd = { "r.json": JSON.stringify(ring(3)) };
    expect(JSON.parse((await score(["r.json", "-s", "stable", "--json"], odd)).out).extensions).toEqual([]);
    expect(JSON.parse((await score(["r.json", "-s", "preferred", "--json"], odd)).out).extensions).toEqual([
      [],
    ]);
  });

  it("reads labels and extensions as tables too", async () => {
    const files = { "map.json": JSON.stringify(smallMap()) };
    const grounded = await score(["map.json", "-s", "grounded"], files);
    expect(grounded.out.split("\n")[0]).toMatch(/^label\s+base\s+kind\s+id\s+point$/);
    expect(grounded.out.trimEnd().split("\n").at(-1)).toMatch(/2 supports and 0 undercuts were left out/);
    // Every IN row comes before the OUT row.
    const labels = grounded.out
      .split("\n")
      .slice(1, 6)
      .map((line) => line.split(/\s+/)[0]);
    expect(labels).toEqual(["IN", "IN", "IN", "IN", "OUT"]);

    const stable = await score(["map.json", "-s", "stable"], files);
    expect(stable.out).toMatch(/^1 stable extension:\n\nExtension 1 \(4 points\)/);
  });

  it("refuses preferred extensions on a map too large to search, exiting 3 with one line that says why", async () => {
    const { code, out, err } = await score(["r.json", "-s", "preferred", "--json"], {
      "r.json": JSON.stringify(ring(80)),
    });
    expect(code).toBe(3);
    expect(out).toBe("");
    // The map's warnings (no thesis, a cycle) come first; the refusal is one line after them.
    const refusal = err
      .trimEnd()
      .split("\n")
      .filter((line) => !line.startsWith("warning: "));
    expect(refusal).toHaveLength(1);
    expect(refusal[0]).toMatch(/^warrant: preferred extensions .* 80 of them, more than the limit of 60/);
  });
});

describe("warrant score with bad input", () => {
  it("exits 2 for an unknown semantics without reading the file", async () => {
    const { code, out, err } = await score(["missing.json", "--semantics", "votes"], {});
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/--semantics votes is not known; use one of dfquad, .*stable/);
  });

  it("exits 1 with located problems for an invalid map, as validate does", async () => {
    const invalid = changed((d) => void ((d.nodes[0] as { base: number }).base = 2));
    const { code, out, err } = await score(["map.json"], { "map.json": invalid });
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe("nodes[0].base: is 2; it must be at most 1\n");
  });

  it("exits 2 for text that is not JSON and for a missing file", async () => {
    expect((await score(["map.json"], { "map.json": "{ nodes:" })).code).toBe(2);
    const missing = await score(["nowhere.json"], {});
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read "nowhere.json"/);
  });

  it("sends warnings to standard error so standard output stays one JSON object", async () => {
    const noSource = changed((d) => void delete d.nodes[2]?.sourceIds);
    const { code, out, err } = await score(["map.json", "--json"], { "map.json": noSource });
    expect(code).toBe(0);
    expect(() => JSON.parse(out)).not.toThrow();
    expect(err).toBe('warning: nodes[2].sourceIds: the evidence "ev" cites no source\n');
  });
});
