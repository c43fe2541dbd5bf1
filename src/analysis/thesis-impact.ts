/**
 * How much each point moves the thesis: the thesis's strength with the map as it is, minus its strength
 * with that point (and every relation from, to or about it) taken out. A positive change means the
 * point holds the thesis up; a negative one that it pulls the thesis down.
 *
 * Each point costs one recomputation of the map, so the points asked about are capped (a map of 100,000
 * nodes would take minutes); the cap is reported, never applied silently.
 */
import type { ArgumentMap } from "../model/schema";
import { DEFAULT_SEMANTICS, type GradualSemantics } from "./semantics";
import { computeStrengths } from "./strengths";

export const DEFAULT_IMPACT_LIMIT = 200;

export interface PointImpact {
  id: string;
  /** Thesis strength with the point, minus without it. */
  change: number;
}

export interface ThesisImpact {
  thesisId: string;
  /** The thesis's strength in the map as it is. */
  strength: number;
  impacts: PointImpact[];
  /** How many of the points asked about were left out by the cap. */
  leftOut: number;
}

export interface ImpactOptions {
  semantics?: GradualSemantics;
  /** At most this many points are measured (default 200), in the order given. */
  limit?: number;
}

export function thesisImpact(
  doc: ArgumentMap,
  thesisId: string,
  pointIds: readonly string[],
  options: ImpactOptions = {},
): ThesisImpact {
  const semantics = options.semantics ?? DEFAULT_SEMANTICS;
  const limit = options.limit ?? DEFAULT_IMPACT_LIMIT;
  const strengthOf = (map: ArgumentMap) => {
    const { strengths } = computeStrengths(map, semantics);
    return Object.hasOwn(strengths, thesisId) ? (strengths[thesisId] as number) : Number.NaN;
  };
  const strength = strengthOf(doc);
  const measured = pointIds.filter((id) => id !== thesisId).slice(0, limit);
  const impacts = measured.map((id) => ({ id, change: strength - strengthOf(withoutPoint(doc, id)) }));
  return {
    thesisId,
    strength,
    impacts,
    leftOut: Math.max(0, pointIds.length - measured.length - (pointIds.includes(thesisId) ? 1 : 0)),
  };
}

/** The map without one point: its relations go with it, and so do undercuts of those relations. */
export function withoutPoint(doc: ArgumentMap, id: string): ArgumentMap {
  const gone = new Set<string>();
  for (const edge of doc.edges) if (edge.from === id || edge.to === id) gone.add(edge.id);
  const edges = doc.edges.filter((edge) => !gone.has(edge.id) && !gone.has(edge.to));
  return { ...doc, nodes: doc.nodes.filter((node) => node.id !== id), edges };
}
