/**
 * Where a big map's JSON is compressed before it is stored: in a worker of its own in the browser,
 * on the page where there are no workers (Node, jsdom) or when the worker fails.
 */
import type { WorkerLike } from "../workers/latest-only-worker";
import { stoppableJob } from "../workers/stoppable-job";
import type { CompressJson } from "./prepare-stored-map";
import { compressedPayload, type StoredPayload } from "./stored-map-codec";

/** Far beyond what compressing the largest map allowed takes; a worker stuck this long is ended. */
const COMPRESSION_LIMIT_MS = 60_000;

type CompressionWorker = WorkerLike<string, StoredPayload>;

export const compressOnThePage: CompressJson = async (json) => compressedPayload(json);

export function compressInAWorker(
  start: (() => CompressionWorker) | null = pageCompressionWorker,
): CompressJson {
  if (start === null) return compressOnThePage;
  return async (json) => {
    const end = await stoppableJob(start, json, COMPRESSION_LIMIT_MS).ended;
    // The map is saved however the worker ended: on the page, slower, rather than not at all.
    return end.kind === "answered" ? end.answer : compressedPayload(json);
  };
}

function startCompressionWorker(): CompressionWorker {
  // Written out in the call, as Vite needs it to build the worker as a chunk of its own.
  return new Worker(new URL("./map-compression.worker.ts", import.meta.url), {
    type: "module",
    name: "map-compression",
  });
}

const pageCompressionWorker: (() => CompressionWorker) | null =
  typeof Worker === "undefined" ? null : startCompressionWorker;
