/** Map health: debate checks that point at a node, plus the format's own warnings in one list. */
import { describe, expect, it } from "vitest";
import { computeStrengths, type HealthFinding, healthAdvice, mapHealth } from "../../../src/analysis";
import { buildMap } from "./map-builder";

function debate() {
  const doc = buildMap(
    {
      t: { kind: "thesis", base: 0.5 },
      c1: { kind: "claim", base: 0.7, label: "Deterrence" },
      c2: { kind: "claim", base: 0.6, label: "Enforcement" },
      ev: { kind: "evidence", base: 0.9, sourceIds: ["s1"] },
      ev2: { kind: "evidence", base: 0.8 },
      k1: { kind: "critique", base: 0.8, attribution: "Ku & Nzelibe" },
      k2: { kind: "critique", base: 0.5, label: "Sovereignty" },
      r: { kind: "rebuttal", base: 0.6 },
    },
    [
      ["c1", "support", "t"],
      ["c2", "support", "t"],
      ["ev", "support", "c1"],
      ["ev2", "attack", "k2"],
      ["k1", "attack", "c2"],
      ["k2", "attack", "t"],
      ["r", "attack", "k2"],
    ],
  );
  doc.sources = [{ id: "s1", citation: "A study." }];
  return doc;
}

const of = (findings: HealthFinding[], check: HealthFinding["check"]) =>
  findings.filter((f) => f.check === check).map((f) => f.nodeId);

describe("map health", () => {
  const findings = mapHealth(debate());

  it("finds critiques nothing answers", () => {
    expect(of(findings, "unanswered-critique")).toEqual(["k1"]);
    expect(findings.find((f) => f.nodeId === "k1")?.message).toBe(
      "The critique by Ku & Nzelibe is unanswered: no rebuttal or other attack targets it",
    );
  });

  it("counts an undercut of a critique's own attack as an answer", () => {
    const doc = debate();
    doc.edges.push({ id: "u1", from: "r", to: "k1.attack.c2", relation: "undercut" });
    expect(of(mapHealth(doc), "unanswered-critique")).toEqual([]);
  });

  it("finds claims and theses no chain of supports connects to evidence", () => {
    // t is backed through c1; c2 has nothing beneath it; evidence that attacks a critique backs nothing.
    expect(of(findings, "unsupported-claim")).toEqual(["c2"]);
  });

  it("finds evidence without a source, once", () => {
    expect(of(findings, "evidence-without-source")).toEqual(["ev2"]);
    expect(findings.filter((f) => f.nodeId === "ev2")).toHaveLength(1);
  });

  it("lists the weakest supports under the thesis, with what pulls each down", () => {
    const weak = findings.filter((f) => f.check === "weak-link");
    expect(weak.map((f) => f.nodeId)).toEqual(["c2", "ev", "c1"]);
    expect(weak[0]?.severity).toBe("info");
    expect(weak[0]?.message).toBe(
      "The claim “Enforcement” is one of the weakest supports of the thesis “Statement t.”: strength 0.12 (base 0.6); the most damaging source: the critique by Ku & Nzelibe lowers this by 0.48",
    );
  });

  it("uses given strengths for the weak links", () => {
    const strengths = computeStrengths(debate(), "h-categorizer");
    const weak = mapHealth(debate(), { strengths, weakLinks: 1 }).filter((f) => f.check === "weak-link");
    expect(weak).toHaveLength(1);
    expect(weak[0]?.message).toMatch(/strength 0\.33 \(base 0\.6\)/);
  });

  it("folds in the format's warnings with the node they name", () => {
    const doc = debate();
    doc.nodes.push({ id: "lonely", kind: "claim", text: "Nobody links to me." });
    const format = mapHealth(doc).filter((f) => f.check === "format-warning");
    expect(format).toContainEqual({
      check: "format-warning",
      severity: "warning",
      nodeId: "lonely",
      path: "nodes[8]",
      message: '"lonely" is not connected to any other node',
    });
  });

  it("takes the format's warnings from the caller when given", () => {
    const given = mapHealth(debate(), { formatWarnings: [{ path: "edges[0]", message: "made up" }] });
    expect(given.filter((f) => f.check === "format-warning")).toEqual([
      {
        check: "format-warning",
        severity: "warning",
        edgeId: "c1.support.t",
        nodeId: "c1",
        path: "edges[0]",
        message: "made up",
      },
    ]);
  });
});

describe("health as advice", () => {
  const map = buildMap(
    {
      t: { kind: "thesis" },
      c1: { kind: "claim" },
      c2: { kind: "claim" },
      k: { kind: "critique" },
      e: { kind: "evidence" },
    },
    [
      ["c1", "support", "t"],
      ["c2", "support", "t"],
      ["k", "attack", "t"],
      ["e", "support", "c1"],
    ],
  );

  it("groups the findings by check, most important first, each counted in words with one piece of advice", () => {
    const findings = mapHealth(map);
    const rules = healthAdvice(findings);
    expect(rules.map((rule) => rule.check)).toEqual([
      "unanswered-critique",
      "unsupported-claim",
      "evidence-without-source",
      "weak-link",
    ]);
    expect(rules[0]?.headline).toBe("1 critique is not answered");
    expect(rules[1]?.headline).toBe("1 claim has no evidence beneath it");
    expect(rules[1]?.findings.map((finding) => finding.nodeId)).toEqual(["c2"]);
    expect(rules[2]?.headline).toBe("1 piece of evidence cites no source");
    for (const rule of rules) expect(rule.advice).toMatch(/^[A-Z][^.]*[;,].*\.$/);
    // Every finding is in exactly one group.
    expect(rules.flatMap((rule) => rule.findings)).toHaveLength(findings.length);
  });

  it("counts many findings of one check as one headline in the plural", () => {
    const bare = buildMap({ t: { kind: "thesis" }, a: { kind: "claim" }, b: { kind: "claim" } }, [
      ["a", "support", "t"],
      ["b", "support", "t"],
    ]);
    const unsupported = healthAdvice(mapHealth(bare)).find((rule) => rule.check === "unsupported-claim");
    expect(unsupported?.headline).toBe("3 claims have no evidence beneath them");
    expect(unsupported?.findings).toHaveLength(3);
  });
});
