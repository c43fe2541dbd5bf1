/**
 * Records keyed by ids. An id is data: "constructor", "toString" or "__proto__" are legal ids, and on a
 * plain object `record[id]` would answer with a member of Object.prototype (or, for "__proto__", set the
 * prototype instead of an entry). Every record keyed by ids is made by `idRecord`, and every record that
 * came from elsewhere (parsed JSON, a caller) is read through `entryOf`.
 */

/** An empty record without a prototype, so that any id is an ordinary key in it. */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The value stored under `id` itself, never one inherited from a prototype. */
export function entryOf<T>(record: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}
