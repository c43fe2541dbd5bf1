import { describe, expect, it } from "vitest";
import { applyChoices, mergeCopies } from "../../../src/model/classroom";
import type { ArgumentMap } from "../../../src/model/schema";
import { copyOf, expectValidMap, node, threeCopies } from "../../helpers/class-copies";

const label = (name: string) => `${name}.argmap.json`;
const merge = (...docs: ArgumentMap[]) =>
  mergeCopies(docs.map((doc) => ({ doc, label: label(doc.map.student?.name ?? "copy") })));

describe("merging a class", () => {
  const { sam, alex, kim } = threeCopies();

  it("keeps the points every copy shares once, and each student's additions with their author", () => {
    const { doc, students, owners } = merge(sam, alex, kim);
    expect(students).toEqual(["Alex", "Kim", "Sam"]);
    expect(owners).toEqual(["Sam", "Alex", "Kim"]);
    expect(doc.nodes.map((n) => n.id)).toEqual(["t", "c", "ev", "k", "r", "kim1", "sam1"]);
    expect(node(doc, "sam1").addedBy).toBe("Sam");
    expect(node(doc, "kim1").addedBy).toBe("Kim");
    expect(doc.edges.find((e) => e.id === "sam-e1")).toEqual({
      id: "sam-e1",
      from: "sam1",
      to: "t",
      relation: "attack",
    });
    expect(doc.map.student).toBeUndefined();
    expect(doc.map.assignment?.title).toBe("Map the critiques");
    expectValidMap(doc);
  });

  it("makes each copy's base that student's rating, and the base their mean", () => {
    const { doc } = merge(sam, alex, kim);
    expect(node(doc, "c").ratings).toEqual([
      { by: "Alex", base: 0.9 },
      { by: "Kim", base: 0.8 },
      { by: "Sam", base: 0.4 },
    ]);
    expect(node(doc, "c").base).toBeCloseTo((0.9 + 0.8 + 0.4) / 3, 12);
    // A point nobody scored stays unscored.
    expect(node(doc, "t").ratings).toBeUndefined();
    expect(node(doc, "t").base).toBeUndefined();
  });

  it("lists a point two copies wrote differently, with both versions and who has each", () => {
    const { doc, conflicts } = merge(sam, alex, kim);
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict?.pointId).toBe("k");
    expect(conflict?.fields).toEqual(["text"]);
    expect(conflict?.versions.map((v) => [v.node.text, v.copies])).toEqual([
      ["Uniforms stop pupils expressing who they are.", ["Alex"]],
      ["Uniforms limit expression.", ["Kim", "Sam"]],
    ]);
    // Until the teacher chooses, the map shows the version most copies share.
    expect(conflict?.chosen).toBe(1);
    expect(node(doc, "k").text).toBe("Uniforms limit expression.");
  });

  it("applies the teacher's choice and can take it back", () => {
    const merged = merge(sam, alex, kim);
    const chosen = applyChoices(merged, new Map([["k", 0]]));
    expect(node(chosen.doc, "k").text).toBe("Uniforms stop pupils expressing who they are.");
    expect(node(chosen.doc, "k").attribution).toBe("Critics");
    expect(chosen.conflicts[0]?.chosen).toBe(0);
    expect(applyChoices(chosen, new Map([["k", 1]])).doc).toEqual(merged.doc);
  });

  it("lists different relations of a point as a conflict and keeps the chosen version's relations", () => {
    const linked = copyOf("Lee", (doc) => {
      doc.edges.push({ id: "lee-e", from: "ev", to: "t", relation: "support", weight: 0.5 });
      doc.edges.push({ id: "lee-u", from: "r", to: "lee-e", relation: "undercut" });
    });
    const merged = merge(sam, linked);
    const conflicts = new Map(merged.conflicts.map((c) => [c.pointId, c]));
    expect(conflicts.get("ev")?.fields).toEqual(["relations"]);
    expect(conflicts.get("r")?.fields).toEqual(["relations"]);
    // One copy each: the tie goes to the first student in alphabetical order, Lee.
    expect(merged.doc.edges.map((e) => e.id)).toContain("lee-e");
    const withoutLink = applyChoices(
      merged,
      new Map([["ev", conflicts.get("ev")?.versions.findIndex((v) => v.copies.includes("Sam")) ?? -1]]),
    );
    expect(withoutLink.doc.edges.map((e) => e.id)).not.toContain("lee-e");
    // The undercut of the relation left out has nothing to undercut, and the teacher is told.
    expect(withoutLink.doc.edges.map((e) => e.id)).not.toContain("lee-u");
    expect(withoutLink.notes.join("\n")).toMatch(/left out an undercut \(lee-u\)/);
    expectValidMap(withoutLink.doc);
  });

  it("keeps two different points that two students added under the same id", () => {
    const a = copyOf("Ana", (doc) => {
      doc.nodes.push({ id: "n6", kind: "critique", text: "Ana's point", addedBy: "Ana" });
      doc.edges.push({ id: "e5", from: "n6", to: "t", relation: "attack" });
    });
    const b = copyOf("Ben", (doc) => {
      doc.nodes.push({ id: "n6", kind: "claim", text: "Ben's point", addedBy: "Ben" });
      doc.edges.push({ id: "e5", from: "n6", to: "t", relation: "support" });
    });
    const { doc, conflicts, notes } = merge(b, a);
    expect(conflicts).toEqual([]);
    const ana = doc.nodes.find((n) => n.text === "Ana's point");
    const ben = doc.nodes.find((n) => n.text === "Ben's point");
    expect(ana?.id).toBe("n6");
    expect(ben?.id).not.toBe("n6");
    expect(ben?.addedBy).toBe("Ben");
    // Ben's relation follows his point to its new id.
    expect(doc.edges.filter((e) => e.from === ben?.id).map((e) => [e.to, e.relation])).toEqual([
      ["t", "support"],
    ]);
    expect(doc.edges.filter((e) => e.from === "n6").map((e) => [e.to, e.relation])).toEqual([
      ["t", "attack"],
    ]);
    expect(notes.join("\n")).toMatch(/given a new id/);
    expectValidMap(doc);
  });

  it("keeps a point a student deleted from their copy", () => {
    const deleted = copyOf("Dee", (doc) => {
      doc.nodes = doc.nodes.filter((n) => n.id !== "r");
      doc.edges = doc.edges.filter((e) => e.from !== "r");
    });
    const { doc, conflicts } = merge(deleted, kim);
    expect(doc.nodes.map((n) => n.id)).toContain("r");
    expect(doc.edges.map((e) => e.id)).toContain("e4");
    expect(conflicts).toEqual([]);
  });

  it("counts two copies under one name as two students", () => {
    const again = copyOf("Sam", (doc) => {
      doc.nodes.push({ id: "sam2", kind: "critique", text: "Another worry.", addedBy: "Sam" });
      node(doc, "c").base = 0.6;
    });
    const { doc, students, notes } = merge(sam, again);
    expect(students).toEqual(["Sam", "Sam (2)"]);
    expect(node(doc, "c").ratings?.map((r) => r.by)).toEqual(["Sam", "Sam (2)"]);
    // The second copy's own additions are credited to the name it is counted under.
    const secondName = node(doc, "c").ratings?.find((r) => r.base === 0.6)?.by;
    expect(node(doc, "sam2").addedBy).toBe(secondName);
    expect(new Set([node(doc, "sam1").addedBy, node(doc, "sam2").addedBy])).toEqual(new Set(students));
    expect(notes.join("\n")).toMatch(/two copies are by "Sam"/);
  });

  it("names a copy without a student by its label", () => {
    const { map: _map, ...rest } = copyOf("x");
    const { student: _student, ...info } = copyOf("x").map;
    const anonymous = { ...rest, map: info };
    node(anonymous, "c").base = 0.3;
    const { doc, students } = mergeCopies([{ doc: anonymous, label: "period 3 - unnamed" }]);
    expect(students).toEqual(["period 3 - unnamed"]);
    expect(node(doc, "c").ratings).toEqual([{ by: "period 3 - unnamed", base: 0.3 }]);
  });

  it("leaves feedback on a student's copy out of the class map, and says so", () => {
    const marked = copyOf("Mo", (doc) => {
      doc.map.feedback = { comment: "Good", mark: "B+", released: true };
      node(doc, "k").feedback = { comment: "Say why" };
    });
    const { doc, notes } = merge(marked, sam);
    expect(doc.map.feedback).toBeUndefined();
    expect(doc.nodes.some((n) => n.feedback)).toBe(false);
    expect(notes.join("\n")).toMatch(/feedback on 1 copy/);
  });

  it("says when the copies come from different maps", () => {
    const other = copyOf("Zed", (doc) => void (doc.map.id = "other-assignment"));
    expect(merge(sam, other).notes.join("\n")).toMatch(/2 different maps \(small, other-assignment\)/);
  });

  it("passes on the ratings of a class map merged again with a late copy", () => {
    const first = merge(sam, alex).doc;
    const { doc } = mergeCopies([
      { doc: first, label: "class" },
      { doc: kim, label: "kim" },
    ]);
    // Copies go in order of their owner's name: Kim's before the class map, which is known by its label.
    expect(node(doc, "c").ratings?.map((r) => r.by)).toEqual(["Kim", "Alex", "Sam"]);
    expect(node(doc, "c").base).toBeCloseTo((0.9 + 0.4 + 0.8) / 3, 12);
  });

  it("works with ids named like Object.prototype members", () => {
    const proto = (name: string, extra: string) =>
      copyOf(name, (doc) => {
        doc.nodes.push({ id: "constructor", kind: "critique", text: extra, addedBy: name });
        doc.edges.push({ id: "toString", from: "constructor", to: "t", relation: "attack" });
      });
    const { doc } = merge(proto("Ann", "one"), proto("Bea", "two"));
    expect(doc.nodes.filter((n) => n.text === "one" || n.text === "two")).toHaveLength(2);
    expectValidMap(doc);
  });
});
