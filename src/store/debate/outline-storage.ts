/**
 * How a map's speech outlines are written to the device's storage, and read back. They are the debater's
 * notes about the map rather than part of it, so they are kept beside the library under the map's library id
 * (storage-keys.ts), not in the file. Reading never throws: what cannot be read is left out and said.
 */

/** A list of point ids for each speech, by speech id. */
export type SpeechOutlines = Readonly<Record<string, readonly string[]>>;

/**
 * What the debater chose of each speech's outline (the flow gives the rest): `outlines`, the order of its
 * entries; `added`, the points picked by hand; `takenOut`, the flow's points left out of it.
 */
export interface OutlineChoiceLists {
  outlines: SpeechOutlines;
  added: SpeechOutlines;
  takenOut: SpeechOutlines;
}

/** A usual pace for a prepared speech; debaters adjust it to their own, within these bounds. */
export const DEFAULT_WORDS_PER_MINUTE = 150;
export const MIN_WORDS_PER_MINUTE = 60;
export const MAX_WORDS_PER_MINUTE = 400;

export function writeOutlines(lists: OutlineChoiceLists): string {
  return JSON.stringify({ version: 1, ...lists });
}

export interface ReadOutlines extends OutlineChoiceLists {
  /** What could not be read, in words; null when everything could. */
  problem: string | null;
}

const NOTHING: ReadOutlines = { outlines: {}, added: {}, takenOut: {}, problem: null };

export function readOutlines(text: string | null): ReadOutlines {
  if (text === null) return NOTHING;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ...NOTHING, problem: "the outlines kept for this map are not valid JSON" };
  }
  const kept = isRecord(value) && value.version === 1 ? value.outlines : undefined;
  if (!isRecord(value) || !isRecord(kept))
    return { ...NOTHING, problem: "the outlines kept for this map are not in a known form" };
  const skipped: string[] = [];
  const outlines = readLists(kept, skipped);
  // Outlines kept before the flow filled them were all picked by hand.
  const added = isRecord(value.added) ? readLists(value.added, skipped) : outlines;
  const takenOut = isRecord(value.takenOut) ? readLists(value.takenOut, skipped) : {};
  const named = [...new Set(skipped)];
  return {
    outlines,
    added,
    takenOut,
    problem: named.length === 0 ? null : `the outline of ${named.join(", ")} is not a list of points`,
  };
}

function readLists(kept: Record<string, unknown>, skipped: string[]): SpeechOutlines {
  const lists: Record<string, string[]> = Object.create(null);
  for (const [speechId, ids] of Object.entries(kept)) {
    if (Array.isArray(ids) && ids.every((id) => typeof id === "string")) {
      lists[speechId] = [...new Set(ids as string[])];
    } else skipped.push(speechId);
  }
  return lists;
}

/** A stored pace, or null when there is none or it is not a pace the app offers. */
export function readWordsPerMinute(text: string | null): number | null {
  if (text === null) return null;
  const value = Number(text);
  return isPace(value) ? value : null;
}

export function isPace(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_WORDS_PER_MINUTE && value <= MAX_WORDS_PER_MINUTE;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
