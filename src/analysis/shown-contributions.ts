/**
 * Contributions as a reader sees them: two decimals each, the largest few by name and the rest
 * together, rounded so that the figures on screen add up to the change on screen (the strength shown
 * minus the base shown), never to a total a hundredth off it.
 */
import type { ContributionReport } from "./contributions";

export interface ShownFigure {
  /** The point, or null for "the others" taken together. */
  id: string | null;
  /** How many points the figure stands for (1, or the number of others). */
  count: number;
  /** The contribution itself (the sum of the others' for "the others"). */
  value: number;
  /** The contribution rounded to hundredths so that the shown figures add up to `change`. */
  shown: number;
  /** t's strength without the point (removal), for a single point. */
  without?: number;
}

export interface ShownContributions {
  base: number;
  strength: number;
  /** The strength shown minus the base shown, in hundredths as a number (e.g. -0.54). */
  change: number;
  figures: ShownFigure[];
  /** t's own attack on itself, which stays when every other point is gone: strength alone minus base. */
  itself: ShownFigure | null;
}

/** The `limit` largest contributions by name, the rest together, rounded to add up. */
export function shownContributions(report: ContributionReport, limit = 6): ShownContributions {
  const named =
    report.contributions.length <= limit + 1 ? report.contributions : report.contributions.slice(0, limit);
  const rest = report.contributions.slice(named.length);
  const figures: ShownFigure[] = named.map((c) => ({
    id: c.id,
    count: 1,
    value: c.shapley,
    shown: 0,
    without: report.strength - c.removal,
  }));
  if (rest.length > 0) {
    figures.push({
      id: null,
      count: rest.length,
      value: rest.reduce((sum, c) => sum + c.shapley, 0),
      shown: 0,
    });
  }
  const itselfValue = report.alone - report.base;
  const itself: ShownFigure | null =
    Math.abs(itselfValue) > 1e-12 ? { id: report.node, count: 1, value: itselfValue, shown: 0 } : null;
  const all = itself === null ? figures : [...figures, itself];
  const total = hundredths(report.strength) - hundredths(report.base);
  const rounded = roundToTotal(
    all.map((figure) => figure.value * 100),
    total,
  );
  all.forEach((figure, i) => {
    figure.shown = (rounded[i] as number) / 100;
  });
  return { base: report.base, strength: report.strength, change: total / 100, figures, itself };
}

function hundredths(x: number): number {
  return Math.round(x * 100);
}

/**
 * Whole numbers near `values` that add up to `total`: the gap between the exact sum and the total
 * (under one unit per value when the values add up to within rounding of it) is shared in proportion
 * to each value's size, then the values are floored and the units left over go to the largest
 * remainders (the largest-remainder method).
 */
export function roundToTotal(values: readonly number[], total: number): number[] {
  if (values.length === 0) return [];
  const sum = values.reduce((a, b) => a + b, 0);
  const size = values.reduce((a, b) => a + Math.abs(b), 0);
  const gap = total - sum;
  const adjusted = values.map((v) => v + (size > 0 ? (gap * Math.abs(v)) / size : gap / values.length));
  const floors = adjusted.map((v) => Math.floor(v + 1e-9));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = adjusted
    .map((v, i) => ({ i, remainder: v - (floors[i] as number) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (let k = 0; left > 0 && k < order.length; k++, left--) {
    const i = (order[k] as { i: number }).i;
    floors[i] = (floors[i] as number) + 1;
  }
  // A value a hair under a whole number floors up; take such units back from the smallest remainders.
  for (let k = order.length - 1; left < 0 && k >= 0; k--, left++) {
    const i = (order[k] as { i: number }).i;
    floors[i] = (floors[i] as number) - 1;
  }
  return floors;
}
