/**
 * Edge weights, undercuts and linked premises, each against a value worked out by hand from the
 * formulas of scoring.md.
 */
import { describe, expect, it } from "vitest";
import { computeStrengths } from "../../../src/analysis";
import { buildMap, type EdgeSpec } from "./map-builder";

const strengthsOf = (nodes: Record<string, number>, edges: EdgeSpec[], semantics = "dfquad" as const) =>
  computeStrengths(buildMap(nodes, edges), semantics).strengths;

describe("edge weights", () => {
  it("scale a supporter's strength (DF-QuAD: v_sup = 0.5 x 0.8)", () => {
    expect(strengthsOf({ t: 0.5, c: 0.8 }, [["c", "support", "t", { weight: 0.5 }]]).t).toBeCloseTo(0.7, 12);
  });

  it("scale an attacker's strength under the sum-based semantics", () => {
    const doc = buildMap({ t: 0.5, k: 0.8 }, [["k", "attack", "t", { weight: 0.5 }]]);
    // quadratic energy: e = -0.4, 0.5 - 0.5 * 0.16 / 1.16; h-categorizer: 0.5 / 1.4.
    expect(computeStrengths(doc, "quadratic-energy").strengths.t).toBeCloseTo(0.5 - (0.5 * 0.16) / 1.16, 12);
    expect(computeStrengths(doc, "h-categorizer").strengths.t).toBeCloseTo(0.5 / 1.4, 12);
    expect(computeStrengths(doc, "euler").strengths.t).toBeCloseTo(1 - 0.75 / (1 + 0.5 * Math.exp(-0.4)), 12);
  });
});

describe("undercuts", () => {
  it("multiply the weight of the edge they target by 1 - w_u s(u)", () => {
    // factor 1 - 0.4 * 0.5 = 0.8, so v_sup = 0.64 and t = 0.5 + 0.5 * 0.64.
    const s = strengthsOf({ t: 0.5, c: 0.8, u: 0.5 }, [
      ["c", "support", "t"],
      ["u", "undercut", "c.support.t", { weight: 0.4 }],
    ]);
    expect(s.t).toBeCloseTo(0.82, 12);
    expect(s.u).toBe(0.5);
  });

  it("multiply together when several target one edge", () => {
    // factors 0.5 and 0.75: the support counts 0.375 of its weight.
    const s = strengthsOf({ t: 0.5, c: 0.8, u: 0.5, v: 0.25 }, [
      ["c", "support", "t"],
      ["u", "undercut", "c.support.t"],
      ["v", "undercut", "c.support.t"],
    ]);
    expect(s.t).toBeCloseTo(0.5 + 0.5 * 0.375 * 0.8, 12);
  });

  it("raise the target of an attack they weaken", () => {
    const plain = strengthsOf({ t: 0.5, k: 0.8 }, [["k", "attack", "t"]]);
    const undercut = strengthsOf({ t: 0.5, k: 0.8, u: 1 }, [
      ["k", "attack", "t"],
      ["u", "undercut", "k.attack.t", { weight: 0.5 }],
    ]);
    expect(plain.t).toBeCloseTo(0.1, 12);
    expect(undercut.t).toBeCloseTo(0.5 - 0.5 * 0.4, 12);
  });

  it("count as a dependency: an undercutter is scored before the node whose edge it weakens", () => {
    // u is itself attacked by k (DF-QuAD: u = 0.5 - 0.5 * 0.6 = 0.2), so the factor is 0.8.
    const s = strengthsOf({ t: 0.5, c: 0.8, u: 0.5, k: 0.6 }, [
      ["u", "undercut", "c.support.t"],
      ["c", "support", "t"],
      ["k", "attack", "u"],
    ]);
    expect(s.u).toBeCloseTo(0.2, 12);
    expect(s.t).toBeCloseTo(0.5 + 0.5 * 0.8 * 0.8, 12);
  });
});

describe("linked premises", () => {
  it("count as one supporter with the product of the strengths", () => {
    const linked = strengthsOf({ t: 0.5, a: 0.8, b: 0.5 }, [
      ["a", "support", "t", { group: "g" }],
      ["b", "support", "t", { group: "g" }],
    ]);
    const separate = strengthsOf({ t: 0.5, a: 0.8, b: 0.5 }, [
      ["a", "support", "t"],
      ["b", "support", "t"],
    ]);
    expect(linked.t).toBeCloseTo(0.5 + 0.5 * 0.4, 12);
    expect(separate.t).toBeCloseTo(0.5 + 0.5 * (1 - 0.2 * 0.5), 12);
  });

  it("take the smallest weight of the group", () => {
    const s = strengthsOf({ t: 0.5, a: 0.8, b: 0.5 }, [
      ["a", "support", "t", { group: "g", weight: 0.5 }],
      ["b", "support", "t", { group: "g", weight: 0.9 }],
    ]);
    expect(s.t).toBeCloseTo(0.5 + 0.5 * 0.5 * 0.4, 12);
  });

  it("are weakened as a whole by an undercut on one member", () => {
    const s = strengthsOf({ t: 0.5, a: 0.8, b: 0.5, u: 1 }, [
      ["a", "support", "t", { group: "g" }],
      ["b", "support", "t", { group: "g" }],
      ["u", "undercut", "a.support.t", { weight: 0.5 }],
    ]);
    expect(s.t).toBeCloseTo(0.5 + 0.5 * 0.5 * 0.4, 12);
  });

  it("are separate groups when they share a name but not a target", () => {
    const s = strengthsOf({ t: 0.5, t2: 0.5, a: 0.8, b: 0.5 }, [
      ["a", "support", "t", { group: "g" }],
      ["b", "support", "t2", { group: "g" }],
    ]);
    expect(s.t).toBeCloseTo(0.9, 12);
    expect(s.t2).toBeCloseTo(0.75, 12);
  });
});

describe("the h-categorizer", () => {
  it("ignores supports", () => {
    const s = computeStrengths(
      buildMap({ t: 0.5, c: 1, k: 1 }, [
        ["c", "support", "t"],
        ["k", "attack", "t"],
      ]),
      "h-categorizer",
    ).strengths;
    expect(s.t).toBeCloseTo(0.25, 12);
  });
});

describe("defaults", () => {
  it("gives a node without a base 0.5 and an edge without a weight 1", () => {
    const doc = buildMap({ t: {}, c: {} }, [["c", "support", "t"]]);
    expect(computeStrengths(doc).strengths).toEqual({ t: 0.75, c: 0.5 });
  });

  it("handles an empty map", () => {
    expect(computeStrengths(buildMap({}))).toEqual({
      semantics: "dfquad",
      converged: true,
      iterations: 1,
      strengths: {},
    });
  });

  it("keeps a node called __proto__ as an ordinary entry", () => {
    const doc = buildMap({});
    doc.nodes.push({ id: "__proto__", kind: "claim", text: "A node with an awkward id.", base: 0.3 });
    const { strengths } = computeStrengths(doc);
    expect(Object.keys(strengths)).toEqual(["__proto__"]);
    expect(JSON.stringify(strengths)).toBe('{"__proto__":0.3}');
  });
});
