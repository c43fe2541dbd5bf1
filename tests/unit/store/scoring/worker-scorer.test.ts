/**
 * The page's side of the scoring worker, against a stand-in worker that answers on a later task with
 * the real worker's work (answerScoreRequest) on structured clones, as a browser would.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GRADUAL_SEMANTICS, slotOf } from "../../../../src/analysis";
import { generateDebate } from "../../../../src/model/generate-debate";
import { scoreMap } from "../../../../src/store/score-store";
import { answerScoreRequest } from "../../../../src/store/scoring/answer-score-request";
import type { ScoreAnswer, ScoreRequest } from "../../../../src/store/scoring/score-messages";
import { SupersededError, type WorkerLike, workerScorer } from "../../../../src/store/scoring/worker-scorer";
import { validMapArb } from "../../../helpers/arbitraries";

class StandInWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<ScoreAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  received: ScoreRequest[] = [];
  terminated = false;
  breakOnNext = false;
  garbleNext = false;
  postMessage(message: ScoreRequest): void {
    const request = structuredClone(message);
    if (this.garbleNext) {
      request.input.nodeIds = null as unknown as string[];
      this.garbleNext = false;
    }
    this.received.push(request);
    setTimeout(() => {
      if (this.breakOnNext) {
        this.onerror?.({ message: "out of memory", preventDefault: () => {} } as ErrorEvent);
        return;
      }
      const [answer] = answerScoreRequest(request);
      this.onmessage?.({ data: structuredClone(answer) } as MessageEvent<ScoreAnswer>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setUp() {
  const started: StandInWorker[] = [];
  const scorer = workerScorer(() => {
    const worker = new StandInWorker();
    started.push(worker);
    return worker;
  });
  return { scorer, started };
}

describe("scoring in a worker", () => {
  it("answers with the results the page would compute, for the page's own map", async () => {
    const { scorer, started } = setUp();
    const doc = generateDebate({ nodes: 80, edges: 120, seed: 3 });
    const results = await scorer.score(doc, "dfquad");
    const here = scoreMap(doc, "dfquad");
    expect(results.doc).toBe(doc);
    expect(results.strengths).toEqual(here.strengths);
    expect(results.vector).toEqual(here.vector);
    expect(results.labelling).toEqual(here.labelling);
    // The explanations read the compiled map with the vector: its slots are the worker's.
    const id = doc.nodes[7]?.id as string;
    expect(results.vector.values[slotOf(results.compiled, id) as number]).toBe(here.strengths[id]);
    expect(started).toHaveLength(1);
  });

  it("answers any valid map with the page's own strengths and labelling, sent as numbers by position", async () => {
    const { scorer, started } = setUp();
    await fc.assert(
      fc.asyncProperty(validMapArb(), fc.constantFrom(...GRADUAL_SEMANTICS), async (doc, semantics) => {
        const results = await scorer.score(doc, semantics);
        const here = scoreMap(doc, semantics);
        expect(results.strengths).toEqual(here.strengths);
        expect(results.labelling).toEqual(here.labelling);
        expect(results.vector).toEqual(here.vector);
      }),
      { numRuns: 60 },
    );
    // No record keyed by ids crossed: the answer's parts by position are typed arrays.
    const [answer] = answerScoreRequest((started[0] as StandInWorker).received.at(-1) as ScoreRequest);
    expect(answer).not.toHaveProperty("labelling");
    if ("strengths" in answer) expect(answer.strengths).toBeInstanceOf(Float64Array);
  });

  it("starts no worker until a map is scored, and one for all maps after", async () => {
    const { scorer, started } = setUp();
    expect(started).toHaveLength(0);
    await scorer.score(generateDebate({ nodes: 10, seed: 1 }), "dfquad");
    await scorer.score(generateDebate({ nodes: 12, seed: 2 }), "euler");
    expect(started).toHaveLength(1);
  });

  it("lets a later request take the place of one still waiting", async () => {
    const { scorer, started } = setUp();
    const maps = [1, 2, 3].map((seed) => generateDebate({ nodes: 20, seed }));
    const [first, second, third] = maps.map((doc) => scorer.score(doc, "dfquad"));
    await expect(second).rejects.toBeInstanceOf(SupersededError);
    expect((await first)?.doc).toBe(maps[0]);
    expect((await third)?.doc).toBe(maps[2]);
    expect(started[0]?.received.map((request) => request.ticket)).toEqual([1, 3]);
  });

  it("rejects a map the worker could not score, and goes on with the next", async () => {
    const { scorer, started } = setUp();
    const doc = generateDebate({ nodes: 20, seed: 4 });
    await scorer.score(doc, "dfquad");
    // The request as the worker would get it if something had mangled it on the way.
    (started[0] as StandInWorker).garbleNext = true;
    const garbled = scorer.score(doc, "dfquad");
    await expect(garbled).rejects.toThrow(/could not score the map: .+/);
    expect(scorer.usable()).toBe(true);
    expect((await scorer.score(doc, "dfquad")).doc).toBe(doc);
  });

  it("rejects what is waiting when the worker breaks, ends it, and is no longer usable", async () => {
    const { scorer, started } = setUp();
    const doc = generateDebate({ nodes: 20, seed: 5 });
    const working = scorer.score(doc, "dfquad");
    (started[0] as StandInWorker).breakOnNext = true;
    await expect(working).rejects.toThrow(/out of memory/);
    expect(started[0]?.terminated).toBe(true);
    expect(scorer.usable()).toBe(false);
    await expect(scorer.score(doc, "dfquad")).rejects.toThrow(/not available/);
  });

  it("is not usable where no worker can start", () => {
    expect(workerScorer(null).usable()).toBe(false);
  });
});
