import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeFlow } from "../../../src/analysis";
import { answerInNextSpeech, placeInSpeech, siblingInSpeech } from "../../../src/app/flow-edits";
import { checkIntegrity } from "../../../src/model/integrity";
import { RESPONSES } from "../../../src/model/schema";
import { edgeId } from "../analysis/map-builder";
import { shortRound } from "../ui/flow-round";

const round = shortRound;

describe("editing from the flow", () => {
  it("answers a point in the other side's next speech, and the answer leaves it neither open nor dropped", () => {
    const doc = round();
    expect(computeFlow(doc).open.map((point) => point.id)).toContain("k");
    const result = answerInNextSpeech(doc, "k");
    if (!result.ok) throw new Error(result.reason);
    expect(result.speech).toBe("RF");
    const answer = result.doc.nodes.find((node) => node.id === result.id);
    expect(answer).toMatchObject({ kind: "rebuttal", speech: "RF" });
    expect(result.doc.edges.at(-1)).toMatchObject({ from: result.id, to: "k", relation: "attack" });
    const after = computeFlow(result.doc);
    expect(after.open.map((point) => point.id)).not.toContain("k");
    expect(after.dropped.map((point) => point.id)).not.toContain("k");
  });

  it("draws each named response as the relation it is, and records the name", () => {
    const doc = round();
    const delink = answerInNextSpeech(doc, "c", "delink");
    if (!delink.ok) throw new Error(delink.reason);
    expect(delink.doc.edges.at(-1)).toMatchObject({
      relation: "undercut",
      to: edgeId("c", "support", "t"),
      response: "delink",
    });
    const mitigation = answerInNextSpeech(doc, "t", "mitigation");
    if (!mitigation.ok) throw new Error(mitigation.reason);
    expect(mitigation.doc.edges.at(-1)).toMatchObject({
      relation: "attack",
      to: "t",
      response: "mitigation",
      weight: 0.5,
    });
    expect(mitigation.doc.nodes.at(-1)).toMatchObject({ kind: "critique", speech: "OA" });
  });

  it("refuses with a reason when no speech of the other side is left, or the point is in none", () => {
    const doc = round();
    doc.nodes.push(
      { id: "late", kind: "critique", text: "Late.", speech: "RA" },
      { id: "free", kind: "claim", text: "Free." },
    );
    expect(answerInNextSpeech(doc, "late")).toEqual({
      ok: false,
      reason: "the other side has no speech left after the RA",
    });
    expect(answerInNextSpeech(doc, "free").ok).toBe(false);
    expect(answerInNextSpeech(doc, "t", "delink")).toMatchObject({ ok: false });
  });

  it("adds a sibling in the same speech, and places points in speeches", () => {
    const sibling = siblingInSpeech(round(), "c");
    if (!sibling.ok) throw new Error(sibling.reason);
    expect(sibling.doc.nodes.at(-1)).toMatchObject({ kind: "claim", speech: "OF" });
    const moved = placeInSpeech(round(), "c", "RF");
    expect(moved.ok && moved.doc.nodes[1]?.speech).toBe("RF");
    expect(placeInSpeech(round(), "c", "1AC")).toEqual({
      ok: false,
      reason: "1AC is not a speech of this round",
    });
    const out = placeInSpeech(round(), "c", undefined);
    expect(out.ok && "speech" in (out.doc.nodes[1] as object)).toBe(false);
  });

  it("always leaves a valid map, whatever is answered and how", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("t", "c", "k"),
        fc.option(fc.constantFrom(...RESPONSES), { nil: undefined }),
        (id, response) => {
          const result = answerInNextSpeech(round(), id, response);
          if (result.ok) expect(checkIntegrity(result.doc).errors).toEqual([]);
        },
      ),
    );
  });
});
