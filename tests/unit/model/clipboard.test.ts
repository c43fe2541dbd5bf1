import { describe, expect, it } from "vitest";
import { loadMap, loadMapValue } from "../../../src/io/load";
import { serializeMap } from "../../../src/io/serialize";
import { connect, copySelection, moveNodes, pasteFragment } from "../../../src/model/operations";
import type { ArgumentMap } from "../../../src/model/schema";
import { smallMap } from "../../helpers/small-map";

function withUndercut(): ArgumentMap {
  const result = connect(smallMap(), { id: "u1", from: "r", to: "e4", relation: "undercut" });
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
}

describe("copy", () => {
  it("copies the chosen nodes with the edges among them, their undercuts and their sources", () => {
    const copied = copySelection(withUndercut(), ["k", "r", "ev"]);
    expect(copied.nodes.map((n) => n.id)).toEqual(["ev", "k", "r"]);
    expect(copied.edges.map((e) => e.id)).toEqual(["e4", "u1"]);
    expect(copied.sources?.map((s) => s.id)).toEqual(["s1"]);
    expect(copied.view).toBeUndefined();
  });

  it("is a valid map that survives the clipboard as text", () => {
    const copied = copySelection(withUndercut(), ["t", "c", "ev"]);
    const result = loadMap(serializeMap(copied));
    expect(result.ok).toBe(true);
  });
});

describe("paste", () => {
  it("gives fresh ids, keeps internal edges and leaves the original alone", () => {
    const doc = withUndercut();
    const { doc: after, nodeIds } = pasteFragment(doc, copySelection(doc, ["k", "r"]));
    expect(nodeIds).toHaveLength(2);
    expect(nodeIds.some((id) => doc.nodes.some((n) => n.id === id))).toBe(false);
    const [k2, r2] = nodeIds;
    const pastedEdges = after.edges.slice(doc.edges.length);
    const attack = pastedEdges.find((e) => e.relation === "attack");
    expect(attack).toMatchObject({ from: r2, to: k2 });
    expect(pastedEdges.find((e) => e.relation === "undercut")).toMatchObject({ from: r2, to: attack?.id });
    expect(after.nodes.slice(0, doc.nodes.length)).toEqual(doc.nodes);
    expect(loadMapValue(after).ok).toBe(true);
  });

  it("reuses a source the map already has and adds one it does not", () => {
    const doc = smallMap();
    const same = pasteFragment(doc, copySelection(doc, ["ev"])).doc;
    expect(same.sources).toHaveLength(1);
    const other: ArgumentMap = {
      ...smallMap(),
      sources: [{ id: "s1", citation: "A different study" }],
    };
    const merged = pasteFragment(doc, copySelection(other, ["ev"])).doc;
    expect(merged.sources?.map((s) => s.citation)).toEqual(["School survey, 2020", "A different study"]);
    const pastedEvidence = merged.nodes.at(-1);
    expect(pastedEvidence?.sourceIds).toEqual([merged.sources?.[1]?.id]);
    expect(loadMapValue(merged).ok).toBe(true);
  });

  it("places pasted nodes beside their originals", () => {
    const doc = moveNodes(smallMap(), { c: { x: 10, y: 20 } });
    const { doc: after, nodeIds } = pasteFragment(doc, copySelection(doc, ["c"]), { x: 30, y: 30 });
    expect(after.nodes.find((node) => node.id === nodeIds[0])?.position).toEqual({ x: 40, y: 50 });
  });
});
