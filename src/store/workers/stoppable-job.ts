/**
 * One piece of work in a worker of its own that the page can stop: after a time limit, or when the
 * person presses Cancel. Stopping ends the worker (`terminate`), which stops it however it is stuck,
 * and the page never waits on it again. A worker that breaks (it could not start, it ran out of memory)
 * ends the job too, with the reason.
 */
import type { WorkerLike } from "./latest-only-worker";

export type JobEnd<Answer> =
  | { kind: "answered"; answer: Answer }
  | { kind: "cancelled" }
  | { kind: "timed-out"; limitMs: number }
  | { kind: "failed"; message: string };

export interface StoppableJob<Answer> {
  /** Settles once, with how the job ended; never rejects. */
  ended: Promise<JobEnd<Answer>>;
  /** Stops the job now, if it is still running. */
  cancel(): void;
}

export function stoppableJob<Request, Answer>(
  start: () => WorkerLike<Request, Answer>,
  request: Request,
  limitMs: number,
): StoppableJob<Answer> {
  let finish: (end: JobEnd<Answer>) => void = () => {};
  const ended = new Promise<JobEnd<Answer>>((resolve) => {
    finish = resolve;
  });
  let worker: WorkerLike<Request, Answer> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = (how: JobEnd<Answer>) => {
    if (timer === undefined && worker === null) return;
    clearTimeout(timer);
    timer = undefined;
    worker?.terminate();
    worker = null;
    finish(how);
  };
  timer = setTimeout(() => end({ kind: "timed-out", limitMs }), limitMs);
  try {
    worker = start();
    worker.onmessage = (event) => end({ kind: "answered", answer: event.data });
    worker.onerror = (event) => {
      event.preventDefault();
      end({ kind: "failed", message: event.message || "the worker could not be started" });
    };
    worker.onmessageerror = () => end({ kind: "failed", message: "the worker's answer could not be read" });
    worker.postMessage(request, []);
  } catch (error) {
    end({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
  return { ended, cancel: () => end({ kind: "cancelled" }) };
}
