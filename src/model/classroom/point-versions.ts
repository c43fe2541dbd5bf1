/**
 * The versions of one point across the copies of a class. A version is what a student decides about a
 * point: its words, its kind and the relations it makes (its outgoing edges), with every other field of
 * the point. Scores are not part of it: each copy's score becomes that student's rating instead, and
 * feedback belongs to one student's copy, not to the class.
 */
import type { ArgEdge, ArgNode } from "../schema";
import { stableJson } from "./stable-json";

export type PointContent = Omit<ArgNode, "base" | "ratings" | "feedback">;

export interface PointVersion {
  /** The students whose copies have the point this way, in the merge's order. */
  copies: string[];
  node: PointContent;
  /** The relations the point makes, as edges of the merged map, in its first holder's order. */
  edges: ArgEdge[];
}

/** The parts of a point in which two versions can differ, in the order a conflict names them. */
export const CONFLICT_FIELDS = [
  "kind",
  "text",
  "relations",
  "label",
  "attribution",
  "tags",
  "sourceIds",
  "quote",
  "notes",
  "speech",
  "meta",
] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

export function pointContent(node: ArgNode): PointContent {
  const { base: _base, ratings: _ratings, feedback: _feedback, ...content } = node;
  return content;
}

/** Equal for two versions exactly when they agree on every field and on the set of relations. */
export function versionKey(node: PointContent, edges: readonly ArgEdge[]): string {
  return stableJson({ node, edges: relationsKey(edges) });
}

/** Tells one version from another across merges: a choice made before more copies came still finds it. */
export function versionIdentity(version: PointVersion): string {
  return versionKey(version.node, version.edges);
}

/** The fields in which `other` differs from `chosen`. */
export function differingFields(chosen: PointVersion, other: PointVersion): ConflictField[] {
  return CONFLICT_FIELDS.filter((field) =>
    field === "relations"
      ? relationsKey(chosen.edges) !== relationsKey(other.edges)
      : stableJson(chosen.node[field]) !== stableJson(other.node[field]),
  );
}

function relationsKey(edges: readonly ArgEdge[]): string {
  return stableJson(edges.map(stableJson).sort());
}

/** Collects versions of one point, merging copies that agree. */
export class VersionList {
  readonly versions: PointVersion[] = [];
  private readonly byKey = new Map<string, PointVersion>();

  add(student: string, node: PointContent, edges: ArgEdge[]): void {
    const key = versionKey(node, edges);
    const known = this.byKey.get(key);
    if (known) {
      known.copies.push(student);
      return;
    }
    const version = { copies: [student], node, edges };
    this.byKey.set(key, version);
    this.versions.push(version);
  }

  /** The version most copies share; on a tie, the earliest in the merge's order. */
  mostShared(): number {
    let best = 0;
    this.versions.forEach((version, i) => {
      if (version.copies.length > (this.versions[best] as PointVersion).copies.length) best = i;
    });
    return best;
  }
}
