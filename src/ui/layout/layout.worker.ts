/**
 * The layout worker: lays big maps out off the page's thread (see worker-layout.ts) with the same
 * functions as the page, so a map comes out the same wherever it was laid out.
 */
import { answerLayoutRequest } from "./answer-layout-request";
import type { LayoutAnswer, LayoutRequest } from "./layout-messages";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutAnswer, transfer: Transferable[]): void;
};

scope.onmessage = (event) => scope.postMessage(...answerLayoutRequest(event.data));
