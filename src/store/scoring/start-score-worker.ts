/** Starts the scoring worker; `scoreWorkerStarter` is null where there are no workers (jsdom, for one). */
import type { WorkerLike } from "./worker-scorer";

export function startScoreWorker(): WorkerLike {
  // Written out in the call, as Vite needs it to build the worker as a chunk of its own.
  return new Worker(new URL("./score.worker.ts", import.meta.url), { type: "module", name: "scoring" });
}

export const scoreWorkerStarter: (() => WorkerLike) | null =
  typeof Worker === "undefined" ? null : startScoreWorker;
