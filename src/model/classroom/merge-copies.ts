/**
 * Merging a class: several students' copies of one assignment become one map. Points that share an id
 * are one point; what students added stays, with its author (`addedBy`); each copy's base score for a
 * point becomes that student's rating and the point's base their mean. Where copies made different
 * edits to one point, each different version is listed as a conflict, and the map shows the version
 * most copies share until the teacher chooses another (`applyChoices`). The result does not depend on
 * the order the copies come in.
 */
import type { ArgumentMap } from "../schema";
import { assembleMerge, chosenVersion } from "./assemble-merge";
import { type ClassCopy, type MergePlan, planMerge } from "./merge-plan";
import { CONFLICT_FIELDS, type ConflictField, differingFields, type PointVersion } from "./point-versions";

export type { ClassCopy } from "./merge-plan";
export type { ConflictField, PointContent, PointVersion } from "./point-versions";
export { versionIdentity } from "./point-versions";

export interface MergeConflict {
  /** The point's id in the merged map. */
  pointId: string;
  /** What the versions disagree about. */
  fields: ConflictField[];
  /** Two or more versions, each with the students whose copies have it. */
  versions: PointVersion[];
  /** The version the merged map has now. */
  chosen: number;
}

export interface ClassMerge {
  doc: ArgumentMap;
  conflicts: MergeConflict[];
  /** Whose copies were merged, made unique ("Sam", "Sam (2)"). */
  students: string[];
  /** The name each copy counts under, in the order the copies were given. */
  owners: string[];
  /** What the merge did that the teacher should know: renamed ids, left-out feedback, dropped undercuts. */
  notes: string[];
  readonly plan: MergePlan;
}

export function mergeCopies(copies: readonly ClassCopy[]): ClassMerge {
  if (copies.length === 0) throw new RangeError("a merge needs at least one copy");
  return build(planMerge(copies), new Map());
}

/**
 * The class map with the teacher's choices: for some conflicting points (by id), the index of the
 * version to keep. Choices are made against the merge, not the map as edited since, so choosing again
 * can always bring back what an earlier choice left out.
 */
export function applyChoices(merge: ClassMerge, choices: ReadonlyMap<string, number>): ClassMerge {
  return build(merge.plan, choices);
}

function build(plan: MergePlan, choices: ReadonlyMap<string, number>): ClassMerge {
  const { doc, notes } = assembleMerge(plan, choices);
  const conflicts: MergeConflict[] = [];
  for (const point of plan.points) {
    if (point.versions.length < 2) continue;
    const current = chosenVersion(point, choices);
    const fields = new Set<ConflictField>();
    for (const other of point.versions)
      for (const field of differingFields(current, other)) fields.add(field);
    conflicts.push({
      pointId: point.id,
      fields: CONFLICT_FIELDS.filter((field) => fields.has(field)),
      versions: point.versions,
      chosen: point.versions.indexOf(current),
    });
  }
  return { doc, conflicts, students: plan.students, owners: plan.owners, notes, plan };
}
