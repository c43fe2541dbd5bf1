/**
 * Scores maps in a worker that works on the latest request only (see ../workers/latest-only-worker.ts):
 * a request replaced by a later one is rejected as superseded (the store drops answers for replaced
 * maps anyway), so dragging a what-if slider on a big map never piles up work. A request the worker
 * could not score is rejected with its message; once the worker has failed, the page scores at once
 * (see sized-scorer.ts).
 */
import {
  type CompiledMap,
  compileMap,
  type GradualSemantics,
  labellingOf,
  strengthRecordOf,
} from "../../analysis";
import { graphIndex } from "../../model/graph-index";
import type { ArgumentMap } from "../../model/schema";
import type { ScoreResults } from "../score-store";
import { latestOnlyWorker, type WorkerLike as WorkerLikeOf } from "../workers/latest-only-worker";

export { SupersededError } from "../workers/latest-only-worker";

import type { ScoreAnswer, ScoreRequest } from "./score-messages";
import { scoringInput, transferablesOf } from "./scoring-input";

/** The part of a Worker this uses. */
export type WorkerLike = WorkerLikeOf<ScoreRequest, ScoreAnswer>;

interface Job {
  doc: ArgumentMap;
  semantics: GradualSemantics;
}

/**
 * The results for the page's own map, its ids put to the worker's numbers (the graph index of this
 * version is the page's already, made when the edit was); compiled again here only when an explanation
 * asks for it.
 */
function resultsOf(doc: ArgumentMap, answer: Exclude<ScoreAnswer, { error: string }>): ScoreResults {
  let compiled: CompiledMap | undefined;
  const { ids } = graphIndex(doc);
  return {
    doc,
    vector: answer.vector,
    strengths: strengthRecordOf(ids, answer.strengths),
    labelling: labellingOf(ids, answer, answer.ignored),
    get compiled() {
      // Compiling is deterministic, so its slots are the worker's, which the vector's values follow.
      compiled ??= compileMap(doc);
      return compiled;
    },
  };
}

export function workerScorer(start: (() => WorkerLike) | null) {
  const worker = latestOnlyWorker<Job, ScoreRequest, ScoreAnswer, ScoreResults>({
    name: "scoring",
    start,
    request: ({ doc, semantics }, ticket) => {
      const input = scoringInput(doc);
      return [{ ticket, input, semantics }, transferablesOf(input)];
    },
    result: (job, answer) => {
      if ("error" in answer) throw new Error(`The scoring worker could not score the map: ${answer.error}`);
      return resultsOf(job.doc, answer);
    },
  });
  return {
    /** False once the worker has failed (or where there is none): score on the page instead. */
    usable: worker.usable,
    score: (doc: ArgumentMap, semantics: GradualSemantics): Promise<ScoreResults> =>
      worker.run({ doc, semantics }),
  };
}

export type WorkerScorer = ReturnType<typeof workerScorer>;
