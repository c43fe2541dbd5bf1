/**
 * The shapes that used to cost quadratic time or overflow the stack, read and written correctly: a long
 * chain of Kialo links, a long support cycle as a brief, a dense attack graph as AIF, and the rows of the
 * plain layout on long chains (checked against the direct walk it replaces).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportAif } from "../../../src/io/formats/aif/aif-export";
import { exportBrief } from "../../../src/io/formats/brief/brief-markdown";
import { importKialo } from "../../../src/io/formats/kialo/kialo-import";
import { layoutParents, positionsForAll } from "../../../src/io/formats/layout-positions";
import type { ArgumentMap } from "../../../src/model/schema";
import { completeAttackGraph, kialoSeeChain, supportCycle } from "../../helpers/hostile-inputs";

describe("long and dense shapes", () => {
  it("follows a chain of 5,000 Kialo links to the one claim at its end", () => {
    const result = importKialo(kialoSeeChain(5_000));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.doc.nodes.map((node) => node.meta?.kialo)).toEqual([{ number: "1." }, { number: "1.1." }]);
    expect(result.doc.edges).toHaveLength(1);
  });

  it("writes a support cycle of 10,000 points as a brief listing each point once", () => {
    const doc = supportCycle(10_000);
    const text = exportBrief(doc).text;
    const listed = text.split("\n").filter((line) => /Point \d+$/.test(line));
    expect(listed).toHaveLength(10_000);
    expect(new Set(listed.map((line) => /Point (\d+)$/.exec(line)?.[1])).size).toBe(10_000);
    // Deep levels are marked, not indented without end: the text stays linear in the points.
    expect(text.length).toBeLessThan(10_000 * 120);
    expect(text).toContain("*(9999 levels down)*");
  });

  it("writes a complete attack graph as AIF with one conflict node per attack, each placed", () => {
    const doc = completeAttackGraph(60);
    const aif = JSON.parse(exportAif(doc).text);
    const conflicts = aif.AIF.nodes.filter((node: { type: string }) => node.type === "CA");
    expect(conflicts).toHaveLength(60 * 59);
    for (const place of aif.OVA.nodes)
      expect(Number.isFinite(place.x) && Number.isFinite(place.y)).toBe(true);
  });
});

/** The rows as the layout first computed them: a fresh walk up the parents from every point. */
function directRows(doc: ArgumentMap): Map<string, number> {
  const parent = layoutParents(doc);
  const rows = new Map<string, number>();
  for (const node of doc.nodes) {
    let depth = 0;
    const seen = new Set<string>([node.id]);
    for (let at = parent.get(node.id); at !== undefined && !seen.has(at); at = parent.get(at)) {
      seen.add(at);
      depth++;
    }
    rows.set(node.id, depth);
  }
  return rows;
}

describe("the plain layout's rows", () => {
  it("are those of a direct walk up the parents, on any graph of chains and circles", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 30 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n })),
          ),
        ([n, pairs]) => {
          const nodes = Array.from({ length: n }, (_, i) => ({
            id: `n${i}`,
            kind: "claim" as const,
            text: "x",
          }));
          const edges = pairs.map(([from, to], i) => ({
            id: `e${i}`,
            from: `n${from}`,
            to: `n${to}`,
            relation: "support" as const,
          }));
          const doc: ArgumentMap = {
            format: "argument-map",
            version: 3,
            map: { id: "m", title: "t" },
            nodes,
            edges,
          };
          const rows = directRows(doc);
          const positions = positionsForAll(doc);
          const rowHeight = 160;
          for (const node of nodes) {
            expect((positions.get(node.id)?.y ?? -1) / rowHeight).toBe(rows.get(node.id));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
