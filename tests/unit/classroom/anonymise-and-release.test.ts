import { describe, expect, it } from "vitest";
import { anonymiseMaps, forStudent, mergeCopies, unreleasedCount } from "../../../src/model/classroom";
import { copyOf, node } from "../../helpers/class-copies";

describe("anonymising", () => {
  const sam = copyOf("Sam", (doc) => {
    doc.nodes.push({ id: "s1", kind: "critique", text: "Cost.", addedBy: "Sam", attribution: "Parents" });
    node(doc, "c").base = 0.2;
  });
  const kim = copyOf("Kim", (doc) => {
    doc.nodes.push({ id: "k1", kind: "rebuttal", text: "Cheap.", addedBy: "Kim" });
    node(doc, "c").base = 0.6;
  });

  it("replaces names by Student 1..N in the order they appear, the same name the same everywhere", () => {
    const merged = mergeCopies([
      { doc: sam, label: "a" },
      { doc: kim, label: "b" },
    ]).doc;
    const [first, second, classMap] = anonymiseMaps([sam, kim, merged]);
    expect(first?.map.student?.name).toBe("Student 1");
    expect(second?.map.student?.name).toBe("Student 2");
    expect(node(first!, "s1").addedBy).toBe("Student 1");
    expect(node(classMap!, "s1").addedBy).toBe("Student 1");
    expect(node(classMap!, "k1").addedBy).toBe("Student 2");
    expect(node(classMap!, "c").ratings).toEqual([
      { by: "Student 2", base: 0.6 },
      { by: "Student 1", base: 0.2 },
    ]);
  });

  it("leaves who argues a point and the teacher's name alone", () => {
    const [out] = anonymiseMaps([sam]);
    expect(node(out!, "s1").attribution).toBe("Parents");
    expect(out?.map.assignment?.teacher).toBe("Ms Rivera");
    expect(JSON.stringify(out)).not.toContain("Sam");
  });

  it("gives the same names when run on its own output", () => {
    const once = anonymiseMaps([kim, sam]);
    expect(anonymiseMaps(once)).toEqual(once);
  });
});

describe("the copy for the student", () => {
  const marked = copyOf("Sam", (doc) => {
    doc.map.feedback = { comment: "Draft mark, not final", mark: "C" };
    node(doc, "c").feedback = { comment: "Good quote", mark: "2/2", released: true };
    node(doc, "k").feedback = { comment: "Ask about this", released: false };
  });

  it("leaves unreleased feedback out and keeps released feedback", () => {
    expect(unreleasedCount(marked)).toBe(2);
    const out = forStudent(marked);
    expect(out.map.feedback).toBeUndefined();
    expect(node(out, "c").feedback).toEqual({ comment: "Good quote", mark: "2/2", released: true });
    expect(node(out, "k").feedback).toBeUndefined();
    expect(unreleasedCount(out)).toBe(0);
    // The teacher's own copy is untouched.
    expect(marked.map.feedback?.mark).toBe("C");
  });

  it("keeps released feedback on the whole map", () => {
    const released = copyOf("Sam", (doc) => void (doc.map.feedback = { mark: "A", released: true }));
    expect(forStudent(released).map.feedback).toEqual({ mark: "A", released: true });
  });
});
