/**
 * The drop rule on hand-made rounds: a point is answered by an attack on it, or an undercut of its link,
 * from a later speech of the other side, or through the argument it is part of; anything else leaves it
 * dropped once the other side has given a later speech, and open until then.
 */
import { describe, expect, it } from "vitest";
import { computeFlow } from "../../../src/analysis/flow";
import { mustAnswer, nextSpeechOf, withDropsConceded } from "../../../src/analysis/round-answers";
import type { ArgumentMap } from "../../../src/model/schema";
import { buildMap, type EdgeSpec, edgeId, type NodeSpec } from "./map-builder";

/** A map whose points are placed in speeches: `{ t: ["thesis", "OF"], k: ["critique", "OA"] }`. */
function round(
  points: Record<string, [kind: string, speech?: string]>,
  edges: EdgeSpec[],
  format?: string,
): ArgumentMap {
  const nodes: Record<string, NodeSpec> = {};
  for (const [id, [kind, speech]] of Object.entries(points)) {
    nodes[id] = { kind: kind as never, ...(speech !== undefined ? { speech } : {}) };
  }
  const doc = buildMap(nodes, edges);
  if (format !== undefined) doc.map.debate = { format };
  return doc;
}

const droppedIds = (doc: ArgumentMap) => computeFlow(doc).dropped.map((point) => point.id);

describe("the flow of a round", () => {
  it("lists the format's speeches in order with their points, and the points placed in none", () => {
    const doc = round(
      { t: ["thesis", "OF"], c: ["claim", "OF"], k: ["critique", "OA"], x: ["claim"], y: ["claim", "2AC"] },
      [
        ["c", "support", "t"],
        ["k", "attack", "t"],
      ],
    );
    const flow = computeFlow(doc);
    expect(flow.format.id).toBe("classroom");
    expect(flow.speeches).toEqual([
      { id: "OF", side: "for", points: ["t", "c"] },
      { id: "OA", side: "against", points: ["k"] },
      { id: "RF", side: "for", points: [] },
      { id: "RA", side: "against", points: [] },
    ]);
    // A speech the format lacks is no placement.
    expect(flow.unplaced).toEqual(["x", "y"]);
  });

  it("reads the format the map names, skipping cross-examinations", () => {
    const doc = round({ t: ["thesis", "1AC"] }, [], "policy");
    expect(computeFlow(doc).speeches.map((speech) => speech.id)).toEqual([
      "1AC",
      "1NC",
      "2AC",
      "2NC",
      "1NR",
      "1AR",
      "2NR",
      "2AR",
    ]);
  });

  it("derives each point's side from its paths to the thesis, not from its speech", () => {
    // The rebuttal r answers the critique k, so it argues for the thesis, wherever it is placed.
    const doc = round(
      { t: ["thesis", "OF"], k: ["critique", "OA"], r: ["rebuttal", "RF"], z: ["claim", "OA"] },
      [
        ["k", "attack", "t"],
        ["r", "attack", "k"],
      ],
    );
    const { sideOf } = computeFlow(doc);
    expect([sideOf.get("t"), sideOf.get("k"), sideOf.get("r")]).toEqual(["for", "against", "for"]);
    // z is not connected to the thesis: it is on the side of the speech it is in.
    expect(sideOf.get("z")).toBe("against");
  });
});

const openIds = (doc: ArgumentMap) => computeFlow(doc).open.map((point) => point.id);

