/**
 * Reads an imported text (a file picked, dropped or pasted) in a worker of its own, with a time limit
 * and a Cancel (reading-runner.ts): the page keeps answering while a big or hostile file is read, and a
 * reading that takes too long is ended, with a message naming the file and why.
 */
import type { NoticeStore } from "../notice-store";
import type { KeepStore } from "../persistence/keep-store";
import type { JobEnd } from "../workers/stoppable-job";
import type { ReadingAnswer, ReadingRequest } from "./import-reading-messages";
import { createReadingRunner, type ReadingWorker, type RunReading } from "./reading-runner";
import type { ImportReadingStore } from "./reading-state";

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

/** The reader of one app: one reading at a time, shared with the opening of big stored maps. */
export function createImportReader(
  stores: ReadingStores,
  run: RunReading = createReadingRunner(stores.importReading),
): ReadForImport {
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
    start?: (() => ReadingWorker) | null,
    limitMs?: number,
  ): Promise<ReadingAnswer | null> {
    const end = await run(request, source, start, limitMs);
    if (end.kind !== "answered") say(source, end);
    else if (end.answer.kind === "failed") say(source, { kind: "failed", message: end.answer.message });
    else return end.answer;
    return null;
  };
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return s === 1 ? "1 second" : `${s.toLocaleString("en")} seconds`;
}
