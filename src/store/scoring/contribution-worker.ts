/**
 * Contributions for the Why tab and the Prep checklist: exact ones (at most 12 points reach the point,
 * a millisecond or so) at once on the page; sampled ones, which take tens to hundreds of milliseconds,
 * in a worker that works on the latest request only (../workers/latest-only-worker.ts), so moving the
 * selection quickly sends only the last point. Once the worker has failed, or where there is none, the
 * page works them out itself.
 */
import {
  type CompiledMap,
  type ContributionReport,
  contributions,
  contributorCount,
  DEFAULT_EXACT_LIMIT,
  type GradualSemantics,
} from "../../analysis";
import type { ArgumentMap } from "../../model/schema";
import { latestOnlyWorker, type WorkerLike } from "../workers/latest-only-worker";
import type { ContributionAnswer, ContributionRequest } from "./contribution-messages";
import { scoringInput, transferablesOf } from "./scoring-input";

export { SupersededError } from "../workers/latest-only-worker";

export type ContributionWorkerLike = WorkerLike<ContributionRequest, ContributionAnswer>;

interface Job {
  doc: ArgumentMap;
  semantics: GradualSemantics;
  nodeId: string;
}

export interface ContributionSource {
  doc: ArgumentMap;
  compiled: CompiledMap;
  semantics: GradualSemantics;
}

/** A report ready now, or one on its way from the worker; undefined for an id the map lacks. */
export type ContributionLookup =
  | { now: ContributionReport }
  | { later: Promise<ContributionReport> }
  | undefined;

export function contributionWorker(start: (() => ContributionWorkerLike) | null) {
  const worker = latestOnlyWorker<Job, ContributionRequest, ContributionAnswer, ContributionReport>({
    name: "contributions",
    start,
    request: ({ doc, semantics, nodeId }, ticket) => {
      const input = scoringInput(doc);
      return [{ ticket, input, semantics, nodeId }, transferablesOf(input)];
    },
    result: (_job, answer) => {
      if ("error" in answer) throw new Error(`The contributions could not be worked out: ${answer.error}`);
      return answer.report;
    },
  });
  // Answers by compiled map (one per version of the map scored), semantics and point, so the Why tab
  // and the Prep checklist asking about the thesis share one piece of work.
  const answers = new WeakMap<CompiledMap, Map<string, ContributionLookup>>();
  return {
    lookUp(source: ContributionSource, nodeId: string): ContributionLookup {
      const known = answers.get(source.compiled) ?? new Map<string, ContributionLookup>();
      answers.set(source.compiled, known);
      const key = `${source.semantics} ${nodeId}`;
      if (known.has(key)) return known.get(key);
      const lookup = work(source, nodeId);
      known.set(key, lookup);
      // A request replaced by a later one, or one that failed, is asked again next time.
      if (lookup !== undefined && "later" in lookup) lookup.later.catch(() => known.delete(key));
      return lookup;
    },
  };

  function work(source: ContributionSource, nodeId: string): ContributionLookup {
    const count = contributorCount(source.compiled, nodeId);
    if (count === undefined) return undefined;
    if (count > DEFAULT_EXACT_LIMIT && worker.usable()) {
      return { later: worker.run({ doc: source.doc, semantics: source.semantics, nodeId }) };
    }
    return { now: contributions(source.compiled, nodeId, source.semantics) as ContributionReport };
  }
}

export type ContributionWorker = ReturnType<typeof contributionWorker>;

function startContributionWorker(): ContributionWorkerLike {
  // Written out in the call, as Vite needs it to build the worker as a chunk of its own.
  return new Worker(new URL("./contribution.worker.ts", import.meta.url), {
    type: "module",
    name: "contributions",
  });
}

/** The page's contributions worker; never usable where there are no workers (jsdom, for one). */
export const pageContributions: ContributionWorker = contributionWorker(
  typeof Worker === "undefined" ? null : startContributionWorker,
);
