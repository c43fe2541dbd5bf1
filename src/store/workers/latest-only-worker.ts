/**
 * A worker that works on the latest request only, started the first time it is needed. One job is
 * worked on at a time; a job asked for meanwhile waits, and a later one takes its place (the one it
 * replaces is rejected with a `SupersededError`), so a burst of edits on a big map sends only the latest
 * version. A worker that fails to start or breaks is ended, its jobs rejected, and it stops being usable,
 * so the page does the work itself from then on. The scorer and the canvas's layout both run this way.
 */

/** The rejection of a job a later one replaced before the worker took it up: not a failure. */
export class SupersededError extends Error {
  constructor(worker: string) {
    super(`A later request was sent to the ${worker} worker before this one was.`);
    this.name = "SupersededError";
  }
}

/** The part of a Worker this uses. */
export interface WorkerLike<Request, Answer> {
  postMessage(message: Request, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<Answer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  terminate(): void;
}

export interface LatestOnlyOptions<Job, Request, Answer extends { ticket: number }, Result> {
  /** What the worker does, for messages: "scoring", "layout". */
  name: string;
  /** Starts the worker; null where there are no workers. */
  start: (() => WorkerLike<Request, Answer>) | null;
  /** The message for a job, and what it transfers. */
  request(job: Job, ticket: number): [Request, Transferable[]];
  /** The job's result from the worker's answer; throws when the answer is an error. */
  result(job: Job, answer: Answer): Result;
}

interface Pending<Job, Result> {
  ticket: number;
  job: Job;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

export function latestOnlyWorker<Job, Request, Answer extends { ticket: number }, Result>(
  options: LatestOnlyOptions<Job, Request, Answer, Result>,
) {
  const { name, start } = options;
  let worker: WorkerLike<Request, Answer> | null = null;
  let broken = start === null;
  let tickets = 0;
  let busy: Pending<Job, Result> | null = null;
  let queued: Pending<Job, Result> | null = null;

  const send = (pending: Pending<Job, Result>) => {
    busy = pending;
    running().postMessage(...options.request(pending.job, pending.ticket));
  };

  const fail = (error: Error) => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const pending of [busy, queued]) pending?.reject(error);
    busy = null;
    queued = null;
  };

  const answered = (answer: Answer) => {
    const pending = busy;
    if (!pending || answer.ticket !== pending.ticket) return;
    busy = null;
    try {
      pending.resolve(options.result(pending.job, answer));
    } catch (error) {
      pending.reject(error);
    }
    const waiting = queued;
    queued = null;
    if (waiting) send(waiting);
  };

  const running = (): WorkerLike<Request, Answer> => {
    if (worker) return worker;
    const started = (start as () => WorkerLike<Request, Answer>)();
    started.onmessage = (event) => answered(event.data);
    started.onerror = (event) => {
      event.preventDefault();
      fail(new Error(`The ${name} worker failed: ${event.message || "it could not be started"}`));
    };
    started.onmessageerror = () => fail(new Error(`The ${name} worker's answer could not be read.`));
    worker = started;
    return started;
  };

  return {
    /** False once the worker has failed (or where there is none): do the work on the page instead. */
    usable: () => !broken,
    run: (job: Job): Promise<Result> =>
      new Promise((resolve, reject) => {
        if (broken) {
          reject(new Error(`The ${name} worker is not available.`));
          return;
        }
        const pending = { ticket: ++tickets, job, resolve, reject };
        if (busy === null) send(pending);
        else {
          queued?.reject(new SupersededError(name));
          queued = pending;
        }
      }),
  };
}
