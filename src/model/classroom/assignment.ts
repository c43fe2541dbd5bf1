/**
 * Assignments and students' copies. A teacher turns any map into an assignment by giving it
 * `map.assignment` (title, instructions, locked points, the kinds students may add, sentence starters);
 * a student's copy is that map with `map.student`. Everything else about the map stays as it was.
 */
import { produceMap } from "../operations/draft";
import { withoutUndefined } from "../operations/nodes";
import { recordProblem } from "../operations/record-check";
import { type EditResult, refused } from "../operations/results";
import type { ArgNode, ArgumentMap, Assignment, NodeKind } from "../schema";
import { mapInfoSchema, NODE_KINDS } from "../schema";
import { isBlank } from "../text";
import { stableJson } from "./stable-json";

const assignmentSchema = mapInfoSchema.shape.assignment.def.innerType;

/** Makes the map an assignment, or changes the one it is; the assignment is checked as the format checks it. */
export function setAssignment(doc: ArgumentMap, assignment: Assignment): EditResult {
  const cleaned = withoutUndefined({
    ...assignment,
    locked: assignment.locked?.filter((id) => doc.nodes.some((node) => node.id === id)),
  }) as Assignment;
  const problem = recordProblem(assignmentSchema, cleaned);
  if (problem) return refused(`the assignment ${problem}`);
  // Saving the assignment as it is changes nothing: no new record, no undo step.
  if (stableJson(doc.map.assignment) === stableJson(cleaned)) return { ok: true, doc };
  return {
    ok: true,
    doc: produceMap(doc, (draft) => {
      draft.map.assignment = cleaned;
    }),
  };
}

export function removeAssignment(doc: ArgumentMap): ArgumentMap {
  if (!doc.map.assignment) return doc;
  return produceMap(doc, (draft) => {
    delete draft.map.assignment;
  });
}

/** An assignment that names no student yet: opening it starts a student's copy. */
export function isUnstartedAssignment(doc: ArgumentMap): boolean {
  return doc.map.assignment !== undefined && doc.map.student === undefined;
}

/** The student's own copy of an assignment: the assignment with their name, and no feedback yet. */
export function startCopy(doc: ArgumentMap, name: string): EditResult {
  const student = name.trim();
  if (isBlank(student)) return refused("a copy needs the student's name");
  if (Array.from(student).length > 200) return refused("a name has at most 200 characters");
  return {
    ok: true,
    doc: produceMap(doc, (draft) => {
      delete draft.map.feedback;
      if (doc.map.student?.name !== student) draft.map.student = { name: student };
      // Only the points that had feedback are drafted; the others stay the very same records.
      doc.nodes.forEach((node, i) => {
        if (node.feedback !== undefined) delete (draft.nodes[i] as ArgNode).feedback;
      });
    }),
  };
}

/** What the student hands in is named after the assignment and the student: `Map the critiques - Sam`. */
export function handInName(doc: ArgumentMap): string {
  const title = doc.map.assignment?.title ?? doc.map.title;
  const student = doc.map.student?.name;
  return student === undefined ? title : `${title} - ${student}`;
}

/** The kinds a student may add to this map: all of them unless the assignment names some. */
export function allowedKinds(doc: ArgumentMap): readonly NodeKind[] {
  return doc.map.assignment?.allowedKinds ?? NODE_KINDS;
}

export function isLocked(doc: ArgumentMap, id: string): boolean {
  return lockedIds(doc).has(id);
}

const lockedSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/** The locked points as a set, built once per list: every node on the canvas asks. */
export function lockedIds(doc: ArgumentMap): ReadonlySet<string> {
  const locked = doc.map.assignment?.locked;
  if (!locked || locked.length === 0) return NONE;
  let set = lockedSets.get(locked);
  if (!set) {
    set = new Set(locked);
    lockedSets.set(locked, set);
  }
  return set;
}

const NO_STEMS: readonly string[] = [];

/** The sentence starters the teacher offers for a kind (one shared empty list when there are none). */
export function stemsFor(doc: ArgumentMap, kind: NodeKind): readonly string[] {
  return doc.map.assignment?.stems?.[kind] ?? NO_STEMS;
}
