/** Explanations of strengths: the derivation says what the formulas did, source by source. */
import { describe, expect, it } from "vitest";
import {
  compileMap,
  computeStrengths,
  evaluateStrengths,
  explainStrength,
  GRADUAL_SEMANTICS,
} from "../../../src/analysis";
import { workedExample } from "./examples";
import { buildMap, ring } from "./map-builder";

describe("explaining the worked example under DF-QuAD", () => {
  const doc = workedExample();
  const result = computeStrengths(doc, "dfquad");
  const explanation = explainStrength(doc, "t", result);
  if (explanation === undefined) throw new Error("t should be explained");
  const source = (id: string) => explanation.sources.find((s) => s.nodeIds.includes(id));

  it("starts from the base and ends at the strength", () => {
    expect(explanation.base).toBe(0.5);
    expect(explanation.strength).toBeCloseTo(0.72, 12);
    expect(explanation.inCycle).toBe(false);
  });

  it("says the critique by Ku & Nzelibe lowers t by 0.18", () => {
    const k = source("k");
    expect(k).toMatchObject({ relation: "attack", edgeIds: ["k.attack.t"], weight: 1, undercutFactor: 1 });
    expect(k?.strength).toBeCloseTo(0.36, 12);
    // Without k: v_sup = 0.8, so t would be 0.5 + 0.5 * 0.8 = 0.9.
    expect(k?.effect).toBeCloseTo(-0.18, 12);
    expect(k?.sentence).toBe("the critique by Ku & Nzelibe lowers this by 0.18");
  });

  it("says the claim raises t by 0.4", () => {
    const c = source("c");
    expect(c?.effect).toBeCloseTo(0.4, 12);
    expect(c?.sentence).toBe("the claim “Statement c.” raises this by 0.4");
  });

  it("shows the aggregate and the influence step", () => {
    expect(explanation.aggregate.supportPart).toBeCloseTo(0.8, 12);
    expect(explanation.aggregate.attackPart).toBeCloseTo(0.36, 12);
    expect(explanation.aggregate.value).toBeCloseTo(0.44, 12);
    expect(explanation.steps).toEqual([
      "Base score 0.5.",
      "The claim “Statement c.” raises this by 0.4.",
      "The critique by Ku & Nzelibe lowers this by 0.18.",
      "Aggregate: v_sup − v_att = 0.8 − 0.36 = 0.44 (each side is 1 − ∏(1 − weight × strength) over its sources).",
      "Influence: base + (1 − base) × aggregate = 0.5 + 0.5 × 0.44 = 0.72.",
    ]);
  });

  it("explains an attacked critique with the same arithmetic", () => {
    const k = explainStrength(doc, "k", result);
    expect(k?.influence.text).toBe("Influence: base + base × aggregate = 0.9 − 0.9 × 0.6 = 0.36.");
  });

  it("returns undefined for an unknown node", () => {
    expect(explainStrength(doc, "missing", result)).toBeUndefined();
  });
});

describe("explanations agree with the evaluator", () => {
  it.each(GRADUAL_SEMANTICS)(
    "%s: the explained strength is the computed one, on the worked example",
    (semantics) => {
      const doc = workedExample();
      const result = computeStrengths(doc, semantics);
      for (const node of doc.nodes) {
        expect(explainStrength(doc, node.id, result)?.strength).toBeCloseTo(
          result.strengths[node.id] as number,
          12,
        );
      }
    },
  );

  it.each(GRADUAL_SEMANTICS)(
    "%s: on a cycle, to the tolerance, from a compiled map and a vector",
    (semantics) => {
      const compiled = compileMap(ring(5, "attack", 0.8));
      const vector = evaluateStrengths(compiled, semantics);
      const explanation = explainStrength(compiled, "a2", vector);
      expect(explanation?.inCycle).toBe(true);
      expect(
        Math.abs(
          (explanation?.strength as number) - (vector.values[compiled.slotOfDocIndex[2] as number] as number),
        ),
      ).toBeLessThan(1e-8);
    },
  );
});

describe("explaining undercuts, groups and weights", () => {
  it("gives an undercut's factor and its effect on the node", () => {
    const doc = buildMap({ t: 0.5, c: 0.8, u: { base: 0.5, attribution: "a skeptic" } }, [
      ["c", "support", "t"],
      ["u", "undercut", "c.support.t", { weight: 0.4 }],
    ]);
    const result = computeStrengths(doc);
    const c = explainStrength(doc, "t", result)?.sources[0];
    expect(c?.undercutFactor).toBeCloseTo(0.8, 12);
    expect(c?.effectiveWeight).toBeCloseTo(0.8, 12);
    const undercut = c?.members[0]?.undercuts[0];
    expect(undercut).toMatchObject({
      nodeId: "u",
      edgeId: "u.undercut.c.support.t",
      weight: 0.4,
      strength: 0.5,
    });
    expect(undercut?.factor).toBeCloseTo(0.8, 12);
    // Without the undercut t would be 0.9; with it 0.82.
    expect(undercut?.effect).toBeCloseTo(-0.08, 12);
    expect(undercut?.sentence).toBe(
      "the claim by a skeptic undercuts the link from the claim “Statement c.” (to 0.8 of its weight), which lowers this by 0.08",
    );
    expect(c?.sentence).toBe(
      "the claim “Statement c.” raises this by 0.32 (its link counts 0.8 of full weight)",
    );
  });

  it("explains a linked group as one source", () => {
    const doc = buildMap({ t: 0.5, a: { base: 0.8, label: "A" }, b: { base: 0.5, label: "B" } }, [
      ["a", "support", "t", { group: "g" }],
      ["b", "support", "t", { group: "g" }],
    ]);
    const sources = explainStrength(doc, "t", computeStrengths(doc))?.sources ?? [];
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({
      group: "g",
      nodeIds: ["a", "b"],
      edgeIds: ["a.support.t", "b.support.t"],
    });
    expect(sources[0]?.strength).toBeCloseTo(0.4, 12);
    expect(sources[0]?.sentence).toBe(
      "the linked group of the claim “A” and the claim “B” raises this by 0.2",
    );
  });

  it("says when the h-categorizer leaves a support out", () => {
    const doc = workedExample();
    const explanation = explainStrength(doc, "t", computeStrengths(doc, "h-categorizer"));
    const c = explanation?.sources.find((s) => s.relation === "support");
    expect(c).toMatchObject({ counted: false, effect: 0 });
    expect(c?.sentence).toMatch(/is not counted: the h-categorizer weighs attacks only$/);
    expect(explanation?.influence.text).toBe("Influence: base / (1 + aggregate) = 0.5 / 1.5625 = 0.32.");
  });
});
