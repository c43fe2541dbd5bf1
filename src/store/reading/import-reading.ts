/**
 * Reads an imported text (a file picked, dropped or pasted) in a worker of its own, with a time limit
 * and a Cancel: the page keeps answering while a big or hostile file is read, and a reading that takes
 * too long is ended, with a message naming the file and why. While it reads, the import reading store
 * (reading-state.ts) says what is being read and holds its Cancel. Where there are no
 * workers (the unit tests' Node, jsdom) the page reads it itself.
 */
import type { NoticeStore } from "../notice-store";
import type { KeepStore } from "../persistence/keep-store";
import type { WorkerLike } from "../workers/latest-only-worker";
import { type JobEnd, type StoppableJob, stoppableJob } from "../workers/stoppable-job";
import type { ReadingAnswer, ReadingRequest } from "./import-reading-messages";
import type { ImportReadingStore } from "./reading-state";

/** How long a reading may take before it is ended: every reader is bounded well within it. */
export const READING_LIMIT_MS = 20_000;

type ReadingWorker = WorkerLike<ReadingRequest, ReadingAnswer>;

/** The stores a reading tells what it is doing and how it ended. */
export interface ReadingStores {
  keep: KeepStore;
  notices: NoticeStore;
  importReading: ImportReadingStore;
}

export type ReadForImport = (
  request: ReadingRequest,
  source: string,
  start?: (() => ReadingWorker) | null,
  limitMs?: number,
) => Promise<ReadingAnswer | null>;

/** The reader of one app: one reading at a time. */
export function createImportReader(stores: ReadingStores): ReadForImport {
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
    stores.importReading.setState({ reading: { source, cancel: job.cancel } });
    const end = await job.ended;
    if (running === job) {
      running = null;
      stores.importReading.setState({ reading: null });
    }
    return end;
  }

  function say(source: string, end: Exclude<JobEnd<ReadingAnswer>, { kind: "answered" }>): void {
    if (end.kind === "cancelled") {
      stores.notices.getState().notify("info", `Stopped reading ${source}: nothing was imported.`);
      return;
    }
    const why =
      end.kind === "timed-out"
        ? `reading it took longer than ${seconds(end.limitMs)}, so it was stopped; the file may be too large or made to be slow to read`
        : `reading it failed (${end.message})`;
    stores.keep.setState({
      importReport: { source, ok: false, errors: [{ path: "$", message: why }], warnings: [] },
    });
  }

  /**
   * The worker's answer, or null when the reading did not finish (cancelled, too slow, the worker
   * broke): the person has then been told, and nothing is imported. A reading already under way is
   * cancelled first, so only the newest import goes on.
   */
  return async function readForImport(
    request: ReadingRequest,
    source: string,
    start: (() => ReadingWorker) | null = pageReadingWorker,
    limitMs: number = readingLimitMs(),
  ): Promise<ReadingAnswer | null> {
    const end = start === null ? await onThePage(request) : await inAWorker(start, request, source, limitMs);
    if (end.kind !== "answered") say(source, end);
    else if (end.answer.kind === "failed") say(source, { kind: "failed", message: end.answer.message });
    else return end.answer;
    return null;
  };
}

async function onThePage(request: ReadingRequest): Promise<JobEnd<ReadingAnswer>> {
  const { answerReadingRequest } = await import("./answer-reading-request");
  return { kind: "answered", answer: await answerReadingRequest(request) };
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return s === 1 ? "1 second" : `${s.toLocaleString("en")} seconds`;
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
