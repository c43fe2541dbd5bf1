/**
 * How a map's speech outlines are written to the device's storage, and read back. They are the debater's
 * notes about the map rather than part of it, so they are kept beside the library under the map's library id
 * (storage-keys.ts), not in the file. Reading never throws: what cannot be read is left out and said.
 */

/** The ordered point ids of each speech's outline, by speech id. */
export type SpeechOutlines = Readonly<Record<string, readonly string[]>>;

/** A usual pace for a prepared speech; debaters adjust it to their own, within these bounds. */
export const DEFAULT_WORDS_PER_MINUTE = 150;
export const MIN_WORDS_PER_MINUTE = 60;
export const MAX_WORDS_PER_MINUTE = 400;

export function writeOutlines(outlines: SpeechOutlines): string {
  return JSON.stringify({ version: 1, outlines });
}

export interface ReadOutlines {
  outlines: SpeechOutlines;
  /** What could not be read, in words; null when everything could. */
  problem: string | null;
}

export function readOutlines(text: string | null): ReadOutlines {
  if (text === null) return { outlines: {}, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { outlines: {}, problem: "the outlines kept for this map are not valid JSON" };
  }
  const kept = isRecord(value) && value.version === 1 ? value.outlines : undefined;
  if (!isRecord(kept))
    return { outlines: {}, problem: "the outlines kept for this map are not in a known form" };
  const outlines: Record<string, string[]> = Object.create(null);
  const skipped: string[] = [];
  for (const [speechId, ids] of Object.entries(kept)) {
    if (Array.isArray(ids) && ids.every((id) => typeof id === "string")) {
      outlines[speechId] = [...new Set(ids as string[])];
    } else skipped.push(speechId);
  }
  return {
    outlines,
    problem: skipped.length === 0 ? null : `the outline of ${skipped.join(", ")} is not a list of points`,
  };
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
