/**
 * The import-reading worker: reads one imported text off the page's thread, so a file that is slow or
 * built to be slow to read never stops the page, and the page can end the worker when it takes too long.
 */
import { answerReadingRequest } from "./answer-reading-request";
import type { ReadingAnswer, ReadingRequest } from "./import-reading-messages";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadingRequest>) => void) | null;
  postMessage(message: ReadingAnswer): void;
};

scope.onmessage = (event) => {
  void answerReadingRequest(event.data).then((answer) => scope.postMessage(answer));
};
