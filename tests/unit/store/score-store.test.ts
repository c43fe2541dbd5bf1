/**
 * The score store with a scorer that answers later (as the app's worker does for big maps): the
 * results of the map before stay shown until the answer, answers for replaced maps are dropped, and a
 * failure is reported and the map scored at once instead.
 */
import { describe, expect, it } from "vitest";
import type { GradualSemantics } from "../../../src/analysis";
import { generateDebate } from "../../../src/model/generate-debate";
import type { ArgumentMap } from "../../../src/model/schema";
import { createScoreStore, type ScoreResults, type Scorer, scoreMap } from "../../../src/store/score-store";
import { smallMap } from "../../helpers/small-map";

interface Call {
  doc: ArgumentMap;
  semantics: GradualSemantics;
  answer(): void;
  fail(error: Error): void;
}

/** A scorer whose answers come when the test says, computed by `scoreMap` then. */
function laterScorer() {
  const calls: Call[] = [];
  const scorer: Scorer = (doc, semantics) =>
    new Promise<ScoreResults>((resolve, reject) => {
      calls.push({ doc, semantics, answer: () => resolve(scoreMap(doc, semantics)), fail: reject });
    });
  return { calls, scorer };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(first = smallMap()) {
  let open = first;
  const { calls, scorer } = laterScorer();
  const errors: unknown[] = [];
  const store = createScoreStore(() => open, { scorer, onError: (error) => errors.push(error) });
  const openMap = (doc: ArgumentMap) => {
    open = doc;
    store.getState().scoreDocument(doc);
  };
  return { store, calls, errors, openMap };
}

describe("the score store with a scorer that answers later", () => {
  it("scores the first map at once, and keeps its results shown until the next answer", async () => {
    const first = smallMap();
    const { store, calls, openMap } = setUp(first);
    expect(store.getState().results.doc).toBe(first);
    expect(store.getState().pending).toBe(false);

    const next = generateDebate({ nodes: 30, seed: 3 });
    openMap(next);
    expect(store.getState().pending).toBe(true);
    expect(store.getState().results.doc).toBe(first);

    calls[0]?.answer();
    await settle();
    expect(store.getState().pending).toBe(false);
    expect(store.getState().results.doc).toBe(next);
    expect(store.getState().results.strengths).toEqual(scoreMap(next, "dfquad").strengths);
  });

  it("drops an answer for a map an edit has replaced, whichever answer comes first", async () => {
    for (const order of [
      [0, 1],
      [1, 0],
    ]) {
      const { store, calls, openMap } = setUp();
      const older = generateDebate({ nodes: 20, seed: 1 });
      const newer = generateDebate({ nodes: 25, seed: 2 });
      openMap(older);
      openMap(newer);
      const seen: ArgumentMap[] = [];
      store.subscribe((state) => seen.push(state.results.doc));
      for (const call of order) {
        calls[call]?.answer();
        await settle();
      }
      expect(store.getState().results.doc).toBe(newer);
      expect(store.getState().pending).toBe(false);
      expect(seen).not.toContain(older);
    }
  });

  it("reports a failed answer for the latest map and scores that map at once", async () => {
    const { store, calls, errors, openMap } = setUp();
    const next = generateDebate({ nodes: 20, seed: 4 });
    openMap(next);
    const failure = new Error("the worker stopped");
    calls[0]?.fail(failure);
    await settle();
    expect(errors).toEqual([failure]);
    expect(store.getState().pending).toBe(false);
    expect(store.getState().results.doc).toBe(next);
    expect(store.getState().results.strengths).toEqual(scoreMap(next, "dfquad").strengths);
  });

  it("ignores the failure of an answer that was stale anyway", async () => {
    const { store, calls, errors, openMap } = setUp();
    const older = generateDebate({ nodes: 20, seed: 5 });
    const newer = generateDebate({ nodes: 20, seed: 6 });
    openMap(older);
    openMap(newer);
    calls[0]?.fail(new Error("superseded"));
    await settle();
    expect(errors).toEqual([]);
    expect(store.getState().pending).toBe(true);
    calls[1]?.answer();
    await settle();
    expect(store.getState().results.doc).toBe(newer);
  });

  it("scores a map just opened at once, dropping any answer still awaited for the map before", async () => {
    const { store, calls, openMap } = setUp();
    openMap(generateDebate({ nodes: 20, seed: 10 }));
    const opened = generateDebate({ nodes: 25, seed: 11 });
    store.getState().scoreDocument(opened, true);
    expect(store.getState().pending).toBe(false);
    expect(store.getState().results.doc).toBe(opened);
    calls[0]?.answer();
    await settle();
    expect(store.getState().results.doc).toBe(opened);
    expect(calls).toHaveLength(1);
  });

  it("falls back to scoring at once when the scorer throws", () => {
    const errors: unknown[] = [];
    const failure = new Error("no worker here");
    const store = createScoreStore(smallMap, {
      scorer: (doc, semantics) => {
        if (doc.nodes.length > 10) throw failure;
        return scoreMap(doc, semantics);
      },
      onError: (error) => errors.push(error),
    });
    const big = generateDebate({ nodes: 20, seed: 7 });
    store.getState().scoreDocument(big);
    expect(errors).toEqual([failure]);
    expect(store.getState().results.doc).toBe(big);
    expect(store.getState().pending).toBe(false);
  });

  it("scores a what-if preview when it is answered, and the open map again when it ends", async () => {
    const first = smallMap();
    const { store, calls } = setUp(first);
    const preview: ArgumentMap = {
      ...first,
      nodes: first.nodes.map((node) => (node.id === "c" ? { ...node, base: 0.1 } : node)),
    };
    store.getState().setPreview(preview);
    expect(store.getState().preview).toBe(preview);
    calls[0]?.answer();
    await settle();
    expect(store.getState().results.doc).toBe(preview);
    expect(store.getState().results.strengths.c).toBe(scoreMap(preview, "dfquad").strengths.c);

    store.getState().setPreview(null);
    expect(store.getState().results.doc).toBe(preview);
    calls[1]?.answer();
    await settle();
    expect(store.getState().results.doc).toBe(first);
  });

  it("scores the map still awaited, not the one shown, when the semantics changes", async () => {
    const { store, calls, openMap } = setUp();
    const next = generateDebate({ nodes: 20, seed: 8 });
    openMap(next);
    store.getState().setSemantics("euler");
    expect(calls.map((call) => [call.doc, call.semantics])).toEqual([
      [next, "dfquad"],
      [next, "euler"],
    ]);
    calls[0]?.answer();
    calls[1]?.answer();
    await settle();
    expect(store.getState().results.doc).toBe(next);
    expect(store.getState().results.vector.semantics).toBe("euler");
  });
});
