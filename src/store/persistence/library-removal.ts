/**
 * Deleting a map keeps everything it removed in memory, so the session can offer "Undo delete"; and
 * the raw text of a map that could not be read can still be handed to the user to keep or repair.
 */
import { describeStorageError, type MapLibrary } from "./map-library";
import { mapKey } from "./storage-keys";
import { decodeStoredHeader, decodeStoredPayload } from "./stored-map-codec";

export interface RemovedMap {
  id: string;
  title: string;
  /** Every key and value removed, in the order they are put back. */
  items: Array<[string, string]>;
  /** False when storage could not list the map's backups, which may then still be stored. */
  backupsListed: boolean;
}

export type RemoveResult =
  | { ok: true; removed: RemovedMap }
  /** Nothing was deleted (what had been removed was put back), or, if `putBack` is false, part of it was. */
  | { ok: false; message: string; putBack: boolean };

/** Removes every key of a map, or none: a half-removed map would be listed but could not be opened. */
export function removeMap(library: MapLibrary, id: string, title: string): RemoveResult {
  const items: Array<[string, string]> = [];
  const { keys, complete } = library.keysOf(id);
  for (const key of keys) {
    const value = library.get(key);
    if (value === null) continue;
    try {
      if (value === undefined) throw new Error("unreadable");
      library.storage.removeItem(key);
      items.push([key, value]);
    } catch (error) {
      const putBack = items.every(([done, text]) => library.set(done, text) === null);
      return { ok: false, message: describeStorageError(error), putBack };
    }
  }
  library.unblock(id);
  return { ok: true, removed: { id, title, items, backupsListed: complete } };
}

export type RestoreResult = "restored" | "taken" | "quota" | "unavailable";

/**
 * Puts a removed map back, unless its id was taken again in the meantime. All or nothing: when a write
 * fails, what was written is removed again; `leftOver` counts the keys that could not be.
 */
export function restoreMap(
  library: MapLibrary,
  removed: RemovedMap,
): { result: RestoreResult; leftOver: number } {
  if (library.get(mapKey(removed.id))) return { result: "taken", leftOver: 0 };
  const written: string[] = [];
  for (const [key, value] of removed.items) {
    const failure = library.set(key, value);
    if (failure) {
      let leftOver = 0;
      for (const done of written) {
        try {
          library.storage.removeItem(done);
        } catch {
          leftOver++;
        }
      }
      return { result: failure, leftOver };
    }
    written.push(key);
  }
  return { result: "restored", leftOver: 0 };
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
