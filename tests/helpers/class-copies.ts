/**
 * Students' copies of one assignment, for the class-merge tests: a hand-made class around the small map,
 * and a fast-check generator of classes in which each copy adds points (sometimes under an id another
 * copy also used), rewrites points, rescores them, connects them differently and deletes some.
 */
import fc from "fast-check";
import { loadMapValue } from "../../src/io/load";
import type { ClassCopy } from "../../src/model/classroom";
import { deleteNodes } from "../../src/model/operations";
import { formatProblem } from "../../src/model/problem";
import type { ArgumentMap } from "../../src/model/schema";
import { idArb, textArb, validMapArb } from "./arbitraries";
import { smallMap } from "./small-map";

/** The small map as a teacher's assignment: the thesis and the claim locked. */
export function assignment(): ArgumentMap {
  const doc = smallMap();
  doc.map.assignment = {
    title: "Map the critiques",
    instructions: "Add a critique and answer it.",
    teacher: "Ms Rivera",
    allowedKinds: ["critique", "rebuttal", "evidence"],
    locked: ["t", "c"],
  };
  return doc;
}

/** A copy of the assignment owned by `name`, changed by `edit`. */
export function copyOf(name: string, edit: (doc: ArgumentMap) => void = () => {}): ArgumentMap {
  const doc = assignment();
  doc.map.student = { name };
  edit(doc);
  return doc;
}

export function node(doc: ArgumentMap, id: string) {
  const found = doc.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

const NAMES = ["Sam", "Alex", "Kim", "constructor", "__proto__", "Student 2"] as const;

type Edit =
  | { kind: "add"; id: string; text: string; target: number; attack: boolean }
  | { kind: "rewrite"; target: number; text: string }
  | { kind: "rescore"; target: number; base: number }
  | { kind: "connect"; from: number; to: number }
  | { kind: "delete"; target: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("add" as const),
    id: fc.oneof(idArb, fc.constantFrom("n1", "n2", "e1")),
    text: textArb(12),
    target: fc.nat(),
    attack: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("rewrite" as const), target: fc.nat(), text: textArb(12) }),
  fc.record({
    kind: fc.constant("rescore" as const),
    target: fc.nat(),
    base: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ kind: fc.constant("connect" as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("delete" as const), target: fc.nat() }),
);

const copyArb = fc.record({
  name: fc.option(fc.constantFrom(...NAMES), { nil: undefined, freq: 4 }),
  edits: fc.array(editArb, { maxLength: 6 }),
});

/** An assignment and two to five copies of it (a copy naming no student is known by its label). */
export function classArb(options: { maxNodes?: number; maxCopies?: number } = {}): fc.Arbitrary<ClassCopy[]> {
  return fc
    .record({
      base: validMapArb({ maxNodes: options.maxNodes ?? 6, maxEdges: 8 }),
      copies: fc.array(copyArb, { minLength: 1, maxLength: options.maxCopies ?? 5 }),
    })
    .map(({ base, copies }) =>
      copies.map(({ name, edits }, i) => {
        let doc: ArgumentMap = structuredClone(base);
        const { student: _student, ...info } = doc.map;
        doc.map = name === undefined ? info : { ...info, student: { name } };
        for (const edit of edits) doc = applyEdit(doc, edit, name ?? `copy ${i + 1}`);
        return { doc, label: `copy ${i + 1}` };
      }),
    );
}

function applyEdit(doc: ArgumentMap, edit: Edit, author: string): ArgumentMap {
  const nodes = doc.nodes;
  const pick = (n: number) => nodes[n % Math.max(1, nodes.length)];
  const taken = new Set([...doc.nodes, ...doc.edges].map((record) => record.id));
  switch (edit.kind) {
    case "add": {
      if (taken.has(edit.id)) return doc;
      const target = pick(edit.target);
      const added = {
        id: edit.id,
        kind: edit.attack ? "critique" : "claim",
        text: edit.text,
        addedBy: author,
      } as const;
      const edgeId = `${edit.id}.e`;
      const edges =
        target && !taken.has(edgeId) && edgeId.length <= 64
          ? [
              ...doc.edges,
              {
                id: edgeId,
                from: edit.id,
                to: target.id,
                relation: edit.attack ? "attack" : "support",
              } as const,
            ]
          : doc.edges;
      return { ...doc, nodes: [...nodes, added], edges };
    }
    case "rewrite":
    case "rescore": {
      const target = pick(edit.target);
      if (!target) return doc;
      const changed =
        edit.kind === "rewrite" ? { ...target, text: edit.text } : { ...target, base: edit.base };
      return { ...doc, nodes: nodes.map((n) => (n === target ? changed : n)) };
    }
    case "connect": {
      const from = pick(edit.from);
      const to = pick(edit.to);
      const id = `x${edit.from}.${edit.to}`;
      if (!from || !to || from === to || taken.has(id)) return doc;
      if (doc.edges.some((e) => e.from === from.id && e.to === to.id && e.relation === "attack")) return doc;
      return { ...doc, edges: [...doc.edges, { id, from: from.id, to: to.id, relation: "attack" }] };
    }
    case "delete": {
      const target = pick(edit.target);
      return target ? deleteNodes(doc, [target.id]) : doc;
    }
  }
}

/**
 * Three students' copies: Sam adds a critique of the thesis, Alex rewrites the critique "k", Kim answers
 * it with a rebuttal; each scores the claim "c" differently.
 */
export function threeCopies() {
  const sam = copyOf("Sam", (doc) => {
    doc.nodes.push({ id: "sam1", kind: "critique", text: "Uniforms cost families money.", addedBy: "Sam" });
    doc.edges.push({ id: "sam-e1", from: "sam1", to: "t", relation: "attack" });
    node(doc, "c").base = 0.4;
  });
  const alex = copyOf("Alex", (doc) => {
    node(doc, "k").text = "Uniforms stop pupils expressing who they are.";
    node(doc, "c").base = 0.9;
  });
  const kim = copyOf("Kim", (doc) => {
    doc.nodes.push({
      id: "kim1",
      kind: "rebuttal",
      text: "Pupils express themselves in class.",
      addedBy: "Kim",
    });
    doc.edges.push({ id: "kim-e1", from: "kim1", to: "k", relation: "attack" });
    node(doc, "c").base = 0.8;
  });
  return { sam, alex, kim };
}

/** Fails with every problem the load pipeline finds when `doc` is not a valid map. */
export function expectValidMap(doc: ArgumentMap): void {
  const loaded = loadMapValue(doc);
  if (!loaded.ok) throw new Error(loaded.errors.map(formatProblem).join("\n"));
}