describe("drops", () => {
  it("a critique no later speech answers is dropped in the other side's next speech", () => {
    // f gives the rebuttal for; the critique k is left alone in it.
    const doc = round({ t: ["thesis", "OF"], k: ["critique", "OA"], f: ["claim", "RF"] }, [
      ["k", "attack", "t"],
      ["f", "support", "t"],
    ]);
    expect(computeFlow(doc).dropped).toEqual([{ id: "k", side: "against", speech: "OA", droppedIn: "RF" }]);
  });

  it("an attack from a later speech of the other side answers a point", () => {
    const doc = round(
      { t: ["thesis", "OF"], k: ["critique", "OA"], r: ["rebuttal", "RF"], k2: ["critique", "RA"] },
      [
        ["k", "attack", "t"],
        ["r", "attack", "k"],
        ["k2", "attack", "t"],
      ],
    );
    // k is answered; only the rebuttal r, which the rebuttal against leaves alone, is dropped.
    expect(droppedIds(doc)).toEqual(["r"]);
    expect(computeFlow(doc).answers.get("t")).toEqual([
      { by: "k", edge: edgeId("k", "attack", "t"), inSpeech: "OA" },
      { by: "k2", edge: edgeId("k2", "attack", "t"), inSpeech: "RA" },
    ]);
  });

  it("an undercut of a point's link answers it", () => {
    // The claim c supports the thesis; d says that, true or not, c does not bear on it.
    const doc = round(
      { t: ["thesis", "1AC"], c: ["claim", "1AC"], d: ["critique", "1NC"] },
      [
        ["c", "support", "t"],
        ["d", "undercut", edgeId("c", "support", "t")],
      ],
      "policy",
    );
    const flow = computeFlow(doc);
    expect(flow.answers.get("c")?.map((answer) => answer.by)).toEqual(["d"]);
    expect(flow.answered.has("c")).toBe(true);
    // Cutting c's link answers c, not the thesis, which nothing attacks: the 1NC dropped it. d is still
    // open: the 2AC, which could answer it, has not been given.
    expect(flow.dropped.map((point) => point.id)).toEqual(["t"]);
    expect(flow.open.map((point) => point.id)).toEqual(["t", "d"]);
  });

  it("one point that answers two answers both (a cross-application)", () => {
    const doc = round(
      { t: ["thesis", "OF"], k1: ["critique", "OA"], k2: ["critique", "OA"], r: ["rebuttal", "RF"] },
      [
        ["k1", "attack", "t"],
        ["k2", "attack", "t"],
        ["r", "attack", "k1"],
        ["r", "attack", "k2"],
      ],
    );
    const flow = computeFlow(doc);
    expect([flow.answered.has("k1"), flow.answered.has("k2")]).toEqual([true, true]);
    expect(openIds(doc)).toEqual(["r"]);
  });

  it("an answer by the wrong side does not count", () => {
    // k2 attacks k but is the against side's own point (it is placed in an against speech).
    const doc = round(
      { t: ["thesis", "OF"], k: ["critique", "OA"], f: ["claim", "RF"], k2: ["critique", "RA"] },
      [
        ["k", "attack", "t"],
        ["f", "support", "t"],
        ["k2", "attack", "k"],
      ],
    );
    expect(computeFlow(doc).dropped).toContainEqual({
      id: "k",
      side: "against",
      speech: "OA",
      droppedIn: "RF",
    });
  });

  it("an answer placed no later than the point it answers does not count", () => {
    // r is placed in the opening, before the critique it attacks was made: it answered nothing then.
    const early = round({ t: ["thesis", "OF"], r: ["rebuttal", "OF"], k: ["critique", "OA"] }, [
      ["k", "attack", "t"],
      ["r", "attack", "k"],
    ]);
    expect(computeFlow(early).answered.has("k")).toBe(false);
    expect(openIds(early)).toContain("k");
    // And an answer in the same speech as the point is no answer either.
    const same = round({ t: ["thesis", "OF"], k: ["critique", "OA"], j: ["claim", "OA"] }, [
      ["k", "attack", "t"],
      ["j", "attack", "k"],
    ]);
    expect(computeFlow(same).answered.has("k")).toBe(false);
    expect(openIds(same)).toContain("k");
  });

  it("an answer in a later speech of the other side counts even when it is not the next one", () => {
    const doc = round(
      { t: ["thesis", "1AC"], k: ["critique", "1NC"], r: ["rebuttal", "2AR"] },
      [
        ["k", "attack", "t"],
        ["r", "attack", "k"],
      ],
      "policy",
    );
    expect(droppedIds(doc)).toEqual([]);
  });

  it("an answer with no speech is not part of the round", () => {
    const doc = round({ t: ["thesis", "OF"], k: ["critique", "OA"], r: ["rebuttal"] }, [
      ["k", "attack", "t"],
      ["r", "attack", "k"],
    ]);
    expect(computeFlow(doc).answered.has("k")).toBe(false);
    expect(openIds(doc)).toEqual(["k"]);
  });

  it("a point after which the other side has no speech left is never dropped", () => {
    const doc = round(
      { t: ["thesis", "OF"], k: ["critique", "OA"], r: ["rebuttal", "RF"], k2: ["critique", "RA"] },
      [
        ["k", "attack", "t"],
        ["r", "attack", "k"],
        ["k2", "attack", "r"],
      ],
    );
    // k2 comes in the last speech: nobody can answer it, so it is neither dropped nor open.
    expect(droppedIds(doc)).toEqual([]);
    expect(openIds(doc)).toEqual([]);
    // In policy the 2NR is followed by the 2AR, so a 2NR point can still be dropped, but a 2AR one cannot.
    const policy = round(
      { t: ["thesis", "1AC"], n: ["critique", "2NR"], a: ["claim", "2AR"] },
      [
        ["n", "attack", "t"],
        ["a", "support", "t"],
      ],
      "policy",
    );
    expect(computeFlow(policy).dropped).toEqual([
      { id: "n", side: "against", speech: "2NR", droppedIn: "2AR" },
    ]);
  });

  it("the thesis the other side never attacks is dropped by it, with the argument beneath it", () => {
    const doc = round({ t: ["thesis", "OF"], c: ["claim", "OF"], z: ["claim", "OA"] }, [
      ["c", "support", "t"],
    ]);
    expect(computeFlow(doc).dropped).toEqual([
      { id: "t", side: "for", speech: "OF", droppedIn: "OA" },
      { id: "c", side: "for", speech: "OF", droppedIn: "OA" },
    ]);
  });
});

