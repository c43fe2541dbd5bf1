/** A class map's scores: each student's base score for a point is one rating, and the point's base is their mean. */
import type { Rating } from "../schema";

export function meanRating(ratings: readonly Rating[]): number {
  let sum = 0;
  for (const rating of ratings) sum += rating.base;
  // Rounding can leave a mean of equal scores a hair outside [0, 1]; the format allows nothing outside.
  return Math.min(1, Math.max(0, sum / ratings.length));
}
