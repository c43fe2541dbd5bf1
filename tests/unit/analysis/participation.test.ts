import { describe, expect, it } from "vitest";
import { disagreement, participation, ratingSpread } from "../../../src/analysis";
import { mergeCopies } from "../../../src/model/classroom";
import { copyOf, node } from "../../helpers/class-copies";

describe("participation", () => {
  const sam = copyOf("Sam", (doc) => {
    doc.nodes.push(
      { id: "s1", kind: "rebuttal", text: "Expression has outlets.", addedBy: "Sam" },
      { id: "s2", kind: "evidence", text: "A study.", addedBy: "Sam", sourceIds: ["s1"] },
      { id: "s3", kind: "evidence", text: "My cousin said so.", addedBy: "Sam" },
      { id: "s4", kind: "rebuttal", text: "Not all critics agree.", addedBy: "Sam" },
    );
    doc.edges.push(
      { id: "se1", from: "s1", to: "k", relation: "attack" },
      { id: "se2", from: "s2", to: "c", relation: "support" },
      // Answering the same critique twice counts it once.
      { id: "se3", from: "s4", to: "k", relation: "attack" },
    );
    doc.map.feedback = { mark: "B+" };
    node(doc, "c").feedback = { mark: "2/3" };
  });
  const kim = copyOf("Kim", (doc) => {
    doc.nodes.push({ id: "k2", kind: "critique", text: "Costly.", addedBy: "Kim" });
    // An undercut of the critique's attack answers the critique too.
    doc.nodes.push({ id: "k3", kind: "rebuttal", text: "Irrelevant.", addedBy: "Kim" });
    doc.edges.push({ id: "ke1", from: "k3", to: "e3", relation: "undercut" });
  });
  const lee = copyOf("Lee");

  it("counts points added by kind, critiques answered, sourced evidence and marks", () => {
    const rows = new Map(participation([sam, kim, lee]).map((row) => [row.student, row]));
    expect([...rows.keys()]).toEqual(["Sam", "Kim", "Lee"]);
    const s = rows.get("Sam");
    expect(s?.added).toEqual({ thesis: 0, claim: 0, evidence: 2, critique: 0, rebuttal: 2 });
    expect(s?.totalAdded).toBe(4);
    expect(s?.critiquesAnswered).toBe(1);
    expect(s?.evidenceWithSources).toBe(1);
    expect(s?.mark).toBe("B+");
    expect(s?.pointMarks).toEqual(["2/3"]);
    expect(rows.get("Kim")?.critiquesAnswered).toBe(1);
    expect(rows.get("Kim")?.added.critique).toBe(1);
    // A student who handed in an untouched copy is still on the list.
    expect(rows.get("Lee")?.totalAdded).toBe(0);
  });

  it("counts a point once when the class map is passed with the copies", () => {
    const merged = mergeCopies([
      { doc: sam, label: "a" },
      { doc: kim, label: "b" },
    ]).doc;
    const once = participation([sam, kim]);
    const twice = participation([sam, kim, merged]);
    expect(twice.map((row) => [row.student, row.totalAdded, row.critiquesAnswered])).toEqual(
      once.map((row) => [row.student, row.totalAdded, row.critiquesAnswered]),
    );
  });

  it("counts the points each student rated in a class map", () => {
    const rate = (name: string, base: number) => copyOf(name, (doc) => void (node(doc, "c").base = base));
    const merged = mergeCopies([
      { doc: rate("Ann", 0.2), label: "a" },
      { doc: rate("Bo", 0.8), label: "b" },
    ]).doc;
    expect(participation([merged]).map((row) => [row.student, row.rated])).toEqual([
      ["Ann", 1],
      ["Bo", 1],
    ]);
  });
});

describe("disagreement", () => {
  it("is the standard deviation of the ratings, zero for one rating", () => {
    expect(ratingSpread([{ by: "a", base: 0.5 }])).toBe(0);
    expect(
      ratingSpread([
        { by: "a", base: 0 },
        { by: "b", base: 1 },
      ]),
    ).toBeCloseTo(0.5, 12);
    expect(
      ratingSpread([
        { by: "a", base: 0.2 },
        { by: "b", base: 0.4 },
        { by: "c", base: 0.6 },
      ]),
    ).toBeCloseTo(Math.sqrt(0.08 / 3), 12);
  });

  it("sorts the rated points, the most disputed first", () => {
    const rate = (name: string, c: number, k: number) =>
      copyOf(name, (doc) => {
        node(doc, "c").base = c;
        node(doc, "k").base = k;
      });
    const merged = mergeCopies([
      { doc: rate("Ann", 0.5, 0.1), label: "a" },
      { doc: rate("Bo", 0.6, 0.9), label: "b" },
    ]).doc;
    const rows = disagreement(merged);
    expect(rows.map((row) => row.id)).toEqual(["k", "c"]);
    expect(rows[0]).toMatchObject({ count: 2, lowest: 0.1, highest: 0.9 });
    expect(rows[0]?.mean).toBeCloseTo(0.5, 12);
  });
});
