/**
 * How much a class disagrees about each point: the spread of the students' ratings (their standard
 * deviation, from 0 when all agree to 0.5 when half say 0 and half say 1). Derived, never stored.
 */
import type { ArgumentMap, Rating } from "../model/schema";

export interface PointAgreement {
  id: string;
  /** Number of ratings. */
  count: number;
  mean: number;
  /** 0 with fewer than two ratings: one student cannot disagree with themselves. */
  spread: number;
  lowest: number;
  highest: number;
}

export function ratingSpread(ratings: readonly Rating[]): number {
  if (ratings.length < 2) return 0;
  const mean = ratings.reduce((sum, rating) => sum + rating.base, 0) / ratings.length;
  const variance = ratings.reduce((sum, rating) => sum + (rating.base - mean) ** 2, 0) / ratings.length;
  return Math.sqrt(variance);
}

export function pointAgreement(id: string, ratings: readonly Rating[]): PointAgreement {
  const bases = ratings.map((rating) => rating.base);
  return {
    id,
    count: ratings.length,
    mean: bases.reduce((sum, base) => sum + base, 0) / Math.max(1, bases.length),
    spread: ratingSpread(ratings),
    lowest: Math.min(...bases),
    highest: Math.max(...bases),
  };
}

/** The rated points, the most disputed first (ties in the map's order). */
export function disagreement(doc: ArgumentMap): PointAgreement[] {
  return doc.nodes
    .filter((node) => node.ratings !== undefined && node.ratings.length > 0)
    .map((node) => pointAgreement(node.id, node.ratings ?? []))
    .map((agreement, order) => ({ agreement, order }))
    .sort((a, b) => b.agreement.spread - a.agreement.spread || a.order - b.order)
    .map(({ agreement }) => agreement);
}
