/**
 * An import's notices grouped by kind: what the file held that the map left out, what it carried in another
 * form, and what is worth a look in the map; lines that say the same of many things become one line that
 * names them, and each group counts the things, not the lines.
 */
import { describe, expect, it } from "vitest";
import { importAif } from "../../../src/io/formats/aif/aif-import";
import { importArgdown } from "../../../src/io/formats/argdown/argdown-import";
import { importIccma } from "../../../src/io/formats/iccma/iccma-import";
import { importKialo } from "../../../src/io/formats/kialo/kialo-import";
import { importNotices } from "../../../src/io/import-notices";
import { readShared, sharedDataPresent } from "../../helpers/shared-data";

/** An AIF file with `broken` inferences that have no premise, a dialogue layer and one symmetric conflict. */
function aifWith(broken: number, locutions: number) {
  const nodes: { nodeID: string; type: string; text: string }[] = [
    { nodeID: "a", type: "I", text: "Build the bridge." },
    { nodeID: "b", type: "I", text: "Do not build it." },
    { nodeID: "c1", type: "CA", text: "Default Conflict" },
    { nodeID: "c2", type: "CA", text: "Default Conflict" },
  ];
  const edges = [
    { edgeID: "e1", fromID: "a", toID: "c1" },
    { edgeID: "e2", fromID: "c1", toID: "b" },
    { edgeID: "e3", fromID: "b", toID: "c2" },
    { edgeID: "e4", fromID: "c2", toID: "a" },
  ];
  for (let i = 0; i < broken; i++) {
    nodes.push({ nodeID: `r${i}`, type: "RA", text: "Default Inference" });
    edges.push({ edgeID: `f${i}`, fromID: `r${i}`, toID: "a" });
  }
  for (let i = 0; i < locutions; i++) nodes.push({ nodeID: `l${i}`, type: "L", text: `Sam: line ${i}` });
  return JSON.stringify({ nodes, edges });
}

describe("the notices of an import, by kind", () => {
  it("says once what many lines said of different things, and counts the things", () => {
    const broken = 23;
    const locutions = 7;
    const result = importAif(aifWith(broken, locutions));
    if (!result.ok) throw new Error("not imported");
    // The importer says it of each inference: the flat list the grouping replaces.
    expect(result.dropped.filter((line) => /has no premise/.test(line))).toHaveLength(broken);

    const groups = importNotices("AIF", result.dropped, result.warnings);
    const leftOut = groups.find((g) => g.kind === "left-out");
    expect(leftOut?.count).toBe(broken + locutions);
    const merged = leftOut?.lines.filter((line) => /has no premise/.test(line)) ?? [];
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatch(new RegExp(`, ${broken} times: "r0", "r1", .* and ${broken - 5} more$`));
    expect(leftOut?.heading).toBe(
      `${broken + locutions} things AIF held that the map could not express, left out`,
    );

    const reshaped = groups.find((g) => g.kind === "reshaped");
    expect(reshaped?.lines.some((line) => /symmetric conflict/.test(line))).toBe(true);
    expect(groups.reduce((n, g) => n + g.lines.length, 0)).toBeLessThan(result.dropped.length);
  });

  it("puts the map's own warnings in words under what is worth a look", async () => {
    const result = await importArgdown(`[A]: Apples.

[B]: Bananas.

[C]: Cherries.
`);
    if (!result.ok) throw new Error("not imported");
    const look = importNotices("Argdown", result.dropped, result.warnings).find((g) => g.kind === "look");
    expect(look?.count).toBe(result.warnings.filter((w) => w.path !== "$").length);
    expect(look?.lines.join("\n")).not.toMatch(/nodes\[\d+\]/);
  });

  it("counts what came in another form apart from what was left out", () => {
    const kinds = (result: ReturnType<typeof importKialo>, format: string) => {
      if (!result.ok) throw new Error("not imported");
      return Object.fromEntries(importNotices(format, result.dropped, []).map((g) => [g.kind, g.lines]));
    };
    // A question becomes the map's description; a footnote missing from the Sources list is left out.
    const kialo = kinds(
      importKialo("1. Question: Should we?\n1.1. Thesis: We should. [3]\n1.1.1. Pro: It helps."),
      "Kialo",
    );
    expect(kialo.reshaped).toEqual([expect.stringMatching(/^the question 1 became the map's description/)]);
    expect(kialo["left-out"]).toEqual([expect.stringMatching(/footnote \[3\] is not in the Sources list/)]);
    // An attack on an argument the file never declared adds it.
    const apx = kinds(importIccma("arg(a).\natt(a,b).\n", "apx"), "APX");
    expect(apx.reshaped).toEqual([expect.stringMatching(/never declares; added it as an argument$/)]);
    expect(apx["left-out"]).toBeUndefined();
  });

  it("says nothing when nothing was lost and nothing needs a look", () => {
    expect(importNotices("Argdown", [], [])).toEqual([]);
  });

  it.skipIf(!sharedDataPresent("aif"))("counts a real OVA3 save's dialogue layer node by node", () => {
    const result = importAif(readShared("aif", "arguebuf-ts__xaif_739nodes.json"));
    if (!result.ok) throw new Error("not imported");
    const file = JSON.parse(readShared("aif", "arguebuf-ts__xaif_739nodes.json"));
    const dialogue = (file.AIF.nodes as { type: string }[]).filter((n) => ["L", "TA", "YA"].includes(n.type));
    const leftOut = importNotices("AIF", result.dropped, result.warnings).find((g) => g.kind === "left-out");
    expect(leftOut?.count).toBe(dialogue.length);
  });
});
