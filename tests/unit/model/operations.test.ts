import { describe, expect, it } from "vitest";
import { loadMapValue } from "../../../src/io/load";
import { idRecord } from "../../../src/model/id-record";
import {
  addNode,
  addSource,
  connect,
  connectionRefusal,
  deleteEdges,
  deleteNodes,
  forgetPositions,
  moveNodes,
  removeSource,
  updateEdge,
  updateNode,
} from "../../../src/model/operations";
import type { ArgumentMap, Position } from "../../../src/model/schema";
import { prototypeNamedMap } from "../../helpers/prototype-map";
import { smallMap } from "../../helpers/small-map";

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${(result as unknown as { reason: string }).reason}`);
  return result as Extract<T, { ok: true }>;
}

function withUndercut(): ArgumentMap {
  return ok(connect(smallMap(), { id: "u1", from: "r", to: "e1", relation: "undercut" })).doc;
}

describe("adding and changing nodes", () => {
  it("adds a node with a fresh id and leaves the input alone", () => {
    const before = smallMap();
    const result = ok(addNode(before, { kind: "claim", text: "Uniforms save money." }));
    // A short random id, safe in a URL, taken by no node or edge.
    expect(result.id).toMatch(/^n[A-Za-z0-9_-]{7}$/);
    expect([...before.nodes, ...before.edges].map((record) => record.id)).not.toContain(result.id);
    expect(result.doc.nodes.at(-1)).toEqual({ id: result.id, kind: "claim", text: "Uniforms save money." });
    expect(before).toEqual(smallMap());
  });

  it("gives two copies of one map different ids for their new points", () => {
    const ids = new Set(
      Array.from({ length: 200 }, () => ok(addNode(smallMap(), { kind: "claim", text: "x" })).id),
    );
    expect(ids.size).toBe(200);
  });

  it("refuses an id in use by a node or an edge", () => {
    expect(addNode(smallMap(), { id: "e1", kind: "claim", text: "x" })).toEqual({
      ok: false,
      reason: 'the id "e1" is already in use',
    });
  });

  it("refuses a change the format forbids, with the format's words", () => {
    expect(updateNode(smallMap(), "c", { base: 1.5 })).toEqual({
      ok: false,
      reason: "base: is 1.5; it must be at most 1",
    });
    expect(updateNode(smallMap(), "c", { text: "  " })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("blank"),
    });
  });

  it("removes an optional field when the patch sets it to undefined", () => {
    const doc = ok(updateNode(smallMap(), "c", { base: undefined, label: "Less bullying" })).doc;
    expect(doc.nodes[1]).toEqual({
      id: "c",
      kind: "claim",
      text: "Uniforms reduce bullying.",
      label: "Less bullying",
      quote: "Uniforms reduce bullying",
    });
  });

  it("refuses a citation of a source that does not exist", () => {
    expect(updateNode(smallMap(), "ev", { sourceIds: ["nope"] })).toEqual({
      ok: false,
      reason: 'there is no source "nope"',
    });
  });
});

describe("connecting", () => {
  it.each([
    [{ from: "c", to: "c", relation: "support" as const }, "a statement cannot support itself"],
    [{ from: "c", to: "t", relation: "support" as const }, "these two are already connected by a support"],
    [
      { from: "k", to: "c", relation: "undercut" as const },
      "an undercut questions a relation: aim it at a support or attack edge, not at a statement",
    ],
    [
      { from: "k", to: "e1", relation: "attack" as const },
      "an attack must aim at a statement; to question a relation, draw an undercut",
    ],
    [
      { from: "e1", to: "t", relation: "attack" as const },
      "only a statement can argue; an edge cannot be the start of another edge",
    ],
    [{ from: "k", to: "r", relation: "attack" as const, group: "g" }, "only supports can be linked premises"],
  ])("refuses %o: %s", (request, reason) => {
    expect(connectionRefusal(smallMap(), request)).toBe(reason);
    expect(connect(smallMap(), request)).toEqual({ ok: false, reason });
  });

  it("allows a self-attack, which the format permits", () => {
    expect(connect(smallMap(), { from: "k", to: "k", relation: "attack" }).ok).toBe(true);
  });

  it("refuses an undercut of an undercut", () => {
    expect(connect(withUndercut(), { from: "k", to: "u1", relation: "undercut" })).toEqual({
      ok: false,
      reason: "an undercut cannot aim at another undercut; aim it at a support or attack",
    });
  });

  it("changes a relation between support and attack, never into an undercut", () => {
    expect(ok(updateEdge(smallMap(), "e2", { relation: "attack" })).doc.edges[1]?.relation).toBe("attack");
    expect(updateEdge(smallMap(), "e2", { relation: "undercut" }).ok).toBe(false);
    expect(updateEdge(smallMap(), "e2", { weight: 0 })).toEqual({
      ok: false,
      reason: "a weight must be greater than 0 and at most 1",
    });
  });
});

describe("deleting with cascade", () => {
  it("a node takes its edges and the undercuts of those edges with it", () => {
    const doc = deleteNodes(withUndercut(), ["c"]);
    expect(doc.nodes.map((n) => n.id)).toEqual(["t", "ev", "k", "r"]);
    // e1 (c→t) and e2 (ev→c) go, and so does u1, which undercut e1.
    expect(doc.edges.map((e) => e.id)).toEqual(["e3", "e4"]);
    expect(loadMapValue(doc).ok).toBe(true);
  });

  it("an edge takes the undercuts aimed at it", () => {
    expect(deleteEdges(withUndercut(), ["e1"]).edges.map((e) => e.id)).toEqual(["e2", "e3", "e4"]);
  });

  it("forgets the view entries of deleted nodes", () => {
    const doc = moveNodes({ ...smallMap(), view: { collapsed: ["c", "t"] } }, { c: { x: 5, y: 6 } });
    expect(deleteNodes(doc, ["c"]).view).toEqual({ collapsed: ["t"] });
  });

  it("returns the same document when nothing matches", () => {
    const doc = smallMap();
    expect(deleteNodes(doc, ["nothing"])).toBe(doc);
    expect(deleteEdges(doc, [])).toBe(doc);
  });
});

describe("sources and moves", () => {
  it("removing a source removes it from the nodes that cite it", () => {
    const doc = removeSource(smallMap(), "s1");
    expect(doc.sources).toEqual([]);
    expect(doc.nodes[2]).not.toHaveProperty("sourceIds");
  });

  it("refuses a source link that is not http(s)", () => {
    expect(addSource(smallMap(), { citation: "A book", url: "javascript:alert(1)" }).ok).toBe(false);
  });

  it("moves nodes by setting their positions only", () => {
    const doc = moveNodes(smallMap(), { c: { x: 10, y: 20 }, ghost: { x: 1, y: 1 } });
    const placed = (map: typeof doc) => Object.fromEntries(map.nodes.map((node) => [node.id, node.position]));
    expect(placed(doc)).toEqual({
      t: { x: 0, y: 0 },
      c: { x: 10, y: 20 },
      ev: undefined,
      k: undefined,
      r: undefined,
    });
    const { position: _moved, ...claim } = doc.nodes[1] as (typeof doc.nodes)[number];
    expect([doc.nodes[0], claim, ...doc.nodes.slice(2)]).toEqual(smallMap().nodes);
  });

  it("moves a point whatever its id, one named like an object's own members included", () => {
    const named = prototypeNamedMap();
    const moves = idRecord<Position>();
    for (const id of ["constructor", "__proto__", "toString"]) moves[id] = { x: 7, y: 8 };
    const doc = moveNodes(named, moves);
    for (const id of ["constructor", "__proto__", "toString"]) {
      expect(doc.nodes.find((node) => node.id === id)?.position).toEqual({ x: 7, y: 8 });
    }
    expect(Object.getPrototypeOf(doc.nodes[0])).toBe(Object.prototype);
  });

  it("tidying up forgets every hand-set position, and leaves a map without any as it is", () => {
    const doc = moveNodes(smallMap(), { c: { x: 10, y: 20 } });
    expect(forgetPositions(doc).nodes.every((node) => node.position === undefined)).toBe(true);
    const none = forgetPositions(doc);
    expect(forgetPositions(none)).toBe(none);
  });
});
