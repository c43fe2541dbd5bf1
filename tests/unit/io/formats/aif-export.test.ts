/**
 * AIF out: the shape OVA3 saves (and so opens), the layout block, and round trips map → AIF → map that
 * keep every point, relation and linked group; what AIF cannot hold is named.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportAif } from "../../../../src/io/formats/aif/aif-export";
import { importAif } from "../../../../src/io/formats/aif/aif-import";
import type { ArgumentMap } from "../../../../src/model/schema";
import { validMapArb } from "../../../helpers/arbitraries";
import { relationShape, undercutsOfWholeGroups } from "../../../helpers/relation-shape";
import { readSample, readShared, sharedDataPresent } from "../../../helpers/shared-data";
import { smallMap } from "../../../helpers/small-map";

function roundTrip(doc: ArgumentMap): ArgumentMap {
  const back = importAif(exportAif(doc).text);
  if (!back.ok) throw new Error(back.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return back.doc;
}

function linkedMap(): ArgumentMap {
  const doc = smallMap();
  doc.nodes.push({ id: "ev2", kind: "evidence", text: "A second survey agrees.", sourceIds: ["s1"] });
  doc.edges.push(
    { id: "e5", from: "ev2", to: "c", relation: "support", group: "g1" },
    { id: "u1", from: "k", to: "e1", relation: "undercut" },
    { id: "u2", from: "r", to: "e3", relation: "undercut" },
  );
  (doc.edges[1] as ArgumentMap["edges"][number]).group = "g1";
  return doc;
}

describe("AIF export", () => {
  it("writes the blocks an OVA3 save has, with I, RA and CA nodes and a place for each", () => {
    const written = JSON.parse(exportAif(linkedMap()).text);
    expect(Object.keys(written)).toEqual(["AIF", "text", "OVA"]);
    expect(Object.keys(written.AIF)).toEqual([
      "nodes",
      "edges",
      "schemefulfillments",
      "descriptorfulfillments",
      "participants",
      "locutions",
    ]);
    const types = written.AIF.nodes.map((node: { type: string }) => node.type);
    // 6 points; supports e1, e2+e5 (one group), e4? no: e4 is an attack. RAs: e1, e2 group; CAs: e3, e4, u1, u2.
    expect(types.filter((t: string) => t === "I")).toHaveLength(6);
    expect(types.filter((t: string) => t === "RA")).toHaveLength(2);
    expect(types.filter((t: string) => t === "CA")).toHaveLength(4);
    expect(written.OVA.nodes).toHaveLength(written.AIF.nodes.length);
    for (const node of written.OVA.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
      expect(node.visible).toBe(true);
    }
    expect(written.OVA.edges).toHaveLength(written.AIF.edges.length);
    expect(written.AIF.edges.map((edge: { edgeID: number }) => edge.edgeID)).toEqual(
      written.AIF.edges.map((_: unknown, i: number) => i + 1),
    );
  });

  it("places points where the map has them and the rest below their targets", () => {
    const written = JSON.parse(exportAif(smallMap()).text);
    const at = new Map(written.OVA.nodes.map((n: { nodeID: string; x: number; y: number }) => [n.nodeID, n]));
    expect(at.get("t")).toMatchObject({ x: 0, y: 0 });
    const c = at.get("c") as { y: number };
    const ev = at.get("ev") as { y: number };
    expect(ev.y).toBeGreaterThan(c.y);
  });

  it("names exactly what AIF cannot carry", () => {
    expect(exportAif(smallMap()).dropped).toEqual([
      "the map's id",
      "the map's title",
      "when the map was made",
      "when the map was last changed",
      "the kinds of 5 points",
      "the base scores of 1 point",
      "who argues 1 point (attribution)",
      "the footnotes cited by 1 point",
      "the quotes of 1 point",
      "1 source",
    ]);
  });

  it("keeps points, relations and linked groups through AIF and back", () => {
    const doc = linkedMap();
    const back = roundTrip(doc);
    expect(back.nodes.map((n) => [n.id, n.text])).toEqual(doc.nodes.map((n) => [n.id, n.text]));
    expect(relationShape(back)).toEqual(relationShape(undercutsOfWholeGroups(doc)));
  });

  it("keeps any valid map's points and relations through AIF and back", () => {
    fc.assert(
      fc.property(validMapArb({ maxNodes: 8, maxEdges: 12 }), (doc) => {
        const back = roundTrip(doc);
        expect(back.nodes.map((n) => [n.id, n.text])).toEqual(doc.nodes.map((n) => [n.id, n.text]));
        expect(relationShape(back)).toEqual(relationShape(undercutsOfWholeGroups(doc)));
      }),
      { numRuns: 60 },
    );
  });
});

describe.skipIf(!sharedDataPresent("aif"))("a real OVA3 file through Warrant", () => {
  it("comes back with the same propositions and relations", () => {
    const first = importAif(readShared("aif", "arguebuf-ts__xaif_739nodes.json"));
    if (!first.ok) throw new Error("did not import");
    const again = roundTrip(first.doc);
    expect(again.nodes.map((n) => n.text)).toEqual(first.doc.nodes.map((n) => n.text));
    expect(relationShape(again)).toEqual(relationShape(undercutsOfWholeGroups(first.doc)));
  });
});

describe("argument schemes and rephrases", () => {
  const text = readSample("schemes.aif.json");
  const imported = importAif(text);
  if (!imported.ok) throw new Error("not read");
  const schemeOf = (from: string, to: string) =>
    imported.doc.edges.find((e) => e.from === from && e.to === to)?.meta?.aif;

  it("keeps a named scheme on the relation, and marks a rephrase, but not the defaults", () => {
    expect(schemeOf("2", "1")).toEqual({ scheme: "Evidence to Hypothesis" });
    expect(schemeOf("3", "2")).toEqual({ scheme: "Expert opinion conflict" });
    expect(schemeOf("4", "1")).toEqual({ type: "MA" });
    expect(schemeOf("5", "2")).toEqual({ scheme: "Our class's scheme: safety first" });
    const undercut = imported.doc.edges.find((e) => e.relation === "undercut");
    expect(undercut?.meta).toBeUndefined();
  });

  it("writes each scheme back as its node's text, and a rephrase back as an MA", () => {
    const written = JSON.parse(exportAif(imported.doc).text).AIF.nodes as { type: string; text: string }[];
    const schemes = written.filter((n) => n.type !== "I").map((n) => `${n.type} ${n.text}`);
    expect(schemes.sort()).toEqual(
      [
        "RA Evidence to Hypothesis",
        "CA Expert opinion conflict",
        "MA Default Rephrase",
        "CA Default Conflict",
        "RA Our class's scheme: safety first",
      ].sort(),
    );
  });

  it("reads its own AIF back to the same relations and schemes", () => {
    const back = roundTrip(imported.doc);
    const shape = (doc: ArgumentMap) =>
      doc.edges.map((e) => [e.from, e.relation, e.relation === "undercut" ? "" : e.to, e.meta ?? null]);
    expect(shape(back)).toEqual(shape(imported.doc));
  });
});
