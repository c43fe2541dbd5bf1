/**
 * Properties of the drop rule over random rounds: the first node is the thesis, every node is placed in a
 * random speech (or none) of a random format.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeFlow } from "../../../src/analysis/flow";
import { DEBATE_FORMATS, flowSpeeches, otherSide } from "../../../src/model/debate-formats";
import type { ArgumentMap } from "../../../src/model/schema";
import { arbitraryMap } from "./arbitrary-maps";

const roundArb = fc
  .record({
    map: arbitraryMap({ maxNodes: 10 }),
    format: fc.constantFrom(...DEBATE_FORMATS),
    placements: fc.array(fc.option(fc.nat(20), { nil: undefined, freq: 4 }), {
      minLength: 10,
      maxLength: 10,
    }),
  })
  .map(({ map, format, placements }) => {
    const speeches = flowSpeeches(format);
    const doc: ArgumentMap = {
      ...map,
      map: { ...map.map, debate: { format: format.id } },
      nodes: map.nodes.map((node, i) => {
        const at = placements[i];
        return {
          ...node,
          ...(i === 0 ? { kind: "thesis" as const } : {}),
          ...(at === undefined ? {} : { speech: speeches[at % speeches.length]?.id }),
        };
      }),
    };
    return doc;
  });

describe("drops", () => {
  it("adding an answer in a later speech of the other side never adds a drop among the points already made", () => {
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

        const was = new Set(before.dropped.map((point) => point.id));
        for (const point of after.dropped) {
          if (point.id !== "answer") expect(was.has(point.id), `${point.id} became dropped`).toBe(true);
        }
        expect(after.dropped.some((point) => point.id === target)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it("a dropped point is never answered, and droppedIn is the first later speech of the other side", () => {
    fc.assert(
      fc.property(roundArb, (doc) => {
        const flow = computeFlow(doc);
        const order = flowSpeeches(flow.format);
        for (const point of flow.dropped) {
          expect(flow.answers.get(point.id) ?? []).toEqual([]);
          const at = order.findIndex((speech) => speech.id === point.speech);
          const next = order.slice(at + 1).find((speech) => speech.side !== point.side);
          expect(point.droppedIn).toBe(next?.id);
        }
        // Every placed point is either answered, dropped, or past the other side's last speech.
        for (const [id, speechId] of flow.speechOf) {
          const at = order.findIndex((speech) => speech.id === speechId);
          const side = flow.sideOf.get(id);
          const canBeAnswered = order.slice(at + 1).some((speech) => speech.side !== side);
          const answered = (flow.answers.get(id)?.length ?? 0) > 0;
          const dropped = flow.dropped.some((point) => point.id === id);
          expect(dropped).toBe(canBeAnswered && !answered);
        }
      }),
      { numRuns: 300 },
    );
  });
});
