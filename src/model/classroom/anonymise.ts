/**
 * Anonymised class work: every student's name becomes "Student 1", "Student 2"... in the order the names
 * first appear, the same name always the same pseudonym across all the maps anonymised together. Names
 * are replaced where the classroom fields keep them (`map.student`, `addedBy`, `ratings`), nowhere else:
 * `attribution` names who argues a point in the debate, not a student. Because pseudonyms follow the
 * order of appearance, anonymising work already anonymised gives the same names again.
 */
import type { ArgNode, ArgumentMap } from "../schema";
import { isBlank } from "../text";

/** Each student name in the maps, in order of first appearance, with its pseudonym. */
export function pseudonyms(docs: readonly ArgumentMap[]): Map<string, string> {
  const names = new Map<string, string>();
  const see = (name: string | undefined) => {
    if (name !== undefined && !isBlank(name) && !names.has(name))
      names.set(name, `Student ${names.size + 1}`);
  };
  for (const doc of docs) {
    see(doc.map.student?.name);
    for (const node of doc.nodes) {
      see(node.addedBy);
      for (const rating of node.ratings ?? []) see(rating.by);
    }
  }
  return names;
}

/** The maps with their student names replaced, consistently across all of them. */
export function anonymiseMaps(docs: readonly ArgumentMap[]): ArgumentMap[] {
  const names = pseudonyms(docs);
  return docs.map((doc) => renameStudents(doc, names));
}

/** Replaces names found in `names`; a name it lacks is kept (pass the pseudonyms of every map concerned). */
export function renameStudents(doc: ArgumentMap, names: ReadonlyMap<string, string>): ArgumentMap {
  const rename = (name: string) => names.get(name) ?? name;
  const student = doc.map.student;
  return {
    ...doc,
    map: student ? { ...doc.map, student: { ...student, name: rename(student.name) } } : doc.map,
    nodes: doc.nodes.map((node) => renameInNode(node, rename)),
  };
}

function renameInNode(node: ArgNode, rename: (name: string) => string): ArgNode {
  if (node.addedBy === undefined && node.ratings === undefined) return node;
  const out = { ...node };
  if (node.addedBy !== undefined) out.addedBy = rename(node.addedBy);
  if (node.ratings) out.ratings = node.ratings.map((rating) => ({ ...rating, by: rename(rating.by) }));
  return out;
}
