/**
 * Deleting a map keeps everything it removed in memory, so the session can offer "Undo delete"; and
 * the raw text of a map that could not be read can still be handed to the user to keep or repair.
 */
import type { MapLibrary } from "./map-library";
import { mapKey } from "./storage-keys";
import { decodeStoredHeader, decodeStoredPayload } from "./stored-map-codec";

export interface RemovedMap {
  id: string;
  title: string;
  /** Every key and value removed, in the order they are put back. */
  items: Array<[string, string]>;
}

export function removeMap(library: MapLibrary, id: string, title: string): RemovedMap {
  const items: Array<[string, string]> = [];
  for (const key of library.keysOf(id)) {
    const value = library.get(key);
    if (typeof value !== "string") continue;
    try {
      library.storage.removeItem(key);
      items.push([key, value]);
    } catch {
      // Could not remove it: nothing to put back either.
    }
  }
  library.unblock(id);
  return { id, title, items };
}

export type RestoreResult = "restored" | "taken" | "quota" | "unavailable";

/** Puts a removed map back, unless its id was taken again in the meantime. */
export function restoreMap(library: MapLibrary, removed: RemovedMap): RestoreResult {
  if (library.get(mapKey(removed.id))) return "taken";
  const written: string[] = [];
  for (const [key, value] of removed.items) {
    const failure = library.set(key, value);
    if (failure) {
      // All or nothing: half a map back would look restored but could not be opened.
      for (const done of written) {
        try {
          library.storage.removeItem(done);
        } catch {
          // Storage went away; what was written stays, and the next listing shows it.
        }
      }
      return failure;
    }
    written.push(key);
  }
  return "restored";
}

/**
 * The best text to give the user for a map: its JSON when the wrapper can still be decoded (so it can
 * be repaired and imported), otherwise exactly what is stored.
 */
export function recoverableText(library: MapLibrary, id: string): string | null {
  const raw = library.get(mapKey(id));
  if (typeof raw !== "string") return null;
  const decoded = decodeStoredHeader(raw);
  if (!decoded.ok) return raw;
  const payload = decodeStoredPayload(raw, decoded);
  return payload.ok ? payload.text : raw;
}
