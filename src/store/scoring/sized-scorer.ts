/** The app's scorer: small maps scored at once on the page, big ones in the scoring worker. */
import type { ArgumentMap } from "../../model/schema";
import { type Scorer, scoreMap } from "../score-store";
import type { WorkerScorer } from "./worker-scorer";

/**
 * From this many points a map goes to the worker. Below it scoring an edit takes a few milliseconds,
 * well inside a frame, and scoring at once lets the essay map and the tests see scores without
 * waiting; from a few thousand points scoring (with the rendering an edit causes) makes tasks that
 * block the page for over 50 ms (`npm run bench:edit-tasks`).
 */
export const WORKER_THRESHOLD = 2_000;
/**
 * Relations count too: a dense map of 500 points and 250,000 relations took a fifth of a second to score
 * on the page. A tree of WORKER_THRESHOLD points has about as many relations again.
 */
export const WORKER_THRESHOLD_ITEMS = 2 * WORKER_THRESHOLD;

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
    isBigToScore(doc) && remote.usable()
      ? later(() => remote.score(doc, semantics))
      : scoreMap(doc, semantics);
}

function isBigToScore(doc: ArgumentMap): boolean {
  return (
    doc.nodes.length >= WORKER_THRESHOLD || doc.nodes.length + doc.edges.length >= WORKER_THRESHOLD_ITEMS
  );
}
