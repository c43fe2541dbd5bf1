/**
 * Adding the selected points as a step of a saved presentation: it must leave a map that loads, change
 * one presentation by exactly one step, and refuse (the map unchanged) what the format would not hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadMap } from "../../../src/io/load";
import { serializeMap } from "../../../src/io/serialize";
import { addPresentationStep, NEW_PRESENTATION_TITLE } from "../../../src/model/operations";
import { type ArgumentMap, LIMITS, type Presentation } from "../../../src/model/schema";
import { savedSteps } from "../../../src/ui/debate/presentation-steps";
import { validMapArb } from "../../helpers/arbitraries";
import { smallMap } from "../../helpers/small-map";

describe("adding the selection as a step", () => {
  const doc = smallMap();
  const ids = doc.nodes.map((node) => node.id);

  it("starts a presentation when the map has none, then grows the one named", () => {
    const first = addPresentationStep(doc, null, [ids[0] as string], ids[0]);
    if (!first.ok) throw new Error(first.reason);
    expect(first.doc.presentations).toEqual([
      { id: first.presentationId, title: NEW_PRESENTATION_TITLE, steps: [{ show: [ids[0]], focus: ids[0] }] },
    ]);
    const second = addPresentationStep(first.doc, first.presentationId, [ids[1] as string, "ghost"], "ghost");
    if (!second.ok) throw new Error(second.reason);
    expect(second.stepCount).toBe(2);
    // An id that names no point is left out, and a focus outside the step is no focus.
    expect(second.doc.presentations?.[0]?.steps[1]).toEqual({ show: [ids[1]] });
    expect(savedSteps(second.doc, second.doc.presentations?.[0] as Presentation).map((s) => s.shown)).toEqual(
      [[ids[0]], [ids[0], ids[1]]],
    );
  });

  it("refuses an empty selection and a presentation at its limit, leaving the map alone", () => {
    expect(addPresentationStep(doc, null, [], undefined)).toMatchObject({ ok: false });
    expect(addPresentationStep(doc, null, ["ghost"], undefined)).toMatchObject({ ok: false });
    const full: ArgumentMap = {
      ...doc,
      presentations: [
        { id: "p", title: "Full", steps: Array.from({ length: LIMITS.steps }, () => ({ show: [] })) },
      ],
    };
    const refused = addPresentationStep(full, "p", ids, undefined);
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.reason).toContain("“Full”");
    const many: ArgumentMap = {
      ...doc,
      presentations: Array.from({ length: LIMITS.presentations }, (_, i) => ({
        id: `p${i}`,
        title: "T",
        steps: [],
      })),
    };
    expect(addPresentationStep(many, null, ids, undefined)).toMatchObject({ ok: false });
  });

  it("on any map, adds exactly one step to one presentation and leaves a map that loads", () => {
    fc.assert(
      fc.property(
        validMapArb().chain((map) =>
          fc.record({
            map: fc.constant(map),
            show: fc.subarray([...map.nodes.map((node) => node.id), "ghost"]),
            target: fc.option(fc.constantFrom("p1", ...(map.presentations ?? []).map((p) => p.id))),
          }),
        ),
        ({ map, show, target }) => {
          const result = addPresentationStep(map, target, show, show[0]);
          const before = map.presentations ?? [];
          if (!result.ok) {
            expect(show.filter((id) => id !== "ghost")).toEqual([]);
            return;
          }
          const after = result.doc.presentations ?? [];
          const changed = after.filter((p) => !before.includes(p));
          expect(changed.map((p) => p.id)).toEqual([result.presentationId]);
          const old = before.find((p) => p.id === result.presentationId);
          expect(changed[0]?.steps.length).toBe((old?.steps.length ?? 0) + 1);
          expect(after.length).toBe(before.length + (old ? 0 : 1));
          expect(result.doc.nodes).toBe(map.nodes);
          const loaded = loadMap(serializeMap(result.doc));
          expect(loaded.ok).toBe(true);
        },
      ),
    );
  });
});