describe("a speech with no point in it has not been given yet", () => {
  it("nothing is dropped in a speech still to come: the point stays open", () => {
    // Only the openings are given: the critique k waits for the rebuttal for.
    const doc = round({ t: ["thesis", "OF"], k: ["critique", "OA"] }, [["k", "attack", "t"]]);
    const flow = computeFlow(doc);
    expect(flow.dropped).toEqual([]);
    expect(flow.open).toEqual([{ id: "k", side: "against", speech: "OA" }]);
    expect([...flow.given]).toEqual(["OF", "OA"]);
  });

  it("giving the speech drops what it leaves unanswered, and not what it answers", () => {
    const doc = round(
      { t: ["thesis", "OF"], k1: ["critique", "OA"], k2: ["critique", "OA"], r: ["rebuttal", "RF"] },
      [
        ["k1", "attack", "t"],
        ["k2", "attack", "t"],
        ["r", "attack", "k1"],
      ],
    );
    expect(computeFlow(doc).dropped).toEqual([{ id: "k2", side: "against", speech: "OA", droppedIn: "RF" }]);
  });

  it("a point is dropped in the first later speech of the other side that was given, past any not given", () => {
    // The 1NC is empty (not given); the 2NC is the negative's first speech after the 1AC.
    const doc = round(
      { t: ["thesis", "1AC"], c: ["claim", "1AC"], n: ["critique", "2NC"] },
      [["n", "attack", "t"]],
      "policy",
    );
    // c argues nothing (no path to the thesis): it is the affirmative's by its speech, its own argument.
    expect(computeFlow(doc).dropped).toEqual([{ id: "c", side: "for", speech: "1AC", droppedIn: "2NC" }]);
  });
});

