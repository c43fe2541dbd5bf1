/**
 * The edits of a speech outline, on its ordered list of point ids: each returns a new list and leaves
 * the one given as it was. A point is in a speech's outline at most once.
 */

/** `id` added at the end, unless it is there already. */
export function withPoint(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.slice() : [...list, id];
}

/** `id` taken out wherever it is; the list as it was when it is not there. */
export function withoutPoint(list: readonly string[], id: string): string[] {
  return list.filter((entry) => entry !== id);
}

/** The entry at `index` taken out; the list as it was when there is none. */
export function withoutEntry(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}

/** The entry at `from` moved to `to` (clamped to the list), the others keeping their order. */
export function withEntryMoved(list: readonly string[], from: number, to: number): string[] {
  const out = list.slice();
  if (from < 0 || from >= out.length) return out;
  const [entry] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(out.length, to)), 0, entry as string);
  return out;
}
