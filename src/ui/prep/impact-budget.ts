/**
 * Each point measured costs one scoring of the whole map, so the tab measures fewer points than the
 * analysis core allows, and fewer still the larger the map (about IMPACT_BUDGET nodes scored per side):
 * otherwise the lists would take seconds after every edit of a large map (bench/prep-checklist.bench.ts).
 * What is left out is said, never hidden.
 */
const IMPACT_BUDGET = 12_000;
const MOST_MEASURED = 60;
const FEWEST_MEASURED = 5;

export function impactLimit(nodeCount: number): number {
  return Math.min(
    MOST_MEASURED,
    Math.max(FEWEST_MEASURED, Math.floor(IMPACT_BUDGET / Math.max(1, nodeCount))),
  );
}
