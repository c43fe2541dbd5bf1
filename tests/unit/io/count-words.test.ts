/**
 * What a reader counts, it says in words that agree with the count: "1 edge names a node", "2 edges name
 * nodes". Each line is read once of one thing and once of several, so a line written for many only
 * ("1 attack labels were dropped") fails. The map's own warnings are counted so in warning-words.test.ts.
 */
import { describe, expect, it } from "vitest";
import { importAif } from "../../../src/io/formats/aif/aif-import";
import { importIccma } from "../../../src/io/formats/iccma/iccma-import";

function dropped(result: ReturnType<typeof importAif>): string[] {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.dropped;
}

/**
 * An AIF file whose propositions p1, p2 … come `n` of each: conflicts both ways between pairs, propositions
 * in no inference or conflict, EN nodes, and edges to nodes the file does not have.
 */
function aifWith(n: number): string {
  const nodes: object[] = [];
  const edges: object[] = [];
  const edge = (from: string, to: string) =>
    edges.push({ edgeID: `e${edges.length + 1}`, fromID: from, toID: to });
  for (let i = 1; i <= n; i++) {
    for (const side of ["a", "b"])
      nodes.push({ nodeID: `${side}${i}`, text: `Side ${side} of pair ${i}.`, type: "I" });
    nodes.push({ nodeID: `ca${i}a`, text: "Default Conflict", type: "CA" });
    nodes.push({ nodeID: `ca${i}b`, text: "Default Conflict", type: "CA" });
    edge(`a${i}`, `ca${i}a`);
    edge(`ca${i}a`, `b${i}`);
    edge(`b${i}`, `ca${i}b`);
    edge(`ca${i}b`, `a${i}`);
    nodes.push({ nodeID: `alone${i}`, text: `Alone ${i}.`, type: "I" });
    nodes.push({ nodeID: `en${i}`, text: "unknown", type: "EN" });
    edge(`a${i}`, `missing${i}`);
  }
  return JSON.stringify({ nodes, edges });
}

describe("counts in words", () => {
  it("says what an AIF file's reader left out or reshaped of one thing and of several", () => {
    expect(dropped(importAif(aifWith(1)))).toEqual(
      expect.arrayContaining([
        "1 edge names a node the file does not have; dropped",
        "1 EN node has no place in a map; dropped",
        "1 symmetric conflict (each proposition attacks the other) is kept as attacks both ways",
        "1 proposition takes part in no inference or conflict; kept unconnected",
      ]),
    );
    expect(dropped(importAif(aifWith(2)))).toEqual(
      expect.arrayContaining([
        "2 edges name nodes the file does not have; dropped",
        "2 EN nodes have no place in a map; dropped",
        "2 symmetric conflicts (each proposition attacks the other) are kept as attacks both ways",
        "2 propositions take part in no inference or conflict; kept unconnected",
      ]),
    );
  });

  it("says how many attack labels of a TGF file and comment lines of an ICCMA 2023 file were dropped", () => {
    const tgf = (labelled: number) =>
      `1\n2\n3\n#\n${["1 2", "2 3"].map((line, i) => (i < labelled ? `${line} because` : line)).join("\n")}\n`;
    expect(dropped(importIccma(tgf(1), "tgf"))).toEqual([
      "1 attack label (TGF text after the two ids) was dropped",
    ]);
    expect(dropped(importIccma(tgf(2), "tgf"))).toEqual([
      "2 attack labels (TGF text after the two ids) were dropped",
    ]);
    // Three arguments and fewer comment lines: the comments are not their names, so they are left out.
    const i23 = (comments: number) => `p af 3\n${"# a note\n".repeat(comments)}1 2\n`;
    expect(dropped(importIccma(i23(1), "iccma"))).toEqual(["1 comment line (#) was dropped"]);
    expect(dropped(importIccma(i23(2), "iccma"))).toEqual(["2 comment lines (#) were dropped"]);
  });
});
