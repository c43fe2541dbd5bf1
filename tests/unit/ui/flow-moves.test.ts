import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeFlow } from "../../../src/analysis";
import { isCrossedOut, isExtension } from "../../../src/model/flow-marks";
import { checkIntegrity } from "../../../src/model/integrity";
import { crossApply, extendPoint, toggleCrossedOut } from "../../../src/ui/flow/flow-moves";
import { buildMap } from "../analysis/map-builder";

const round = () =>
  buildMap(
    {
      t: { kind: "thesis", speech: "OF" },
      c: { speech: "OF" },
      k: { kind: "critique", speech: "OA" },
      r: { kind: "rebuttal", speech: "RA" },
    },
    [
      ["c", "support", "t"],
      ["k", "attack", "t"],
    ],
  );

describe("extending and crossing out on the flow", () => {
  it("extends a point into its side's next speech, supporting it and marked as an extension", () => {
    const doc = round();
    const result = extendPoint(doc, "c");
    if (!result.ok) throw new Error(result.reason);
    expect(result.speech).toBe("RF");
    const extension = result.doc.nodes.find((node) => node.id === result.id);
    expect(extension && isExtension(extension)).toBe(true);
    expect(extension?.text).toBe(doc.nodes[1]?.text);
    expect(result.doc.edges.at(-1)).toMatchObject({ from: result.id, to: "c", relation: "support" });
    expect(computeFlow(result.doc).speechOf.get(result.id)).toBe("RF");
    // The against side's critique extends into the RA.
    const against = extendPoint(doc, "k");
    expect(against.ok && against.speech).toBe("RA");
  });

  it("refuses to extend a point whose side has no speech left, or that is in no speech", () => {
    expect(extendPoint(round(), "r").ok).toBe(false);
    const doc = round();
    delete doc.nodes[0]?.speech;
    expect(extendPoint(doc, "t").ok).toBe(false);
  });

  it("crosses out and back in, keeping the point, and the flow's drops are unchanged", () => {
    const doc = round();
    const out = toggleCrossedOut(doc, "k");
    if (!out.ok) throw new Error(out.reason);
    const crossed = out.doc.nodes.find((node) => node.id === "k");
    expect(crossed && isCrossedOut(crossed)).toBe(true);
    expect(out.doc.nodes).toHaveLength(doc.nodes.length);
    expect(computeFlow(out.doc).dropped).toEqual(computeFlow(doc).dropped);
    const back = toggleCrossedOut(out.doc, "k");
    if (!back.ok) throw new Error(back.reason);
    expect(back.doc.nodes).toEqual(doc.nodes);
  });

  it("takes a point crossed out off the drops: conceded or withdrawn, it asks for no answer", () => {
    // The for side's reply is given, and answers nothing of the critique k: k is dropped there.
    const given = round();
    const doc = {
      ...given,
      nodes: [...given.nodes, { id: "x", kind: "claim" as const, text: "More support", speech: "RF" }],
      edges: [...given.edges, { id: "x-t", from: "x", to: "t", relation: "support" as const }],
    };
    const before = computeFlow(doc);
    const drop = before.dropped.find((point) => point.id === "k");
    if (!drop) throw new Error(`the round drops k: ${JSON.stringify(before.dropped)}`);
    const out = toggleCrossedOut(doc, drop.id);
    if (!out.ok) throw new Error(out.reason);
    const after = computeFlow(out.doc);
    expect(after.dropped).toEqual(before.dropped.filter((point) => point.id !== drop.id));
    expect(after.open).toEqual(before.open.filter((point) => point.id !== drop.id));
  });

  it("cross-applies a later point of the other side as one more answer, never a copy", () => {
    const doc = round();
    // Nothing answers c (the OF's claim) directly; the critique k, made later by the other side, now does.
    expect(computeFlow(doc).answers.get("c")).toBeUndefined();
    const result = crossApply(doc, "k", "c");
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.nodes).toEqual(doc.nodes);
    expect(result.doc.edges.at(-1)).toMatchObject({
      from: "k",
      to: "c",
      relation: "attack",
      response: "cross-apply",
    });
    expect(
      computeFlow(result.doc)
        .answers.get("c")
        ?.map((answer) => answer.by),
    ).toEqual(["k"]);
    // Not the same side, not an earlier speech, not twice.
    expect(crossApply(doc, "c", "t").ok).toBe(false);
    expect(crossApply(doc, "t", "k").ok).toBe(false);
    expect(crossApply(result.doc, "k", "c").ok).toBe(false);
  });

  it("always leaves a valid map, whatever is extended or crossed out, in any order", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom("extend", "cross", "apply"),
            fc.constantFrom("t", "c", "k", "r"),
            fc.constantFrom("t", "c", "k", "r"),
          ),
          { maxLength: 8 },
        ),
        (moves) => {
          let doc = round();
          for (const [move, id, other] of moves) {
            const result =
              move === "extend"
                ? extendPoint(doc, id)
                : move === "cross"
                  ? toggleCrossedOut(doc, id)
                  : crossApply(doc, id, other);
            if (result.ok) doc = result.doc;
          }
          expect(checkIntegrity(doc).errors).toEqual([]);
        },
      ),
    );
  });
});
