/**
 * Reads a big map from the library off the page: decompressing and checking 250,000 relations held the
 * page for most of a second. It runs as an import's reading does (reading-runner.ts), in a worker with
 * a time limit and a Cancel, under the same bar; the library then keeps or blocks what it read.
 */
import type { StoredDecode } from "../persistence/stored-map-decode";
import type { JobEnd } from "../workers/stoppable-job";
import type { RunReading } from "./reading-runner";

/** `source` names the map for the bar ("“Debate” from the library"). */
export type ReadStored = (raw: string, source: string) => Promise<JobEnd<StoredDecode>>;

export function createStoredReader(run: RunReading): ReadStored {
  return async (raw, source) => {
    const end = await run({ text: raw, stored: true }, source);
    if (end.kind !== "answered") return end;
    const { answer } = end;
    if (answer.kind === "stored") return { kind: "answered", answer: answer.decoded };
    return {
      kind: "failed",
      message: answer.kind === "failed" ? answer.message : "it was not read as a stored map",
    };
  };
}
