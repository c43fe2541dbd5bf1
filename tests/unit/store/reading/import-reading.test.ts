/**
 * Reading an import in a worker that can be stopped: an answer comes back as the worker gave it; a
 * worker that never answers is ended at the time limit, and one the person cancels at once, each time
 * with the worker terminated and a message naming the file; a worker that breaks says why.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatProblem } from "../../../../src/model/problem";
import { createNoticeStore } from "../../../../src/store/notice-store";
import { createKeepStore } from "../../../../src/store/persistence/keep-store";
import { answerReadingRequest } from "../../../../src/store/reading/answer-reading-request";
import { createImportReader, type ReadForImport } from "../../../../src/store/reading/import-reading";
import type { ReadingAnswer, ReadingRequest } from "../../../../src/store/reading/import-reading-messages";
import { createImportReadingStore } from "../../../../src/store/reading/reading-state";
import type { WorkerLike } from "../../../../src/store/workers/latest-only-worker";

/** A worker on the test's thread: it answers as the real one would, or never, or breaks. */
class FakeWorker implements WorkerLike<ReadingRequest, ReadingAnswer> {
  onmessage: ((event: MessageEvent<ReadingAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  received: ReadingRequest[] = [];
  constructor(private readonly behaviour: "answer" | "hang" | "break") {}
  postMessage(message: ReadingRequest): void {
    this.received.push(message);
    if (this.behaviour === "answer") {
      void answerReadingRequest(message).then((answer) => {
        if (!this.terminated) this.onmessage?.({ data: answer } as MessageEvent<ReadingAnswer>);
      });
    } else if (this.behaviour === "break") {
      queueMicrotask(() =>
        this.onerror?.({ message: "out of memory", preventDefault() {} } as unknown as ErrorEvent),
      );
    }
  }
  terminate(): void {
    this.terminated = true;
  }
}

const small = JSON.stringify({
  format: "argument-map",
  version: 3,
  map: { id: "m", title: "Small" },
  nodes: [{ id: "t", kind: "thesis", text: "A thesis." }],
  edges: [],
});

let stores: {
  keep: ReturnType<typeof createKeepStore>;
  notices: ReturnType<typeof createNoticeStore>;
  importReading: ReturnType<typeof createImportReadingStore>;
};
let readForImport: ReadForImport;
const report = () => stores.keep.getState().importReport;

beforeEach(() => {
  stores = {
    keep: createKeepStore(),
    notices: createNoticeStore(),
    importReading: createImportReadingStore(),
  };
  readForImport = createImportReader(stores);
});
afterEach(() => void vi.useRealTimers());

describe("reading an import in a worker", () => {
  it("hands back the worker's answer and shows what is read only while it is read", async () => {
    const worker = new FakeWorker("answer");
    const reading = readForImport(
      { text: small, name: "small.json" },
      "the file “small.json”",
      () => worker,
      5_000,
    );
    expect(stores.importReading.getState().reading?.source).toBe("the file “small.json”");
    const answer = await reading;
    expect(answer).toMatchObject({ kind: "loaded", result: { ok: true, doc: { map: { title: "Small" } } } });
    expect(worker.received).toEqual([{ text: small, name: "small.json" }]);
    expect(worker.terminated).toBe(true);
    expect(stores.importReading.getState().reading).toBeNull();
    expect(report()).toBeNull();
  });

  it("ends a worker that does not answer within the limit, and says which file and why", async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker("hang");
    const reading = readForImport({ text: "x" }, "the file “slow.argdown”", () => worker, 1_500);
    await vi.advanceTimersByTimeAsync(1_499);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await reading).toBeNull();
    expect(worker.terminated).toBe(true);
    expect(report()?.source).toBe("the file “slow.argdown”");
    expect(report()?.ok).toBe(false);
    expect(formatProblem(report()?.errors[0] as never)).toMatch(
      /took longer than 1\.5 seconds, so it was stopped/,
    );
    expect(stores.importReading.getState().reading).toBeNull();
  });

  it("stops at once when cancelled, imports nothing and says so", async () => {
    const worker = new FakeWorker("hang");
    const reading = readForImport({ text: "x" }, "the file “big.kialo.txt”", () => worker, 60_000);
    stores.importReading.getState().reading?.cancel();
    expect(await reading).toBeNull();
    expect(worker.terminated).toBe(true);
    expect(report()).toBeNull();
    expect(stores.notices.getState().passing?.message).toBe(
      "Stopped reading the file “big.kialo.txt”: nothing was imported.",
    );
  });

  it("cancels a reading still under way when another starts", async () => {
    const first = new FakeWorker("hang");
    const firstReading = readForImport({ text: "x" }, "the file “one”", () => first, 60_000);
    const second = new FakeWorker("answer");
    const secondReading = readForImport({ text: small }, "the file “two”", () => second, 60_000);
    expect(await firstReading).toBeNull();
    expect(first.terminated).toBe(true);
    expect(await secondReading).toMatchObject({ kind: "loaded" });
  });

  it("says why when the worker breaks", async () => {
    const worker = new FakeWorker("break");
    expect(await readForImport({ text: "x" }, "the pasted text", () => worker, 60_000)).toBeNull();
    expect(formatProblem(report()?.errors[0] as never)).toContain("reading it failed (out of memory)");
  });
});
