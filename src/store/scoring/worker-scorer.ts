/**
 * Scores maps in a worker, started the first time it is needed. One request is worked on at a time;
 * one asked for meanwhile waits, and a later one takes its place (its promise is rejected as
 * superseded: the store drops answers for replaced maps anyway), so dragging a what-if slider on a big
 * map never piles up work. A request the worker could not score is rejected with its message; a
 * worker that fails to start or breaks is ended, its requests rejected, and the scorer stops being
 * usable, so the page scores at once from then on (see sized-scorer.ts).
 */
import { type CompiledMap, compileMap, type GradualSemantics } from "../../analysis";
import type { ArgumentMap } from "../../model/schema";
import type { ScoreResults } from "../score-store";
import type { ScoreAnswer, ScoreRequest } from "./score-messages";
import { scoringInput, transferablesOf } from "./scoring-input";

/** The part of a Worker this uses. */
export interface WorkerLike {
  postMessage(message: ScoreRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ScoreAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  terminate(): void;
}

export class SupersededError extends Error {
  constructor() {
    super("A later map was sent for scoring before this one was.");
    this.name = "SupersededError";
  }
}

interface Job {
  ticket: number;
  doc: ArgumentMap;
  semantics: GradualSemantics;
  resolve(results: ScoreResults): void;
  reject(error: unknown): void;
}

/** The results for the page's own map; compiled again here only when an explanation asks for it. */
function resultsOf(doc: ArgumentMap, answer: Exclude<ScoreAnswer, { error: string }>): ScoreResults {
  let compiled: CompiledMap | undefined;
  return {
    doc,
    vector: answer.vector,
    strengths: answer.strengths,
    labelling: answer.labelling,
    get compiled() {
      // Compiling is deterministic, so its slots are the worker's, which the vector's values follow.
      compiled ??= compileMap(doc);
      return compiled;
    },
  };
}

export function workerScorer(start: (() => WorkerLike) | null) {
  let worker: WorkerLike | null = null;
  let broken = start === null;
  let tickets = 0;
  let busy: Job | null = null;
  let queued: Job | null = null;

  const send = (job: Job) => {
    busy = job;
    const input = scoringInput(job.doc);
    running().postMessage({ ticket: job.ticket, input, semantics: job.semantics }, transferablesOf(input));
  };

  const fail = (error: Error) => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const job of [busy, queued]) job?.reject(error);
    busy = null;
    queued = null;
  };

  const answered = (answer: ScoreAnswer) => {
    const job = busy;
    if (!job || answer.ticket !== job.ticket) return;
    busy = null;
    if ("error" in answer)
      job.reject(new Error(`The scoring worker could not score the map: ${answer.error}`));
    else job.resolve(resultsOf(job.doc, answer));
    const waiting = queued;
    queued = null;
    if (waiting) send(waiting);
  };

  const running = (): WorkerLike => {
    if (worker) return worker;
    const started = (start as () => WorkerLike)();
    started.onmessage = (event) => answered(event.data);
    started.onerror = (event) => {
      event.preventDefault();
      fail(new Error(`The scoring worker failed: ${event.message || "it could not be started"}`));
    };
    started.onmessageerror = () => fail(new Error("The scoring worker's answer could not be read."));
    worker = started;
    return started;
  };

  return {
    /** False once the worker has failed (or where there is none): score on the page instead. */
    usable: () => !broken,
    score: (doc: ArgumentMap, semantics: GradualSemantics): Promise<ScoreResults> =>
      new Promise((resolve, reject) => {
        if (broken) {
          reject(new Error("The scoring worker is not available."));
          return;
        }
        const job = { ticket: ++tickets, doc, semantics, resolve, reject };
        if (busy === null) {
          send(job);
        } else {
          queued?.reject(new SupersededError());
          queued = job;
        }
      }),
  };
}

export type WorkerScorer = ReturnType<typeof workerScorer>;
