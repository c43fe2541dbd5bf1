/**
 * Cycles: gradual semantics settle on a fixed point of the continuous form; Dung labellings leave a
 * ring without an unattacked entry undecided, split an even ring into two preferred extensions and
 * give an odd ring no stable extension.
 */
import { describe, expect, it } from "vitest";
import {
  compileMap,
  computeStrengths,
  evaluateStrengths,
  extensions,
  GRADUAL_SEMANTICS,
  groundedLabelling,
} from "../../../src/analysis";
import { buildMap, ring } from "./map-builder";

describe("gradual semantics on cycles", () => {
  it.each(GRADUAL_SEMANTICS)("%s settles a mutual attack between equals in the middle", (semantics) => {
    const doc = buildMap({ a: 0.8, b: 0.8 }, [
      ["a", "attack", "b"],
      ["b", "attack", "a"],
    ]);
    const result = computeStrengths(doc, semantics);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThan(1);
    // By symmetry both end equal.
    expect(result.strengths.a).toBeCloseTo(result.strengths.b as number, 9);
  });

  it("DF-QuAD settles a mutual attack of two bases of 1 at 1/2, where discrete rounds swap 0 and 1 forever", () => {
    const doc = buildMap({ a: 1, b: 1 }, [
      ["a", "attack", "b"],
      ["b", "attack", "a"],
    ]);
    const { strengths } = computeStrengths(doc, "dfquad");
    expect(strengths.a).toBeCloseTo(0.5, 9);
  });

  it("the h-categorizer gives every member of a 3-ring of base 1 the golden ratio conjugate", () => {
    // s = 1 / (1 + s) has the one solution in [0, 1] s = (sqrt(5) - 1) / 2.
    const { strengths, converged } = computeStrengths(ring(3, "attack", 1), "h-categorizer");
    expect(converged).toBe(true);
    for (const value of Object.values(strengths)) expect(value).toBeCloseTo((Math.sqrt(5) - 1) / 2, 9);
  });

  it.each([3, 4, 7, 8])("every semantics settles an attack ring of %i inside [0, 1]", (size) => {
    for (const semantics of GRADUAL_SEMANTICS) {
      const result = computeStrengths(ring(size, "attack", 0.7), semantics);
      expect(result.converged, semantics).toBe(true);
      for (const value of Object.values(result.strengths)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it("reports each component's iterations and the largest of them", () => {
    const doc = buildMap({ a: 0.9, b: 0.4, t: 0.5, c: 0.3, d: 0.6 }, [
      ["a", "attack", "b"],
      ["b", "attack", "a"],
      ["a", "support", "t"],
      ["c", "attack", "d"],
      ["d", "attack", "c"],
    ]);
    const compiled = compileMap(doc);
    expect(compiled.cyclicComponentCount).toBe(2);
    const result = evaluateStrengths(compiled, "dfquad");
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThan(1);
  });

  it("says so when the cap is reached", () => {
    const result = computeStrengths(ring(5, "attack", 0.9), "dfquad", { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3);
  });

  it("treats a cycle through an undercut as a cycle", () => {
    // u undercuts the support c -> t, and t supports u: t depends on u and u on t.
    const doc = buildMap({ t: 0.5, c: 0.8, u: 0.6 }, [
      ["c", "support", "t"],
      ["t", "support", "u"],
      ["u", "undercut", "c.support.t"],
    ]);
    expect(compileMap(doc).cyclicComponentCount).toBe(1);
    const { strengths, converged } = computeStrengths(doc, "dfquad");
    expect(converged).toBe(true);
    // Fixed point: t = 0.5 + 0.5 * 0.8 (1 - u), u = 0.6 + 0.4 t.
    const t = strengths.t as number;
    const u = strengths.u as number;
    expect(t).toBeCloseTo(0.5 + 0.5 * 0.8 * (1 - u), 9);
    expect(u).toBeCloseTo(0.6 + 0.4 * t, 9);
  });

  it("can be run with a fixed step", () => {
    const fixed = computeStrengths(ring(4, "attack", 0.8), "quadratic-energy", { step: 0.5, damping: false });
    const damped = computeStrengths(ring(4, "attack", 0.8), "quadratic-energy");
    expect(fixed.converged).toBe(true);
    for (const id of Object.keys(fixed.strengths))
      expect(fixed.strengths[id]).toBeCloseTo(damped.strengths[id] as number, 8);
  });
});

describe("Dung labellings on cycles", () => {
  it.each([2, 3, 4, 5])("grounded leaves a %i-ring without an unattacked entry all UNDEC", (size) => {
    const { labels, rounds } = groundedLabelling(ring(size));
    expect(new Set(Object.values(labels))).toEqual(new Set(["undec"]));
    expect(new Set(Object.values(rounds))).toEqual(new Set([0]));
  });

  it("grounded decides a ring once something outside attacks into it", () => {
    const doc = ring(3);
    doc.nodes.push({ id: "x", kind: "critique", text: "Outside." });
    doc.edges.push({ id: "x.attack.a0", from: "x", to: "a0", relation: "attack" });
    expect(groundedLabelling(doc).labels).toEqual({ a0: "out", a1: "in", a2: "out", x: "in" });
  });

  it("preferred splits an even ring into its two alternating halves", () => {
    const result = extensions(ring(4), "preferred");
    expect(result).toMatchObject({
      ok: true,
      extensions: [
        ["a0", "a2"],
        ["a1", "a3"],
      ],
    });
  });

  it("stable has no extension on an odd 3-ring, and preferred only the empty one", () => {
    expect(extensions(ring(3), "stable")).toMatchObject({ ok: true, extensions: [] });
    expect(extensions(ring(3), "preferred")).toMatchObject({ ok: true, extensions: [[]] });
  });

  it("a self-attacking argument is UNDEC in grounded and in no extension", () => {
    const doc = buildMap({ a: {}, b: {} }, [
      ["a", "attack", "a"],
      ["a", "attack", "b"],
    ]);
    expect(groundedLabelling(doc).labels).toEqual({ a: "undec", b: "undec" });
    expect(extensions(doc, "preferred")).toMatchObject({ ok: true, extensions: [[]] });
    expect(extensions(doc, "stable")).toMatchObject({ ok: true, extensions: [] });
  });
});