describe("a warrant or evidence is part of the argument it supports in the same speech", () => {
  const evidenceRound = (answerTo: string) =>
    round(
      {
        t: ["thesis", "OF"],
        c: ["claim", "OF"],
        e: ["evidence", "OF"],
        w: ["claim", "OF"],
        k: ["critique", "OA"],
      },
      [
        ["c", "support", "t"],
        ["e", "support", "c"],
        ["w", "support", "e"],
        ["k", "attack", answerTo],
      ],
    );

  it("answering the point answers its evidence and the evidence's own support, down the chain", () => {
    const flow = computeFlow(evidenceRound("c"));
    expect(flow.partOf.get("e")).toEqual(["c"]);
    expect(flow.partOf.get("w")).toEqual(["e"]);
    expect(["c", "e", "w"].every((id) => flow.answered.has(id))).toBe(true);
    expect(flow.answers.has("e")).toBe(false);
    // The thesis above c is not answered by an answer to c.
    expect(flow.dropped.filter((point) => point.side === "for").map((point) => point.id)).toEqual(["t"]);
  });

  it("answering the thesis answers its whole case made in the same speech", () => {
    const flow = computeFlow(evidenceRound("t"));
    expect(flow.dropped.filter((point) => point.side === "for")).toEqual([]);
  });

  it("answering the evidence does not answer the point it supports", () => {
    const flow = computeFlow(evidenceRound("e"));
    // The card is answered (and its own support with it), the tag above it is not.
    expect(flow.answered.has("e") && flow.answered.has("w")).toBe(true);
    expect(flow.dropped.filter((point) => point.side === "for").map((point) => point.id)).toEqual(["t", "c"]);
  });

  it("support from a later speech is a new argument, answered on its own", () => {
    // e, read in the rebuttal for, extends c; answering c in the opening against did not answer it.
    const doc = round(
      {
        t: ["thesis", "OF"],
        c: ["claim", "OF"],
        k: ["critique", "OA"],
        e: ["evidence", "RF"],
        z: ["claim", "RA"],
      },
      [
        ["c", "support", "t"],
        ["k", "attack", "c"],
        ["k", "attack", "t"],
        ["e", "support", "c"],
      ],
    );
    const flow = computeFlow(doc);
    expect(flow.partOf.has("e")).toBe(false);
    expect(flow.dropped.map((point) => point.id)).toEqual(["k", "e"]);
  });

  it("an answered point in a cycle of supports answers the whole cycle, and an unanswered cycle stays open", () => {
    const cycle = (answered: boolean) =>
      round({ t: ["thesis", "OF"], a: ["claim", "OF"], b: ["claim", "OF"], k: ["critique", "OA"] }, [
        ["a", "support", "b"],
        ["b", "support", "a"],
        ["k", "attack", answered ? "a" : "t"],
      ]);
    expect(computeFlow(cycle(true)).open.filter((point) => point.side === "for")).toEqual([
      { id: "t", side: "for", speech: "OF" },
    ]);
    expect(droppedIds(cycle(false)).filter((id) => id !== "k")).toEqual(["a", "b"]);
  });
});

describe("what the next speech must answer, and what a drop costs", () => {
  const doc = round(
    { t: ["thesis", "OF"], k1: ["critique", "OA"], k2: ["critique", "OA"], r: ["rebuttal", "RF"] },
    [
      ["k1", "attack", "t"],
      ["k2", "attack", "t"],
      ["r", "attack", "k1"],
    ],
  );

  it("lists the other side's unanswered points made before the speech", () => {
    const flow = computeFlow(doc);
    expect(mustAnswer(flow, "RF").map((point) => point.id)).toEqual(["k2"]);
    expect(mustAnswer(flow, "OA").map((point) => point.id)).toEqual([]);
    // The rebuttal against answers the against side's opponents: the for side's points, none of them attacked.
    expect(mustAnswer(flow, "RA").map((point) => point.id)).toEqual(["r"]);
  });

  it("lists only the heads of arguments: evidence read under a point is answered with it", () => {
    const withEvidence = round(
      { t: ["thesis", "OF"], k: ["critique", "OA"], e: ["evidence", "OA"], w: ["claim", "OA"] },
      [
        ["k", "attack", "t"],
        ["e", "support", "k"],
        ["w", "support", "e"],
      ],
    );
    const flow = computeFlow(withEvidence);
    // All three are open, but answering k answers the rest: the rebuttal for must answer k.
    expect(flow.open.map((point) => point.id)).toEqual(["k", "e", "w"]);
    expect(mustAnswer(flow, "RF").map((point) => point.id)).toEqual(["k"]);
  });

  it("finds the speech each side gives next", () => {
    const flow = computeFlow(doc);
    expect(nextSpeechOf(flow, "against")?.id).toBe("RA");
    expect(nextSpeechOf(flow, "for")).toBeUndefined();
    expect(nextSpeechOf(computeFlow(round({}, [])), "for")?.id).toBe("OF");
  });

  it("concedes dropped points for scoring only, on a copy", () => {
    const flow = computeFlow(doc);
    const conceded = withDropsConceded(doc, flow);
    const bases = new Map(conceded.nodes.map((node) => [node.id, node.base]));
    for (const point of flow.dropped) expect(bases.get(point.id)).toBe(1);
    expect(bases.get("k1")).toBeUndefined();
    expect(doc.nodes.every((node) => node.base === undefined)).toBe(true);
  });
});
