/**
 * The contributions worker: works out the Shapley contributions that take longer than a frame (the
 * sampled ones) off the page's thread, with the same pure functions as the page.
 */
import { answerContributionRequest } from "./answer-contribution-request";
import type { ContributionAnswer, ContributionRequest } from "./contribution-messages";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ContributionRequest>) => void) | null;
  postMessage(message: ContributionAnswer): void;
};

scope.onmessage = (event) => scope.postMessage(answerContributionRequest(event.data));
