import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeFlow } from "../../../src/analysis";
import { checkIntegrity } from "../../../src/model/integrity";
import type { ArgumentMap } from "../../../src/model/schema";
import { commitDraft, type FlowDraft, renamePoint } from "../../../src/ui/flow/flow-drafts";
import { RESPONSE_KEYS } from "../../../src/ui/flow/flow-keys";
import { shortRound } from "./flow-round";

const emptyPolicy = (): ArgumentMap => ({
  format: "argument-map",
  version: 3,
  map: { id: "round", title: "Round", debate: { format: "policy" } },
  nodes: [],
  edges: [],
});

const round = shortRound;

const made = (result: ReturnType<typeof commitDraft>) => {
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe("points typed into the flow sheet", () => {
  it("starts an empty round with the thesis, then the next argument supports it, and a card goes under a claim", () => {
    const thesis = made(commitDraft(emptyPolicy(), { kind: "first", speech: "1AC" }, "  Adopt the plan "));
    expect(thesis.doc.nodes).toEqual([
      { id: thesis.id, kind: "thesis", text: "Adopt the plan", speech: "1AC" },
    ]);
    const claim = made(commitDraft(thesis.doc, { kind: "sibling", of: thesis.id }, "It solves"));
    expect(claim.doc.nodes.at(-1)).toMatchObject({ kind: "claim", speech: "1AC", text: "It solves" });
    expect(claim.doc.edges.at(-1)).toMatchObject({ from: claim.id, to: thesis.id, relation: "support" });
    const second = made(commitDraft(claim.doc, { kind: "sibling", of: claim.id }, "It is cheap"));
    expect(second.doc.edges.at(-1)).toMatchObject({ from: second.id, to: thesis.id, relation: "support" });
    const card = made(commitDraft(second.doc, { kind: "support", of: second.id }, "Smith 24"));
    expect(card.doc.nodes.at(-1)).toMatchObject({ kind: "evidence", speech: "1AC" });
    expect(card.doc.edges.at(-1)).toMatchObject({ from: card.id, to: second.id, relation: "support" });
    // The 1NC answers the second claim, and the next answer below answers it too.
    const answer = made(commitDraft(card.doc, { kind: "answer", target: second.id }, "Costs are hidden"));
    const next = made(commitDraft(answer.doc, { kind: "sibling", of: answer.id }, "It fails"));
    const flow = computeFlow(next.doc);
    expect(flow.speeches.find((speech) => speech.id === "1NC")?.points).toEqual([answer.id, next.id]);
    expect(flow.answers.get(second.id)?.map((a) => a.by)).toEqual([answer.id, next.id]);
  });

  it("never makes a point without words, whatever the draft", () => {
    const drafts: FlowDraft[] = [
      { kind: "first", speech: "RF" },
      { kind: "sibling", of: "c" },
      { kind: "support", of: "c" },
      { kind: "answer", target: "k" },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...drafts), fc.stringMatching(/^[ \t\n]*$/), (draft, blank) => {
        const doc = round();
        const result = commitDraft(doc, draft, blank);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it("makes one valid point with the words typed, for any draft and any words", () => {
    const drafts: FlowDraft[] = [
      { kind: "first", speech: "OA" },
      { kind: "sibling", of: "k" },
      { kind: "support", of: "t" },
      { kind: "answer", target: "c" },
      ...RESPONSE_KEYS.map((response) => ({ kind: "answer" as const, target: "c", response })),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...drafts), fc.string({ minLength: 1, maxLength: 200 }), (draft, words) => {
        const doc = round();
        const result = commitDraft(doc, draft, words);
        if (words.trim() === "" || !result.ok) {
          expect(result.ok).toBe(false);
          return;
        }
        expect(checkIntegrity(result.doc).errors).toEqual([]);
        expect(result.doc.nodes).toHaveLength(doc.nodes.length + 1);
        expect(result.doc.nodes.find((node) => node.id === result.id)?.text).toBe(words.trim());
      }),
    );
  });

  it("renames the label when a point has one, its text otherwise, and refuses blank words", () => {
    const doc = round();
    (doc.nodes[1] as ArgumentMap["nodes"][number]).label = "Short";
    const labelled = renamePoint(doc, "c", "Shorter");
    if (!labelled.ok) throw new Error(labelled.reason);
    expect(labelled.doc.nodes[1]).toMatchObject({ label: "Shorter", text: doc.nodes[1]?.text });
    const texted = renamePoint(doc, "k", "New words");
    if (!texted.ok) throw new Error(texted.reason);
    expect(texted.doc.nodes[2]?.text).toBe("New words");
    expect(renamePoint(doc, "k", "   ").ok).toBe(false);
    // The same words are no edit: the same map, so no undo step.
    const same = renamePoint(doc, "k", doc.nodes[2]?.text ?? "");
    expect(same.ok && same.doc).toBe(doc);
  });
});
