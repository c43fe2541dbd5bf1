/**
 * Runs one reading at a time in a worker of its own, with a time limit and a Cancel, and shows it in the
 * import reading store while it runs (its bar, ui/interop/ImportReadingBar.tsx, says what is read and
 * holds the Cancel). A reading started while another runs cancels that one. Imports
 * (import-reading.ts) and big stored maps (stored-reading.ts) both read this way. Where there are no
 * workers (the unit tests' Node, jsdom) the page reads it itself.
 */
import type { WorkerLike } from "../workers/latest-only-worker";
import { type JobEnd, type StoppableJob, stoppableJob } from "../workers/stoppable-job";
import type { ReadingAnswer, ReadingRequest } from "./import-reading-messages";
import type { ImportReadingStore } from "./reading-state";

/** How long a reading may take before it is ended: every reader is bounded well within it. */
export const READING_LIMIT_MS = 20_000;

export type ReadingWorker = WorkerLike<ReadingRequest, ReadingAnswer>;

export type RunReading = (
  request: ReadingRequest,
  source: string,
  start?: (() => ReadingWorker) | null,
  limitMs?: number,
) => Promise<JobEnd<ReadingAnswer>>;

export function createReadingRunner(importReading: ImportReadingStore): RunReading {
  let running: StoppableJob<ReadingAnswer> | null = null;

  async function inAWorker(
    start: () => ReadingWorker,
    request: ReadingRequest,
    source: string,
    limitMs: number,
  ): Promise<JobEnd<ReadingAnswer>> {
    running?.cancel();
    const job = stoppableJob(start, request, limitMs);
    running = job;
    importReading.setState({ reading: { source, cancel: job.cancel } });
    const end = await job.ended;
    if (running === job) {
      running = null;
      importReading.setState({ reading: null });
    }
    return end;
  }

  return (request, source, start = pageReadingWorker, limitMs = readingLimitMs()) =>
    start === null ? onThePage(request) : inAWorker(start, request, source, limitMs);
}

async function onThePage(request: ReadingRequest): Promise<JobEnd<ReadingAnswer>> {
  const { answerReadingRequest } = await import("./answer-reading-request");
  return { kind: "answered", answer: await answerReadingRequest(request) };
}

function startReadingWorker(): ReadingWorker {
  // Written out in the call, as Vite needs it to build the worker as a chunk of its own.
  return new Worker(new URL("./import-reading.worker.ts", import.meta.url), {
    type: "module",
    name: "import-reading",
  });
}

const pageReadingWorker: (() => ReadingWorker) | null =
  typeof Worker === "undefined" ? null : startReadingWorker;

/** The browser tests' build may shorten the limit with `?reading-limit=<ms>`, to see a reading ended. */
function readingLimitMs(): number {
  if (!__WARRANT_TEST_FAULTS__ || typeof location === "undefined") return READING_LIMIT_MS;
  const asked = Number(new URLSearchParams(location.search).get("reading-limit"));
  return asked > 0 ? asked : READING_LIMIT_MS;
}
