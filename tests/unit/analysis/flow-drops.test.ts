/**
 * The drop rule on hand-made rounds: a point is answered by an attack on it, or an undercut of its link,
 * from a later speech of the other side; anything else leaves it dropped, except a point after which the
 * other side has no speech left.
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

describe("drops", () => {
  it("a critique no later speech answers is dropped in the other side's next speech", () => {
    const doc = round({ t: ["thesis", "OF"], k: ["critique", "OA"] }, [["k", "attack", "t"]]);
    expect(computeFlow(doc).dropped).toEqual([{ id: "k", side: "against", speech: "OA", droppedIn: "RF" }]);
  });

  it("an attack from a later speech of the other side answers a point", () => {
    const doc = round({ t: ["thesis", "OF"], k: ["critique", "OA"], r: ["rebuttal", "RF"] }, [
      ["k", "attack", "t"],
      ["r", "attack", "k"],
    ]);
    // k is answered; only the rebuttal r, which the rebuttal against leaves alone, is dropped.
    expect(droppedIds(doc)).toEqual(["r"]);
    expect(computeFlow(doc).answers.get("t")).toEqual([
      { by: "k", edge: edgeId("k", "attack", "t"), inSpeech: "OA" },
    ]);
  });

  it("an undercut of a point's link answers it", () => {
    // The claim c supports the thesis; d says that, true or not, c does not bear on it.
    const doc = round({ t: ["thesis", "OF"], c: ["claim", "OF"], d: ["critique", "OA"] }, [
      ["c", "support", "t"],
      ["d", "undercut", edgeId("c", "support", "t")],
    ]);
    const flow = computeFlow(doc);
    expect(flow.answers.get("c")?.map((answer) => answer.by)).toEqual(["d"]);
    // c is answered; the thesis, which nothing attacks, and d, which nothing answers, are dropped.
    expect(flow.dropped.map((point) => point.id)).toEqual(["t", "d"]);
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
    expect(droppedIds(doc)).toEqual(["r"]);
  });

  it("an answer by the wrong side does not count", () => {
    // k2 attacks k but is the against side's own point (it is placed in an against speech).
    const doc = round({ t: ["thesis", "OF"], k: ["critique", "OA"], k2: ["critique", "RA"] }, [
      ["k", "attack", "t"],
      ["k2", "attack", "k"],
    ]);
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
    expect(droppedIds(early)).toContain("k");
    // And an answer in the same speech as the point is no answer either.
    const same = round({ t: ["thesis", "OF"], k: ["critique", "OA"], j: ["claim", "OA"] }, [
      ["k", "attack", "t"],
      ["j", "attack", "k"],
    ]);
    expect(droppedIds(same)).toContain("k");
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
    expect(droppedIds(doc)).toEqual(["k"]);
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
    // k2 comes in the last speech: nobody can answer it, so it is not a drop.
    expect(droppedIds(doc)).toEqual([]);
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

  it("the thesis the other side never attacks is dropped by it", () => {
    const doc = round({ t: ["thesis", "OF"], c: ["claim", "OF"] }, [["c", "support", "t"]]);
    expect(computeFlow(doc).dropped).toEqual([
      { id: "t", side: "for", speech: "OF", droppedIn: "OA" },
      { id: "c", side: "for", speech: "OF", droppedIn: "OA" },
    ]);
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
