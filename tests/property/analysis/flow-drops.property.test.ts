/**
 * Properties of the drop rule over random rounds: the first node is the thesis, every node is placed in a
 * random speech (or none) of a random format: each of Warrant's, public forum with either side first, and
 * random custom formats.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeFlow } from "../../../src/analysis/flow";
import { flowSpeeches, otherSide } from "../../../src/model/debate-formats";
import { roundArb } from "./round-arb";

describe("drops", () => {
  it("adding an answer in a later speech of the other side never adds a drop, but in the speech it gives", () => {
    fc.assert(
      fc.property(roundArb, fc.nat(), fc.nat(), fc.boolean(), (doc, pick, later, viaLink) => {
        const before = computeFlow(doc);
        const placed = [...before.speechOf.keys()];
        if (placed.length === 0) return;
        const target = placed[pick % placed.length] as string;
        const speeches = flowSpeeches(before.format);
        const at = speeches.findIndex((speech) => speech.id === before.speechOf.get(target));
        const side = before.sideOf.get(target);
        if (side === undefined) throw new Error("a placed point always has a side");
        const answering = speeches.filter((speech, i) => i > at && speech.side === otherSide(side));
        if (answering.length === 0) return;
        const speech = (answering[later % answering.length] as { id: string }).id;
        const link = doc.edges.find((edge) => edge.from === target && edge.relation !== "undercut");
        const answer = { id: "answer", kind: "critique" as const, text: "An answer.", speech };
        const edge =
          viaLink && link
            ? { id: "answer-edge", from: "answer", to: link.id, relation: "undercut" as const }
            : { id: "answer-edge", from: "answer", to: target, relation: "attack" as const };
        const after = computeFlow({ ...doc, nodes: [...doc.nodes, answer], edges: [...doc.edges, edge] });

        // In a speech already given, no point becomes dropped. An answer in a speech not given yet gives
        // it: what that speech leaves unanswered is dropped in it, and nowhere else.
        const was = new Set(before.dropped.map((point) => point.id));
        for (const point of after.dropped) {
          if (point.id === "answer" || was.has(point.id)) continue;
          expect(before.given.has(speech), `${point.id} became dropped in a speech already given`).toBe(
            false,
          );
          expect(point.droppedIn, `${point.id} became dropped elsewhere than in ${speech}`).toBe(speech);
        }
        expect(after.answered.has(target)).toBe(true);
        expect(after.dropped.some((point) => point.id === target)).toBe(false);
        expect(after.open.some((point) => point.id === target)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it("a point is dropped exactly when unanswered and a later speech of the other side was given", () => {
    fc.assert(
      fc.property(roundArb, (doc) => {
        const flow = computeFlow(doc);
        const order = flowSpeeches(flow.format);
        // Given: holding a point, read from the speeches themselves.
        const givenIds = new Set(
          flow.speeches.filter((speech) => speech.points.length > 0).map((speech) => speech.id),
        );
        const given = (speech: { id: string }) => givenIds.has(speech.id);
        for (const point of flow.dropped) {
          expect(flow.answered.has(point.id)).toBe(false);
          expect(flow.answers.get(point.id) ?? []).toEqual([]);
          const at = order.findIndex((speech) => speech.id === point.speech);
          const next = order.slice(at + 1).find((speech) => speech.side !== point.side && given(speech));
          expect(point.droppedIn).toBe(next?.id);
        }
        for (const [id, speechId] of flow.speechOf) {
          const at = order.findIndex((speech) => speech.id === speechId);
          const side = flow.sideOf.get(id);
          const later = order.slice(at + 1).filter((speech) => speech.side !== side);
          const answered = flow.answered.has(id);
          // Answered: directly, or because an argument it is part of is answered.
          const direct = (flow.answers.get(id)?.length ?? 0) > 0;
          const heads = flow.partOf.get(id) ?? [];
          expect(answered).toBe(direct || heads.some((head) => flow.answered.has(head)));
          for (const head of heads) {
            expect(flow.speechOf.get(head)).toBe(speechId);
            expect(flow.sideOf.get(head)).toBe(side);
          }
          const dropped = flow.dropped.some((point) => point.id === id);
          const open = flow.open.some((point) => point.id === id);
          expect(open).toBe(later.length > 0 && !answered);
          expect(dropped).toBe(later.some(given) && !answered);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("every answered point without an answer of its own is reached down a chain of supports from one that has", () => {
    fc.assert(
      fc.property(roundArb, (doc) => {
        const flow = computeFlow(doc);
        const reached = new Set(
          [...flow.answers.keys()].filter((id) => (flow.answers.get(id)?.length ?? 0) > 0),
        );
        let grew = true;
        while (grew) {
          grew = false;
          for (const [id, heads] of flow.partOf) {
            if (!reached.has(id) && heads.some((head) => reached.has(head))) {
              reached.add(id);
              grew = true;
            }
          }
        }
        expect([...flow.answered].sort()).toEqual([...reached].sort());
      }),
      { numRuns: 300 },
    );
  });
});
