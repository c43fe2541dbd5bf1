/**
 * AIF in: the real AIFdb, OVA3 and xAIF files import with as many points, supports and attacks as the
 * file's own I, RA and CA nodes make (counted here from the raw JSON), and the awkward cases real files
 * show are reported rather than fatal.
 */
import { describe, expect, it } from "vitest";
import { importAif } from "../../../../src/io/formats/aif/aif-import";
import type { ArgumentMap } from "../../../../src/model/schema";
import { readSample, readShared, sharedDataPresent, sharedFiles } from "../../../helpers/shared-data";

const present = sharedDataPresent("aif");

function imported(text: string) {
  const result = importAif(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result;
}

type Raw = { nodeID: string | number; type: string }[];

/** What the file's argument layer holds, counted from the JSON alone. */
function countInFile(text: string) {
  const json = JSON.parse(text);
  const body = json.AIF ?? json.aif ?? json;
  const nodes = new Map<string, string>();
  for (const node of body.nodes as Raw)
    if (!nodes.has(String(node.nodeID))) nodes.set(String(node.nodeID), node.type);
  const into = new Map<string, string[]>();
  const outOf = new Map<string, string[]>();
  for (const edge of body.edges as { fromID: string | number; toID: string | number }[]) {
    const from = String(edge.fromID);
    const to = String(edge.toID);
    if (!nodes.has(from) || !nodes.has(to)) continue;
    into.set(to, [...(into.get(to) ?? []), from]);
    outOf.set(from, [...(outOf.get(from) ?? []), to]);
  }
  const ofType = (ids: string[] | undefined, type: string) =>
    (ids ?? []).filter((id) => nodes.get(id) === type);
  let supports = 0;
  let attacks = 0;
  for (const [id, type] of nodes) {
    const premises = ofType(into.get(id), "I").length;
    const conclusions = ofType(outOf.get(id), "I").length;
    if (type === "RA" || type === "MA") supports += premises * conclusions;
    if (type === "CA") attacks += premises * conclusions;
  }
  return { propositions: [...nodes.values()].filter((type) => type === "I").length, supports, attacks };
}

describe.skipIf(!present)("the real AIF files", () => {
  it.each(sharedFiles("aif"))("%s imports every proposition, inference and conflict", (name) => {
    const text = readShared("aif", name);
    const { doc } = imported(text);
    const expected = countInFile(text);
    const count = (relation: string) => doc.edges.filter((edge) => edge.relation === relation).length;
    expect(doc.nodes).toHaveLength(expected.propositions);
    expect(count("support")).toBe(expected.supports);
    expect(count("attack")).toBe(expected.attacks);
  });

  it("keeps OVA's analysed text and reports the dialogue layer it drops", () => {
    const result = imported(readShared("aif", "arguebuf-ts__xaif_739nodes.json"));
    expect(result.doc.map.sourceText).toContain(
      "Shane Jeffries (Jeffries) is likely considering involvement",
    );
    expect(result.doc.map.sourceText).not.toContain("<span");
    expect(result.dropped).toContain(
      "the dialogue layer was dropped: 235 L (locution), 102 TA (transition), 191 YA (illocution) nodes",
    );
  });

  it("keeps rephrases (MA) as supports marked as rephrases", () => {
    const { doc } = imported(readShared("aif", "arguebuf-py__6064-reconstructed.json"));
    const rephrases = doc.edges.filter((edge) => JSON.stringify(edge.meta) === '{"aif":{"type":"MA"}}');
    expect(rephrases).toHaveLength(3);
    expect(rephrases.every((edge) => edge.relation === "support")).toBe(true);
  });

  it("imports an empty xAIF document as an empty map", () => {
    expect(imported(readShared("aif", "arguebuf-ts__xaif-empty.json")).doc.nodes).toEqual([]);
  });
});

describe("hand-written AIF samples", () => {
  it("reads integer ids, text objects, a CA into an RA, repeated nodes and dangling edges", () => {
    const result = imported(readSample("integer-ids.aif.json"));
    const { doc } = result;
    expect(doc.nodes.map((node) => [node.id, node.text])).toEqual([
      ["1", "The council should build the bridge."],
      ["2", "Traffic doubles every decade."],
      ["4", "The river crossing floods each spring."],
      ["6", "The survey is ten years old."],
    ]);
    const supports = doc.edges.filter((edge) => edge.relation === "support");
    expect(supports.map((edge) => [edge.from, edge.to])).toEqual([
      ["2", "1"],
      ["4", "1"],
    ]);
    // Two premises into one RA are one linked group.
    expect(new Set(supports.map((edge) => edge.group)).size).toBe(1);
    expect(supports[0]?.group).toBeDefined();
    // The CA aimed at the RA undercuts both of its links.
    const undercuts = doc.edges.filter((edge) => edge.relation === "undercut");
    expect(undercuts.map((edge) => [edge.from, edge.to])).toEqual(supports.map((edge) => ["6", edge.id]));
    expect(result.dropped).toEqual(
      expect.arrayContaining([
        'node "4" appears 2 times; the first is kept',
        "1 edge names a node the file does not have; dropped",
      ]),
    );
    expect(doc.nodes.find((node) => node.id === "1")?.kind).toBe("thesis");
    expect(doc.nodes.find((node) => node.id === "6")?.kind).toBe("critique");
  });

  it("links six premises, drops a locution wired as a premise, and keeps prototype-named ids", () => {
    const result = imported(readSample("six-premises.aif.json"));
    const { doc } = result;
    const group = doc.edges.filter((edge) => edge.relation === "support" && edge.to === "c");
    expect(group.map((edge) => edge.from)).toEqual(["p1", "p2", "p3", "p4", "p5", "p6"]);
    expect(new Set(group.map((edge) => edge.group)).size).toBe(1);
    expect(result.dropped).toEqual(
      expect.arrayContaining([
        'RA "ra": the locution "l1" is wired in as a premise; a locution is not a proposition, so that premise is dropped',
        "the dialogue layer was dropped: 1 L (locution), 1 YA (illocution) nodes",
        "1 EN node has no place in a map; dropped",
        "1 symmetric conflict (each proposition attacks the other) is kept as attacks both ways",
      ]),
    );
    const ctor = doc.nodes.find((node) => node.id === "constructor");
    const proto = doc.nodes.find((node) => node.id === "__proto__");
    expect(ctor?.text).toBe("Buses cost money.");
    expect(proto?.text).toBe("Later buses cost nothing extra.");
    const attacks = doc.edges
      .filter((edge) => edge.relation === "attack")
      .map((edge) => [edge.from, edge.to]);
    expect(attacks).toEqual([
      [ctor?.id, "p5"],
      [proto?.id, ctor?.id],
      [ctor?.id, proto?.id],
    ]);
  });

  it("refuses what is not AIF with a located problem", () => {
    expect(importAif("{ nodes: [] }")).toMatchObject({
      ok: false,
      kind: "unreadable",
      errors: [{ path: "$" }],
    });
    expect(importAif('{"nodes": 3, "edges": []}')).toMatchObject({
      ok: false,
      errors: [
        { message: 'an AIF document has "nodes" and "edges" arrays (bare, or inside "AIF" or "aif")' },
      ],
    });
  });

  it("lays the map out anew when OVA put every node in one place", () => {
    const doc: ArgumentMap | undefined = imported(
      JSON.stringify({
        AIF: {
          nodes: [
            { nodeID: "a", type: "I", text: "A" },
            { nodeID: "b", type: "I", text: "B" },
          ],
          edges: [],
        },
        OVA: {
          nodes: [
            { nodeID: "a", x: 1, y: 1 },
            { nodeID: "b", x: 1, y: 1 },
          ],
        },
      }),
    ).doc;
    expect(doc.view).toBeUndefined();
  });

  it("keeps OVA positions, except under ids format v1 refuses as keys", () => {
    const result = imported(
      JSON.stringify({
        AIF: {
          nodes: [
            { nodeID: "a", type: "I", text: "A" },
            { nodeID: "constructor", type: "I", text: "B" },
          ],
          edges: [],
        },
        OVA: {
          nodes: [
            { nodeID: "a", x: 10, y: 20 },
            { nodeID: "constructor", x: 30, y: 40 },
          ],
        },
      }),
    );
    // Kept on the points themselves, so a point called "constructor" keeps its place too.
    const placed = Object.fromEntries(result.doc.nodes.map((node) => [node.id, node.position]));
    expect(placed).toEqual({ a: { x: 10, y: 20 }, constructor: { x: 30, y: 40 } });
    expect(result.dropped.filter((line) => line.includes("positions of"))).toEqual([]);
  });
});
