/**
 * The map-compression worker: deflates one big map's JSON for storage off the page's thread, at the
 * slower, smaller level the page cannot afford.
 */
import { compressedPayload, type StoredPayload } from "./stored-map-codec";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(message: StoredPayload): void;
};

scope.onmessage = (event) => {
  scope.postMessage(compressedPayload(event.data, 6));
};
