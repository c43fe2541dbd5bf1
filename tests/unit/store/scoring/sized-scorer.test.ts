/**
 * The app's scorer: a small map is scored at once on the page; a big one goes to the worker, and only
 * in a task after the one that asked, so the edit that changed the map is not held up by the copying.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { generateDebate } from "../../../../src/model/generate-debate";
import type { ArgumentMap } from "../../../../src/model/schema";
import { scoreMap } from "../../../../src/store/score-store";
import {
  inNextTask,
  sizedScorer,
  WORKER_THRESHOLD,
  WORKER_THRESHOLD_ITEMS,
} from "../../../../src/store/scoring/sized-scorer";
import { completeAttackGraph } from "../../../helpers/hostile-inputs";

/** A stand-in worker that scores on the page and says which maps it was sent. */
function standIn(usable = true) {
  const sent: ArgumentMap[] = [];
  return {
    sent,
    usable: () => usable,
    score: async (doc: ArgumentMap) => {
      sent.push(doc);
      return scoreMap(doc, "dfquad");
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the app's scorer", () => {
  const small = generateDebate({ nodes: 40, seed: 2 });
  const big = generateDebate({ nodes: WORKER_THRESHOLD, seed: 2 });

  it("scores a small map at once, on the page", () => {
    const remote = standIn();
    const answer = sizedScorer(remote)(small, "dfquad");
    expect(answer).toEqual(scoreMap(small, "dfquad"));
    expect(remote.sent).toEqual([]);
  });

  it("sends a big map to the worker in a later task, not in the one that asked", async () => {
    vi.useFakeTimers();
    const remote = standIn();
    const answer = sizedScorer(remote)(big, "dfquad");
    expect(answer).toBeInstanceOf(Promise);
    expect(remote.sent).toEqual([]);
    await vi.runAllTimersAsync();
    expect(remote.sent).toEqual([big]);
    expect((await answer).strengths).toEqual(scoreMap(big, "dfquad").strengths);
  });

  it("sends a map of few points but many relations to the worker too", async () => {
    vi.useFakeTimers();
    const remote = standIn();
    const dense = completeAttackGraph(70);
    expect(dense.nodes.length).toBeLessThan(WORKER_THRESHOLD);
    expect(dense.edges.length).toBeGreaterThanOrEqual(WORKER_THRESHOLD_ITEMS);
    const answer = sizedScorer(remote)(dense, "dfquad");
    expect(answer).toBeInstanceOf(Promise);
    await vi.runAllTimersAsync();
    expect(remote.sent).toEqual([dense]);
  });

  it("scores a big map on the page when the worker cannot be used", () => {
    const remote = standIn(false);
    expect(sizedScorer(remote)(big, "dfquad")).toEqual(scoreMap(big, "dfquad"));
    expect(remote.sent).toEqual([]);
  });

  it("passes on the worker's failure from the later task", async () => {
    const failing = { usable: () => true, score: () => Promise.reject(new Error("broken")) };
    await expect(sizedScorer(failing, inNextTask)(big, "dfquad")).rejects.toThrow("broken");
  });
});
