/** Tells the library that part of the page failed to draw the open map (see KeepCore.renderFailed). */
import { keepSession } from "../../store/persistence/start-keep";

export function reportRenderFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  // Before the library has started, no library map is open and nothing is being saved.
  keepSession()?.renderFailed(message || "an unexpected error");
}
