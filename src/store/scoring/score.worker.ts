/**
 * The scoring worker: scores big maps off the page's thread (see sized-scorer.ts) with the same pure
 * functions as the page, so its results are the page's to the bit.
 */
import { answerScoreRequest } from "./answer-score-request";
import type { ScoreAnswer, ScoreRequest } from "./score-messages";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ScoreRequest>) => void) | null;
  postMessage(message: ScoreAnswer, transfer: Transferable[]): void;
};

scope.onmessage = (event) => scope.postMessage(...answerScoreRequest(event.data));
