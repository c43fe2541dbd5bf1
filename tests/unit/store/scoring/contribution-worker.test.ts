/**
 * The page's side of the contributions worker, against a stand-in worker that answers on a later task
 * with the real worker's work (answerContributionRequest) on structured clones, as a browser would:
 * exact contributions are worked out at once on the page, sampled ones in the worker, with the same
 * figures either way, and each asked for once per version of the map.
 */
import { describe, expect, it } from "vitest";
import { compileMap, contributions } from "../../../../src/analysis";
import { generateDebate } from "../../../../src/model/generate-debate";
import { answerContributionRequest } from "../../../../src/store/scoring/answer-contribution-request";
import type {
  ContributionAnswer,
  ContributionRequest,
} from "../../../../src/store/scoring/contribution-messages";
import {
  type ContributionWorkerLike,
  contributionWorker,
} from "../../../../src/store/scoring/contribution-worker";
import { scoringInput } from "../../../../src/store/scoring/scoring-input";

class StandInWorker implements ContributionWorkerLike {
  onmessage: ((event: MessageEvent<ContributionAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  received: ContributionRequest[] = [];
  postMessage(message: ContributionRequest): void {
    const request = structuredClone(message);
    this.received.push(request);
    setTimeout(() => {
      this.onmessage?.({
        data: structuredClone(answerContributionRequest(request)),
      } as MessageEvent<ContributionAnswer>);
    }, 0);
  }
  terminate(): void {}
}

const doc = generateDebate({ nodes: 60, seed: 5 });
const compiled = compileMap(doc);
const source = { doc, compiled, semantics: "dfquad" as const };
const thesis = doc.nodes[0]?.id as string;
const leaf = doc.nodes.at(-1)?.id as string;

describe("contributions off the page", () => {
  it("sends a point that more than 12 points reach to the worker, which answers as the page would", async () => {
    const started: StandInWorker[] = [];
    const client = contributionWorker(() => {
      const worker = new StandInWorker();
      started.push(worker);
      return worker;
    });
    const lookup = client.lookUp(source, thesis);
    if (lookup === undefined || !("later" in lookup))
      throw new Error("the thesis was not sent to the worker");
    const report = await lookup.later;
    expect(report.estimated).toBe(true);
    expect(report).toEqual(contributions(doc, thesis, "dfquad"));
    expect(started[0]?.received).toHaveLength(1);
    // Asked again for the same version of the map, the answer is the one already on its way.
    expect(client.lookUp(source, thesis)).toBe(lookup);
    expect(started[0]?.received).toHaveLength(1);
  });

  it("works out exact contributions at once on the page, and everything there without a worker", () => {
    const client = contributionWorker(null);
    const exact = client.lookUp(source, leaf);
    expect(exact && "now" in exact ? exact.now.estimated : undefined).toBe(false);
    const sampled = client.lookUp(source, thesis);
    expect(sampled && "now" in sampled ? sampled.now : undefined).toEqual(
      contributions(doc, thesis, "dfquad"),
    );
    expect(client.lookUp(source, "nowhere")).toBeUndefined();
  });

  it("answers an id the map lacks with an error in words", () => {
    const answer = answerContributionRequest({
      ticket: 1,
      input: scoringInput(doc),
      semantics: "euler",
      nodeId: "nowhere",
    });
    expect(answer).toEqual({ ticket: 1, error: 'the map has no point "nowhere"' });
  });
});
