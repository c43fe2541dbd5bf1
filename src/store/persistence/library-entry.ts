/**
 * The small index entry kept beside each map so the library can be listed without reading every map:
 * what the list shows (title, size, last change) and the revision two tabs compare.
 */
export interface LibraryEntry {
  id: string;
  title: string;
  /** Characters the stored map takes, which is what browsers count against the quota. */
  size: number;
  /** When it was last saved (ISO 8601); the entry list is ordered by it, newest first. */
  updatedAt: string;
  revision: number;
  nodes: number;
}

export function parseEntry(id: string, text: string | null): LibraryEntry | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const entry = value as Record<string, unknown>;
  const { title, size, updatedAt, revision, nodes } = entry;
  if (entry.id !== id || typeof title !== "string" || typeof updatedAt !== "string") return null;
  if (!isCount(size) || !isCount(revision) || !isCount(nodes)) return null;
  return { id, title, size, updatedAt, revision, nodes };
}

export function newestFirst(a: LibraryEntry, b: LibraryEntry): number {
  if (a.updatedAt === b.updatedAt) return a.id < b.id ? 1 : -1;
  return a.updatedAt < b.updatedAt ? 1 : -1;
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
