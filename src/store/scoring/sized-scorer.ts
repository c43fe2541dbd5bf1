/** The app's scorer: small maps scored at once on the page, big ones in the scoring worker. */
import { type Scorer, scoreMap } from "../score-store";
import type { WorkerScorer } from "./worker-scorer";

/**
 * From this many points a map goes to the worker. Below it scoring an edit takes a few milliseconds,
 * well inside a frame, and scoring at once lets the essay map and the tests see scores without
 * waiting; from a few thousand points scoring (with the rendering an edit causes) makes tasks that
 * block the page for over 50 ms (`npm run bench:edit-tasks`).
 */
export const WORKER_THRESHOLD = 2_000;

export function sizedScorer(remote: Pick<WorkerScorer, "score" | "usable">): Scorer {
  return (doc, semantics) =>
    doc.nodes.length >= WORKER_THRESHOLD && remote.usable()
      ? remote.score(doc, semantics)
      : scoreMap(doc, semantics);
}
