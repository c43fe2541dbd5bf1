/**
 * The stored text of a big map, made without holding up the page: its JSON is built a slice at a time
 * with a pause between slices, and compressed elsewhere (a worker, in the browser). Written at once, a
 * dense map of 250,000 relations held the page for over five seconds each time it was saved.
 * The library then only writes the result, which takes a few milliseconds.
 */
import { compactJsonPieces } from "../../io/serialize";
import type { ArgumentMap } from "../../model/schema";
import type { StoredPayload } from "./stored-map-codec";

/** Points and relations together from which a map is saved this way rather than at once. */
export const BIG_MAP_ITEMS = 10_000;
/** JSON longer than this is stored compressed: a tenth of the room, at no cost to the page here. */
export const COMPRESS_ABOVE_CHARS = 1_000_000;

/** Compresses a map's JSON into a stored payload, away from the page when it can. */
export type CompressJson = (json: string) => Promise<StoredPayload>;

export type PrepareStoredMap = (doc: ArgumentMap) => Promise<StoredPayload>;

export function isBigMap(doc: ArgumentMap): boolean {
  return doc.nodes.length + doc.edges.length >= BIG_MAP_ITEMS;
}

export function storedMapPreparer(
  compress: CompressJson,
  pause: () => Promise<void> = nextTask,
): PrepareStoredMap {
  return async (doc) => {
    const pieces: string[] = [];
    for (const piece of compactJsonPieces(doc)) {
      pieces.push(piece);
      await pause();
    }
    const json = pieces.join("");
    if (json.length <= COMPRESS_ABOVE_CHARS) return { payload: json, encoding: "json" };
    return compress(json);
  };
}

/** Lets the page handle what is waiting (key presses, drawing) before going on. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
