/** The contributions worker's work (contribution.worker.ts), apart from the worker, so it is tested without one. */
import { contributions } from "../../analysis";
import type { ContributionAnswer, ContributionRequest } from "./contribution-messages";
import { mapForScoring } from "./scoring-input";

export function answerContributionRequest({
  ticket,
  input,
  semantics,
  nodeId,
}: ContributionRequest): ContributionAnswer {
  try {
    const report = contributions(mapForScoring(input), nodeId, semantics);
    if (report === undefined) return { ticket, error: `the map has no point ${JSON.stringify(nodeId)}` };
    return { ticket, report };
  } catch (error) {
    return { ticket, error: error instanceof Error ? error.message : String(error) };
  }
}
