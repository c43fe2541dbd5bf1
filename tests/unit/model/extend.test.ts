import { describe, expect, it } from "vitest";
import { loadMapValue } from "../../../src/io/load";
import {
  addFreeNode,
  addSibling,
  citeNewSource,
  connect,
  extendFrom,
  extension,
} from "../../../src/model/operations";
import type { ArgumentMap } from "../../../src/model/schema";
import { smallMap } from "../../helpers/small-map";

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${(result as unknown as { reason: string }).reason}`);
  return result as Extract<T, { ok: true }>;
}

const edgesFrom = (doc: ArgumentMap, id: string) => doc.edges.filter((edge) => edge.from === id);

describe("extending from a node", () => {
  it("chooses the kind and relation from the intent and the node argued about", () => {
    expect(extension("thesis", "support")).toEqual({ kind: "claim", relation: "support" });
    expect(extension("claim", "evidence")).toEqual({ kind: "evidence", relation: "support" });
    expect(extension("claim", "critique")).toEqual({ kind: "critique", relation: "attack" });
    // Objecting to an objection is a rebuttal.
    expect(extension("critique", "critique")).toEqual({ kind: "rebuttal", relation: "attack" });
    expect(extension("rebuttal", "critique")).toEqual({ kind: "critique", relation: "attack" });
  });

  it("adds the node and its relation in one change, with placeholder words", () => {
    const result = ok(extendFrom(smallMap(), "k", "critique"));
    const node = result.doc.nodes.find((candidate) => candidate.id === result.id);
    expect(node).toEqual({ id: result.id, kind: "rebuttal", text: "New rebuttal" });
    expect(edgesFrom(result.doc, result.id)).toEqual([
      { id: expect.any(String), from: result.id, to: "k", relation: "attack" },
    ]);
    expect(loadMapValue(result.doc).ok).toBe(true);
  });

  it("places the node where asked", () => {
    const result = ok(extendFrom(smallMap(), "t", "support", { text: "Cheaper", at: { x: 10, y: 20 } }));
    expect(result.doc.nodes.find((node) => node.id === result.id)?.position).toEqual({ x: 10, y: 20 });
  });

  it("refuses a node that does not exist", () => {
    expect(extendFrom(smallMap(), "nope", "support")).toEqual({
      ok: false,
      reason: 'there is no node "nope"',
    });
  });
});

describe("adding a sibling", () => {
  it("argues about the same node in the same way, with the same kind", () => {
    const result = ok(addSibling(smallMap(), "ev"));
    expect(result.doc.nodes.at(-1)).toMatchObject({ kind: "evidence", text: "New evidence" });
    expect(edgesFrom(result.doc, result.id)).toMatchObject([{ to: "c", relation: "support" }]);
  });

  it("joins the linked-premise group of its sibling", () => {
    const grouped = smallMap();
    grouped.edges = grouped.edges.map((edge) => (edge.id === "e2" ? { ...edge, group: "g1" } : edge));
    const result = ok(addSibling(grouped, "ev"));
    expect(edgesFrom(result.doc, result.id)).toMatchObject([{ to: "c", relation: "support", group: "g1" }]);
  });

  it("questions the same relation when the node only undercuts", () => {
    const critique = ok(addFreeNode(smallMap(), "critique", { text: "Survey biased" }));
    const withUndercut = ok(connect(critique.doc, { from: critique.id, to: "e2", relation: "undercut" })).doc;
    const result = ok(addSibling(withUndercut, critique.id));
    expect(edgesFrom(result.doc, result.id)).toMatchObject([{ to: "e2", relation: "undercut" }]);
  });

  it("is free when the node argues about nothing", () => {
    const result = ok(addSibling(smallMap(), "t"));
    expect(result.doc.nodes.at(-1)).toMatchObject({ kind: "thesis" });
    expect(edgesFrom(result.doc, result.id)).toEqual([]);
  });
});

describe("a thesis on an empty map", () => {
  it("is a free node", () => {
    const empty: ArgumentMap = { ...smallMap(), nodes: [], edges: [], sources: [], view: undefined };
    const result = ok(addFreeNode(empty, "thesis"));
    expect(result.doc.nodes).toEqual([{ id: result.id, kind: "thesis", text: "New thesis" }]);
  });
});

describe("citing a new source", () => {
  it("adds the source and the citation together", () => {
    const result = ok(citeNewSource(smallMap(), "ev", { citation: "Second survey", page: "3" }));
    expect(result.doc.sources?.at(-1)).toEqual({ id: result.id, citation: "Second survey", page: "3" });
    expect(result.doc.nodes.find((node) => node.id === "ev")?.sourceIds).toEqual(["s1", result.id]);
  });

  it("refuses a bad link and changes nothing", () => {
    expect(citeNewSource(smallMap(), "ev", { citation: "x", url: "javascript:alert(1)" }).ok).toBe(false);
    expect(citeNewSource(smallMap(), "zz", { citation: "x" }).ok).toBe(false);
  });
});
