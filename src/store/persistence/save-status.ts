/** What the autosave tells the user about the open map. */
import type { BlockReason } from "./map-library";

export type SaveStatus =
  /** No library map is open (the library is still loading, or the open map is never saved). */
  | { state: "idle" }
  | { state: "saved"; savedAt: string }
  /** Changes are waiting for the debounce or being written: "Saving…". */
  | { state: "pending" }
  /** The last write failed; the changes are kept in memory and the write is retried. */
  | { state: "unsaved"; reason: "quota" | "unavailable"; message: string }
  /** Another tab saved newer work; nothing is written until the user chooses. */
  | { state: "conflict"; storedRevision: number; message: string }
  /** The stored map could not be read, or is newer than this version reads: never written over. */
  | { state: "blocked"; reason: BlockReason; message: string }
  /** Part of the page failed to draw: nothing more is written this session (see KeepCore.renderFailed). */
  | { state: "stopped"; message: string };

export function holdsWrites(status: SaveStatus): boolean {
  return status.state === "conflict" || status.state === "blocked" || status.state === "stopped";
}

/** True when the open map has changes that are not in storage, which leaving the page would lose. */
export function changesNotStored(status: SaveStatus): boolean {
  return status.state === "pending" || status.state === "unsaved" || status.state === "conflict";
}
