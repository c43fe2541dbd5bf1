/**
 * The map being opened, written to storage before it is opened and cleared once the page has drawn it.
 * A mark still there on the next visit means that opening never finished (the tab froze and was closed,
 * or crashed): that map is then not opened by itself again, or it would lock its user out of every visit.
 * Only this mark is written; the map's own data stays exactly as it was.
 */
import { OPENING_KEY } from "./storage-keys";
import type { StorageLike } from "./storage-port";

export interface OpeningMark {
  id: string;
  title: string;
}

export function readOpeningMark(storage: StorageLike): OpeningMark | null {
  try {
    const raw = storage.getItem(OPENING_KEY);
    if (raw === null) return null;
    const { id, title } = JSON.parse(raw) as Record<string, unknown>;
    return typeof id === "string" && typeof title === "string" ? { id, title } : null;
  } catch {
    // Unreadable storage or a damaged mark: nothing is held back.
    return null;
  }
}

/** False when storage refused it (the next visit then opens the map as usual). */
export function writeOpeningMark(storage: StorageLike, mark: OpeningMark): boolean {
  try {
    storage.setItem(OPENING_KEY, JSON.stringify(mark));
    return true;
  } catch {
    return false;
  }
}

/** Clears the mark if it is still about `id` (a later opening has a mark of its own). */
export function clearOpeningMark(storage: StorageLike, id?: string): void {
  try {
    if (id === undefined || readOpeningMark(storage)?.id === id) storage.removeItem(OPENING_KEY);
  } catch {
    // Nothing to do: a mark left behind only means the map is offered rather than opened next time.
  }
}
