/**
 * Words being typed into a point, written to storage as they are typed and removed once they are given to
 * the map (or put back with Escape). A page that is closed or reloaded gives them to the map first; one
 * that crashes or is killed cannot, and then this draft is what is left of them on the next visit, which
 * offers to put them back. One draft at a time: one field has the focus.
 */
import { TYPING_KEY } from "./storage-keys";
import type { StorageLike } from "./storage-port";

/** The fields of a point that are typed into: all of them words. */
export const DRAFT_FIELDS = ["text", "label", "notes", "attribution"] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export interface TypingDraft {
  /** The library map the point is in. */
  mapId: string;
  nodeId: string;
  field: DraftField;
  text: string;
}

export function readTypingDraft(storage: StorageLike): TypingDraft | null {
  try {
    const raw = storage.getItem(TYPING_KEY);
    if (raw === null) return null;
    const { mapId, nodeId, field, text } = JSON.parse(raw) as Record<string, unknown>;
    const known = (DRAFT_FIELDS as readonly unknown[]).includes(field);
    if (typeof mapId !== "string" || typeof nodeId !== "string" || typeof text !== "string" || !known)
      return null;
    return { mapId, nodeId, field: field as DraftField, text };
  } catch {
    // Unreadable storage or a damaged draft: there is nothing to offer.
    return null;
  }
}

/** False when storage refused it: the words are then kept only as long as the page lives. */
export function writeTypingDraft(storage: StorageLike, draft: TypingDraft): boolean {
  try {
    storage.setItem(TYPING_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearTypingDraft(storage: StorageLike): void {
  try {
    storage.removeItem(TYPING_KEY);
  } catch {
    // A draft left behind is offered once more and then found to match, or is dismissed.
  }
}
