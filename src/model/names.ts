/**
 * The words a person reads for each kind of point and each relation. Every view, export and message takes
 * them from here, so a kind is never called one thing on the canvas and another in a brief or a picture.
 */
import type { NodeKind, Relation } from "./schema";

/** A kind of point as a noun: "Critique". */
export const KIND_NAMES: Readonly<Record<NodeKind, string>> = {
  thesis: "Thesis",
  claim: "Claim",
  evidence: "Evidence",
  critique: "Critique",
  rebuttal: "Rebuttal",
};

/** A relation as the verb between its two ends: "A attacks B". */
export const RELATION_NAMES: Readonly<Record<Relation, string>> = {
  support: "supports",
  attack: "attacks",
  undercut: "undercuts",
};

/** The noun for a kind that may be anything a file says (an imported or damaged map), falling back to the word itself. */
export function kindName(kind: string): string {
  return (KIND_NAMES as Readonly<Record<string, string>>)[kind] ?? kind;
}
