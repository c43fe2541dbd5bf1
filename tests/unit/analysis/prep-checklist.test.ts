import { describe, expect, it } from "vitest";
import { contributions } from "../../../src/analysis/contributions";
import { prepChecklist } from "../../../src/analysis/prep-checklist";
import { computeStrengths } from "../../../src/analysis/strengths";
import { thesisImpact, withoutPoint } from "../../../src/analysis/thesis-impact";
import { buildMap, edgeId } from "./map-builder";

// The for side: thesis t, claims c (strong, with evidence e) and c2 (weak, no evidence), rebuttal r.
// The against side: critique k of the thesis, unanswered; critique k2 of c, answered by r.
const doc = buildMap(
  {
    t: { kind: "thesis", base: 0.5 },
    c: { kind: "claim", base: 0.8 },
    c2: { kind: "claim", base: 0.3 },
    e: { kind: "evidence", base: 0.9 },
    k: { kind: "critique", base: 0.6 },
    k2: { kind: "critique", base: 0.5 },
    r: { kind: "rebuttal", base: 0.7 },
  },
  [
    ["c", "support", "t"],
    ["c2", "support", "t"],
    ["e", "support", "c"],
    ["k", "attack", "t"],
    ["k2", "attack", "c"],
    ["r", "attack", "k2"],
  ],
);

describe("the thesis impact of a point", () => {
  it("is the thesis's strength minus its strength with the point and its relations taken out", () => {
    const impact = thesisImpact(doc, "t", ["c", "k"]);
    const without = (id: string) => {
      const map = buildMap(
        Object.fromEntries(
          doc.nodes.filter((n) => n.id !== id).map((n) => [n.id, { kind: n.kind, base: n.base }]),
        ),
        doc.edges
          .filter((edge) => edge.from !== id && edge.to !== id)
          .map((edge) => [edge.from, edge.relation, edge.to] as const) as never,
      );
      return computeStrengths(map).strengths.t as number;
    };
    const strength = computeStrengths(doc).strengths.t as number;
    expect(impact.strength).toBe(strength);
    expect(impact.impacts.map((point) => point.id)).toEqual(["c", "k"]);
    expect(impact.impacts[0]?.change).toBeCloseTo(strength - without("c"), 12);
    expect(impact.impacts[1]?.change).toBeCloseTo(strength - without("k"), 12);
    expect(impact.impacts[0]?.change).toBeGreaterThan(0);
    expect(impact.impacts[1]?.change).toBeLessThan(0);
  });

  it("takes out undercuts of the point's relations with it", () => {
    const undercut = buildMap({ t: { kind: "thesis" }, c: {}, u: { kind: "critique" } }, [
      ["c", "support", "t"],
      ["u", "undercut", edgeId("c", "support", "t")],
    ]);
    expect(withoutPoint(undercut, "c").edges).toEqual([]);
  });

  it("says how many points the cap left out", () => {
    const impact = thesisImpact(doc, "t", ["t", "c", "c2", "e"], { limit: 2 });
    expect(impact.impacts.map((point) => point.id)).toEqual(["c", "c2"]);
    expect(impact.leftOut).toBe(1);
  });
});

describe("the prep checklist", () => {
  it("for the side of the thesis: the critique to answer, the weakest supports, claims without evidence, key points", () => {
    const list = prepChecklist(doc, "for");
    expect(list.sideName).toBe("For");
    expect(list.unansweredCritiques.map((item) => item.nodeId)).toEqual(["k"]);
    // The for side's supports, weakest first.
    const strengths = computeStrengths(doc).strengths;
    const supports = ["c", "c2", "e"].sort((a, b) => (strengths[a] as number) - (strengths[b] as number));
    expect(list.weakestSupports.map((item) => item.nodeId)).toEqual(supports);
    expect(list.weakestSupports[0]?.nodeId).toBe("c2");
    // The thesis has evidence beneath it through c; c2 has none.
    expect(list.claimsWithoutEvidence.map((item) => item.nodeId)).toEqual(["c2"]);
    expect(list.keyPoints[0]?.nodeId).toBe("c");
    expect(list.keyPoints.every((point) => point.change > 0)).toBe(true);
    expect(list.keyPoints.map((point) => point.nodeId)).not.toContain("k");
    // Ranked by the Shapley contributions to the thesis, which share its whole change from its base.
    const shares = contributions(doc, "t", "dfquad")?.contributions ?? [];
    const forPoints = new Set(["c", "c2", "e", "r"]);
    const expected = shares
      .filter((share) => forPoints.has(share.id) && share.shapley > 1e-9)
      .sort((a, b) => b.shapley - a.shapley)
      .map((share) => share.id);
    expect(list.keyPoints.map((point) => point.nodeId)).toEqual(expected);
    const c = shares.find((share) => share.id === "c");
    expect(list.keyPoints[0]?.change).toBe(c?.shapley);
    expect(list.keyPoints[0]?.message).toBe(
      `The claim “Statement c.” holds the thesis up by ${c?.shapley.toFixed(2)} (without it, the thesis would be ${((computeStrengths(doc).strengths.t as number) - (c?.removal as number)).toFixed(2)})`,
    );
    expect(list.keyPointsEstimated).toBe(false);
    expect(list.keyPointsPending).toBe(false);
  });

  it("for the other side: its points that pull the thesis down most", () => {
    const list = prepChecklist(doc, "against");
    expect(list.unansweredCritiques).toEqual([]);
    expect(list.claimsWithoutEvidence).toEqual([]);
    expect(list.keyPoints.map((point) => point.nodeId)).toContain("k");
    expect(list.keyPoints.every((point) => point.change < 0)).toBe(true);
    expect(list.keyPoints[0]?.message).toMatch(/pulls the thesis down by/);
  });

  it("says the key points are on their way while the thesis's contributions are worked out", () => {
    const list = prepChecklist(doc, "for", { thesisContributions: null });
    expect(list.keyPoints).toEqual([]);
    expect(list.keyPointsPending).toBe(true);
    expect(list.unansweredCritiques.map((item) => item.nodeId)).toEqual(["k"]);
  });
});
