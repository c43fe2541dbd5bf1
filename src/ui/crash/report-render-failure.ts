import type { App } from "../../app/create-app";

/** Tells the library that part of the page failed to draw the open map (see KeepCore.renderFailed). */

export function reportRenderFailure(app: App, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  // Before the library has started, no library map is open and nothing is being saved.
  if (app.keep.started) app.keep.renderFailed(message || "an unexpected error");
}
