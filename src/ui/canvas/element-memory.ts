/**
 * The canvas's elements of the last build, by id, for the next build to reuse (canvas-elements.ts).
 * Kept up to date in place: after an edit only the few elements that were built anew are written, where
 * making the map again would hash every id of a big map on every key press. An element whose id has
 * left the canvas may stay behind; that is harmless, since an element is reused only when it matches
 * what would be built (same record, place and selection), and the leftovers are dropped once they
 * grow as many as the elements.
 */
export function rememberBuilt<T extends { id: string }>(memory: Map<string, T>, built: readonly T[]): void {
  for (const element of built) if (memory.get(element.id) !== element) memory.set(element.id, element);
  if (memory.size > 2 * built.length) {
    memory.clear();
    for (const element of built) memory.set(element.id, element);
  }
}
