/** The attack framework out as APX, and the whole map as Graphviz DOT. */
import { describe, expect, it } from "vitest";
import { exportDot } from "../../../../src/io/formats/dot-export";
import { apxNames, exportApx } from "../../../../src/io/formats/iccma/apx-export";
import { importIccma } from "../../../../src/io/formats/iccma/iccma-import";
import type { ArgumentMap } from "../../../../src/model/schema";
import { smallMap } from "../../../helpers/small-map";

function withUndercut(): ArgumentMap {
  const doc = smallMap();
  doc.edges.push({ id: "u1", from: "r", to: "e1", relation: "undercut" });
  return doc;
}

describe("APX export", () => {
  it("writes every point and attack, and reads back as the same framework", () => {
    const doc = smallMap();
    const written = exportApx(doc);
    const back = importIccma(written.text, "apx");
    if (!back.ok) throw new Error("did not read back");
    expect(back.doc.nodes.map((node) => node.id)).toEqual(doc.nodes.map((node) => node.id));
    const attacks = (d: ArgumentMap) =>
      d.edges.filter((e) => e.relation === "attack").map((e) => [e.from, e.to]);
    expect(attacks(back.doc)).toEqual(attacks(doc));
  });

  it("names exactly what APX cannot carry", () => {
    expect(exportApx(withUndercut()).dropped).toEqual([
      "2 supports (APX holds attacks only)",
      "1 undercut (APX holds attacks on arguments only)",
      "the words, kinds and scores of 5 points (APX keeps names only)",
    ]);
  });

  it("rewrites ids APX would misread and keeps them apart", () => {
    expect([...apxNames(["a.b", "a_b", "a:b", "ok"])]).toEqual([
      ["a.b", "a_b"],
      ["a_b", "a_b_2"],
      ["a:b", "a_b_3"],
      ["ok", "ok"],
    ]);
  });
});

describe("DOT export", () => {
  it("draws every point with its words and every relation in its style", () => {
    const { text } = exportDot(withUndercut());
    expect(text.startsWith('digraph "School uniforms" {')).toBe(true);
    for (const node of smallMap().nodes) expect(text).toContain(`"${node.id}" [label="`);
    expect(text).toContain('"ev" -> "c" [style=solid];');
    expect(text).toContain('"k" -> "t" [style=dashed];');
    // The undercut edge is split at a point that the undercut arrow points at.
    expect(text).toContain('"c" -> "e1" [style=solid, arrowhead=none];');
    expect(text).toContain('"e1" -> "t" [style=solid];');
    expect(text).toContain('"r" -> "e1" [style=dotted];');
  });

  it("escapes quotes and backslashes, and wraps at 40 characters with DOT line breaks", () => {
    const doc = smallMap();
    (doc.nodes[0] as ArgumentMap["nodes"][number]).text =
      'He said "no" \\ and then he left the room without another word';
    expect(exportDot(doc).text).toContain(
      'label="He said \\"no\\" \\\\ and then he left the room\\nwithout another word"',
    );
  });

  it("names exactly what DOT cannot carry", () => {
    expect(exportDot(withUndercut()).dropped).toEqual([
      "the base scores of 1 point",
      "1 source (DOT has no citations)",
      "positions set by hand (dot lays the graph out itself)",
    ]);
  });
});
