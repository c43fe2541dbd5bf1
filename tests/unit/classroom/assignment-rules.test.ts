import { describe, expect, it } from "vitest";
import {
  checkStudentEdit,
  feedbackEntries,
  handInName,
  setAssignment,
  setFeedback,
  startCopy,
} from "../../../src/model/classroom";
import { deleteNodes, extendFrom, updateNode } from "../../../src/model/operations";
import type { ArgumentMap } from "../../../src/model/schema";
import { assignment, node } from "../../helpers/class-copies";
import { smallMap } from "../../helpers/small-map";

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error((result as unknown as { reason: string }).reason);
  return result as Extract<T, { ok: true }>;
}

const copy = (): ArgumentMap => ok(startCopy(assignment(), "  Sam ")).doc;

describe("making an assignment and a student's copy", () => {
  it("sets the assignment on the map, dropping locked ids that name no point", () => {
    const made = ok(
      setAssignment(smallMap(), { title: "Critiques", locked: ["t", "gone"], allowedKinds: ["critique"] }),
    );
    expect(made.doc.map.assignment).toEqual({
      title: "Critiques",
      locked: ["t"],
      allowedKinds: ["critique"],
    });
    expect(made.doc.nodes).toEqual(smallMap().nodes);
  });

  it("refuses an assignment the format would refuse, saying what is wrong", () => {
    const refused = setAssignment(smallMap(), { title: "  " });
    expect(refused).toEqual({ ok: false, reason: expect.stringMatching(/^the assignment title: is blank/) });
  });

  it("starts a copy with the student's name and without the teacher's feedback", () => {
    const withFeedback = assignment();
    withFeedback.map.feedback = { comment: "for me" };
    node(withFeedback, "t").feedback = { comment: "remember this" };
    const started = ok(startCopy(withFeedback, "Sam")).doc;
    expect(started.map.student).toEqual({ name: "Sam" });
    expect(started.map.feedback).toBeUndefined();
    expect(started.nodes.some((n) => n.feedback)).toBe(false);
    expect(startCopy(withFeedback, "   ")).toEqual({ ok: false, reason: "a copy needs the student's name" });
  });

  it("names the handed-in copy after the assignment and the student", () => {
    expect(handInName(copy())).toBe("Map the critiques - Sam");
  });
});

describe("a student's edits", () => {
  it("marks every point the student adds as theirs", () => {
    const before = copy();
    const after = ok(extendFrom(before, "k", "critique")).doc;
    const checked = ok(checkStudentEdit(before, after));
    const added = checked.doc.nodes.filter((n) => !before.nodes.some((b) => b.id === n.id));
    expect(added.map((n) => [n.kind, n.addedBy])).toEqual([["rebuttal", "Sam"]]);
  });

  it("refuses changing or deleting a locked point, but lets the student score it", () => {
    const before = copy();
    const reworded = ok(updateNode(before, "t", { text: "Something else." })).doc;
    expect(checkStudentEdit(before, reworded)).toEqual({
      ok: false,
      reason: expect.stringContaining("is locked by the teacher"),
    });
    expect(checkStudentEdit(before, deleteNodes(before, ["c"])).ok).toBe(false);
    const scored = ok(updateNode(before, "t", { base: 0.9 })).doc;
    expect(checkStudentEdit(before, scored)).toEqual({ ok: true, doc: scored });
  });

  it("refuses a change to a locked point's own relations", () => {
    const before = copy();
    const cut = { ...before, edges: before.edges.filter((e) => e.id !== "e1") };
    expect(checkStudentEdit(before, cut).ok).toBe(false);
    // The relations other points draw to it are free.
    const answered = { ...before, edges: before.edges.filter((e) => e.id !== "e3") };
    expect(checkStudentEdit(before, answered).ok).toBe(true);
  });

  it("adds only the kinds the assignment allows", () => {
    const before = copy();
    const claim = ok(extendFrom(before, "t", "support")).doc;
    expect(checkStudentEdit(before, claim)).toEqual({
      ok: false,
      reason: "this assignment lets you add critiques, rebuttals and evidence only",
    });
    const retyped = ok(updateNode(before, "k", { kind: "thesis" })).doc;
    expect(checkStudentEdit(before, retyped).ok).toBe(false);
  });

  it("keeps the assignment, the name and the teacher's feedback out of the student's hands", () => {
    const before = copy();
    const renamed = { ...before, map: { ...before.map, student: { name: "Kim" } } };
    const unlocked = { ...before, map: { ...before.map, assignment: { title: "Mine" } } };
    const marked = ok(setFeedback(before, { kind: "node", id: "k" }, { mark: "A+" })).doc;
    for (const after of [renamed, unlocked, marked]) expect(checkStudentEdit(before, after).ok).toBe(false);
  });

  it("leaves maps that are not students' copies alone", () => {
    const teacher = assignment();
    const after = deleteNodes(teacher, ["t"]);
    expect(checkStudentEdit(teacher, after)).toEqual({ ok: true, doc: after });
  });
});

describe("feedback", () => {
  it("sets and clears feedback on the map and on points, listing released feedback for the student", () => {
    let doc = copy();
    doc = ok(
      setFeedback(doc, { kind: "map" }, { comment: "Good structure.", mark: " B+ ", released: true }),
    ).doc;
    doc = ok(setFeedback(doc, { kind: "node", id: "k" }, { comment: "Why?", released: false })).doc;
    doc = ok(setFeedback(doc, { kind: "node", id: "c" }, { mark: "2/2", released: true })).doc;
    expect(doc.map.feedback).toEqual({ comment: "Good structure.", mark: "B+", released: true });
    expect(feedbackEntries(doc, { releasedOnly: true }).map((e) => e.target)).toEqual([
      { kind: "map" },
      { kind: "node", id: "c" },
    ]);
    expect(feedbackEntries(doc)).toHaveLength(3);
    doc = ok(setFeedback(doc, { kind: "node", id: "k" }, { comment: "  " })).doc;
    expect(node(doc, "k").feedback).toBeUndefined();
    expect(setFeedback(doc, { kind: "node", id: "nope" }, { mark: "A" }).ok).toBe(false);
    expect(setFeedback(doc, { kind: "map" }, { mark: "x".repeat(41) }).ok).toBe(false);
  });
});
