/**
 * A speech's outline starts from the flow: the points placed in the speech and the answers it still owes,
 * follows the flow as it changes, and keeps what the debater chose (order, points added, points taken out).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeFlow } from "../../../src/analysis/flow";
import { mustAnswer } from "../../../src/analysis/round-answers";
import { speechOutlineEntries } from "../../../src/analysis/speech-outline-entries";
import type { ArgumentMap } from "../../../src/model/schema";
import { buildMap, type EdgeSpec } from "./map-builder";

/** A classroom round: OF makes the thesis and two claims, OA attacks the thesis and one claim. */
function round(extra: Record<string, string> = {}, edges: EdgeSpec[] = []): ArgumentMap {
  const speeches: Record<string, string> = { t: "OF", c1: "OF", c2: "OF", k1: "OA", k2: "OA", ...extra };
  const nodes = Object.fromEntries(
    Object.entries(speeches).map(([id, speech]) => [
      id,
      {
        kind:
          id === "t" ? ("thesis" as const) : id.startsWith("k") ? ("critique" as const) : ("claim" as const),
        speech,
      },
    ]),
  );
  return buildMap(nodes, [
    ["c1", "support", "t"],
    ["c2", "support", "t"],
    ["k1", "attack", "t"],
    ["k2", "attack", "c2"],
    ...edges,
  ]);
}

describe("a speech's outline from the flow", () => {
  it("lists the points the flow places in the speech, then the answers it owes", () => {
    const flow = computeFlow(round({ r1: "RF" }, [["r1", "attack", "k1"]]));
    const owed = mustAnswer(flow, "RF").map((point) => point.id);
    // k2 is open (nothing answers it), k1 is answered by r1.
    expect(owed).toEqual(["k2"]);
    expect(speechOutlineEntries(flow, "RF")).toEqual([
      { id: "r1", role: "point" },
      { id: "k2", role: "answer" },
    ]);
    // The opening's outline is what the flow placed in it, in the map's order: it owes nothing.
    expect(speechOutlineEntries(flow, "OF").map((entry) => entry.id)).toEqual(
      flow.speeches[0]?.points as string[],
    );
  });

  it("follows the flow: an owed point once answered leaves, its answer comes in", () => {
    const before = computeFlow(round());
    expect(speechOutlineEntries(before, "RF").map((entry) => entry.role)).toEqual(["answer", "answer"]);
    const after = computeFlow(round({ r2: "RF" }, [["r2", "attack", "k2"]]));
    const entries = speechOutlineEntries(after, "RF", { order: ["k2", "k1"] });
    expect(entries).toEqual([
      { id: "k1", role: "answer" },
      { id: "r2", role: "point" },
    ]);
  });

  it("keeps the debater's order, added points and taken-out points", () => {
    const flow = computeFlow(round({ r1: "RF", r2: "RF" }));
    const entries = speechOutlineEntries(flow, "RF", {
      order: ["k1", "c1", "r2"],
      added: ["c1"],
      takenOut: ["k2"],
    });
    expect(entries).toEqual([
      { id: "k1", role: "answer" },
      { id: "c1", role: "added" },
      { id: "r2", role: "point" },
      { id: "r1", role: "point" },
    ]);
  });

  it("lists every point of the speech and every owed answer not taken out once, and nothing else unless added", () => {
    const ids = ["t", "c1", "c2", "k1", "k2", "r1", "r2", "ghost"];
    const pick = fc.subarray(ids);
    fc.assert(
      fc.property(
        fc.constantFrom("OF", "OA", "RF", "RA"),
        fc.record({ order: fc.shuffledSubarray(ids), added: pick, takenOut: pick }),
        fc.boolean(),
        (speechId, choices, answered) => {
          const doc = round({ r1: "RF", r2: "RA" }, answered ? [["r1", "attack", "k2"]] : []);
          const flow = computeFlow(doc);
          const entries = speechOutlineEntries(flow, speechId, choices);
          const listed = entries.map((entry) => entry.id);
          expect(new Set(listed).size).toBe(listed.length);
          const placed = flow.speeches.find((speech) => speech.id === speechId)?.points ?? [];
          const owed = mustAnswer(flow, speechId).map((point) => point.id);
          const expected = new Set([
            ...[...placed, ...owed].filter((id) => !choices.takenOut.includes(id)),
            ...choices.added,
          ]);
          expect(new Set(listed)).toEqual(expected);
          // The arranged entries come first, in the order arranged.
          const arranged = choices.order.filter((id) => expected.has(id));
          expect(listed.slice(0, arranged.length)).toEqual(arranged);
        },
      ),
    );
  });
});
