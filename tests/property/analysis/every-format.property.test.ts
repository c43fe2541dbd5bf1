/**
 * The flow holds on every format a map can choose (each of Warrant's, public forum with either side
 * first, random custom formats): its speeches are the format's, the conceded-score switch concedes the
 * drops and nothing else, and `warrant flow --json` prints what the flow computes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeFlow } from "../../../src/analysis/flow";
import { withDropsConceded } from "../../../src/analysis/round-answers";
import { runCli } from "../../../src/cli/main";
import { serializeMap } from "../../../src/io/serialize";
import { DEBATE_FORMATS, flowSpeeches, formatOfMap } from "../../../src/model/debate-formats";
import { formatChoiceArb } from "../../helpers/format-choice-arb";
import { memoryIo } from "../../helpers/memory-io";
import { roundArb } from "./round-arb";

describe("every format", () => {
  it("the flow has one column per speech of the format, in its order, and every placed point in one", () => {
    fc.assert(
      fc.property(roundArb, (doc) => {
        const flow = computeFlow(doc);
        const speeches = flowSpeeches(formatOfMap(doc.map));
        expect(flow.speeches.map((speech) => [speech.id, speech.side])).toEqual(
          speeches.map((speech) => [speech.id, speech.side]),
        );
        const placed = flow.speeches.flatMap((speech) => speech.points);
        expect(new Set(placed).size).toBe(placed.length);
        const ids = new Set(speeches.map((speech) => speech.id));
        for (const node of doc.nodes) {
          const inFlow = placed.includes(node.id);
          expect(inFlow).toBe(node.speech !== undefined && ids.has(node.speech));
          expect(inFlow || flow.unplaced.includes(node.id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("either side first gives the same speeches, each pair in the other order, and the chosen side opens", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DEBATE_FORMATS.filter((format) => format.eitherSideFirst)), (format) => {
        const forFirst = flowSpeeches(formatOfMap({ debate: { format: format.id } }));
        const againstFirst = flowSpeeches(
          formatOfMap({ debate: { format: format.id, firstSide: "against" } }),
        );
        expect(forFirst[0]?.side).toBe("for");
        expect(againstFirst[0]?.side).toBe("against");
        expect([...againstFirst].map((s) => s.id).sort()).toEqual([...forFirst].map((s) => s.id).sort());
        for (let i = 0; i + 1 < forFirst.length; i += 2) {
          expect(againstFirst[i]).toBe(forFirst[i + 1]);
          expect(againstFirst[i + 1]).toBe(forFirst[i]);
        }
      }),
    );
  });

  it("conceding the drops sets the base of each dropped point to 1 and changes nothing else", () => {
    fc.assert(
      fc.property(roundArb, (doc) => {
        const flow = computeFlow(doc);
        const conceded = withDropsConceded(doc, flow);
        const dropped = new Set(flow.dropped.map((point) => point.id));
        expect(conceded.edges).toBe(doc.edges);
        expect(conceded.nodes.length).toBe(doc.nodes.length);
        conceded.nodes.forEach((node, i) => {
          const before = doc.nodes[i];
          if (dropped.has(node.id)) expect(node).toEqual({ ...before, base: 1 });
          else expect(node).toBe(before);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("warrant flow --json prints the format's speeches with their points and the drops the flow computes", async () => {
    await fc.assert(
      fc.asyncProperty(roundArb, async (doc) => {
        const io = memoryIo({ "round.json": serializeMap(doc) });
        expect(await runCli(["flow", "round.json", "--json"], io)).toBe(0);
        const printed = JSON.parse(io.out);
        const flow = computeFlow(doc);
        expect(printed.format).toBe(flow.format.id);
        expect(
          printed.speeches.map((speech: { id: string; points: string[] }) => [speech.id, speech.points]),
        ).toEqual(flow.speeches.map((speech) => [speech.id, speech.points]));
        expect(printed.dropped).toEqual(
          flow.dropped.map(({ id, side, speech, droppedIn }) => ({ id, side, speech, droppedIn })),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("every format choice reads to a format with speeches of both sides and distinct speech ids", () => {
    fc.assert(
      fc.property(formatChoiceArb, (choice) => {
        const speeches = flowSpeeches(formatOfMap({ debate: choice }));
        expect(new Set(speeches.map((speech) => speech.id)).size).toBe(speeches.length);
        expect(speeches.some((speech) => speech.side === "for")).toBe(true);
        expect(speeches.some((speech) => speech.side === "against")).toBe(true);
      }),
    );
  });
});
