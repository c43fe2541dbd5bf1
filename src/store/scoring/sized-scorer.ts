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

/** Runs `work` in a task of its own, after the one that asked for it. */
export type Later = <T>(work: () => Promise<T>) => Promise<T>;

/** A task of its own through a timer: the page draws the edit first, if it is due to draw. */
export const inNextTask: Later = (work) =>
  new Promise((resolve, reject) => {
    setTimeout(() => work().then(resolve, reject), 0);
  });

/**
 * A big map is sent to the worker in a task after the edit's own: copying what scoring reads of
 * thousands of points into the message takes tens of milliseconds, which the key press that made the
 * edit need not wait for. The scores are the worker's anyway, a moment later.
 */
export function sizedScorer(
  remote: Pick<WorkerScorer, "score" | "usable">,
  later: Later = inNextTask,
): Scorer {
  return (doc, semantics) =>
    doc.nodes.length >= WORKER_THRESHOLD && remote.usable()
      ? later(() => remote.score(doc, semantics))
      : scoreMap(doc, semantics);
}
