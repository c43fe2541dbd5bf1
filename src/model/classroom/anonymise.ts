/**
 * Anonymised class work: every student's name becomes "Student 1", "Student 2"... in the order the names
 * first appear, the same name always the same pseudonym across all the maps anonymised together. Names
 * are replaced where the classroom fields keep them (`map.student`, `addedBy`, `ratings`), nowhere else:
 * `attribution` names who argues a point in the debate, not a student. Because pseudonyms follow the
 * order of appearance, anonymising work already anonymised gives the same names again.
 */
import { produceMap } from "../operations/draft";
import type { ArgNode, ArgumentMap, Rating } from "../schema";
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

/**
 * Replaces names found in `names`; a name it lacks is kept (pass the pseudonyms of every map concerned).
 * Only what names a student is drafted, so a point nobody is named on stays the very same record.
 */
export function renameStudents(doc: ArgumentMap, names: ReadonlyMap<string, string>): ArgumentMap {
  const renamed = (name: string) => {
    const pseudonym = names.get(name);
    return pseudonym !== undefined && pseudonym !== name ? pseudonym : undefined;
  };
  return produceMap(doc, (draft) => {
    const student = doc.map.student && renamed(doc.map.student.name);
    if (student !== undefined && draft.map.student) draft.map.student.name = student;
    doc.nodes.forEach((node, i) => {
      const addedBy = node.addedBy === undefined ? undefined : renamed(node.addedBy);
      if (addedBy !== undefined) (draft.nodes[i] as ArgNode).addedBy = addedBy;
      node.ratings?.forEach((rating, r) => {
        const by = renamed(rating.by);
        if (by !== undefined) ((draft.nodes[i] as ArgNode).ratings?.[r] as Rating).by = by;
      });
    });
  });
}
