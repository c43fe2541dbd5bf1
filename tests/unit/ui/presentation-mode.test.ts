/**
 * Presentation mode's pure parts: which key does what at which step, and adding the selection as a step
 * of a saved presentation, which must leave a map that loads, change one presentation by one step, and
 * refuse (the map unchanged) what the format would not hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadMap } from "../../../src/io/load";
import { serializeMap } from "../../../src/io/serialize";
import { type ArgumentMap, LIMITS } from "../../../src/model/schema";
import { createAppStores } from "../../../src/store/app-stores";
import {
  addSelectionStep,
  NEW_PRESENTATION_TITLE,
  savedSteps,
} from "../../../src/ui/debate/presentation-steps";
import { presentationKey } from "../../../src/ui/present/presentation-keys";
import { relationsToShown } from "../../../src/ui/present/step-relations";
import { validMapArb } from "../../helpers/arbitraries";
import { smallMap } from "../../helpers/small-map";
import { buildMap, edgeId } from "../analysis/map-builder";

describe("the keys of presentation mode", () => {
  const at = (step: number, onButton = false) => ({ at: step, count: 5, onButton });

  it("step forward and back, to the ends, and never past them", () => {
    for (const key of ["ArrowRight", "ArrowDown", "PageDown", " "])
      expect(presentationKey(key, at(1))).toEqual({ kind: "go", step: 2 });
    for (const key of ["ArrowLeft", "ArrowUp", "PageUp"])
      expect(presentationKey(key, at(1))).toEqual({ kind: "go", step: 0 });
    expect(presentationKey("ArrowRight", at(4))).toEqual({ kind: "go", step: 4 });
    expect(presentationKey("ArrowLeft", at(0))).toEqual({ kind: "go", step: 0 });
    expect(presentationKey("Home", at(3))).toEqual({ kind: "go", step: 0 });
    expect(presentationKey("End", at(0))).toEqual({ kind: "go", step: 4 });
  });

  it("leave, toggle strengths and notes, and leave Space to a focused button", () => {
    expect(presentationKey("Escape", at(2))).toEqual({ kind: "leave" });
    expect(presentationKey("s", at(2))).toEqual({ kind: "strengths" });
    expect(presentationKey("N", at(2))).toEqual({ kind: "notes" });
    expect(presentationKey(" ", at(2, true))).toBeNull();
    expect(presentationKey("x", at(2))).toBeNull();
  });
});

describe("the relations shown with a point", () => {
  const doc = buildMap({ t: { kind: "thesis" }, c: {}, k: { kind: "critique" }, u: { kind: "critique" } }, [
    ["c", "support", "t"],
    ["k", "attack", "c"],
    ["u", "undercut", edgeId("c", "support", "t")],
  ]);

  it("are those to points already shown, and an undercut's once both ends of its link are", () => {
    expect(relationsToShown(doc, "k", new Set(["t", "k"]))).toEqual([]);
    expect(relationsToShown(doc, "k", new Set(["c", "k"]))).toEqual([
      { edgeId: edgeId("k", "attack", "c"), relation: "attack", target: "c" },
    ]);
    expect(relationsToShown(doc, "u", new Set(["c", "u"]))).toEqual([]);
    expect(relationsToShown(doc, "u", new Set(["t", "c", "u"]))).toEqual([
      {
        edgeId: edgeId("u", "undercut", edgeId("c", "support", "t")),
        relation: "undercut",
        target: "t",
        linkFrom: "c",
      },
    ]);
  });
});

describe("adding the selection as a step", () => {
  const doc = smallMap();
  const ids = doc.nodes.map((node) => node.id);

  it("starts a presentation when the map has none, then grows the one named", () => {
    const first = addSelectionStep(doc, null, [ids[0] as string], ids[0]);
    if (!first.ok) throw new Error(first.reason);
    expect(first.doc.presentations).toEqual([
      { id: first.presentationId, title: NEW_PRESENTATION_TITLE, steps: [{ show: [ids[0]], focus: ids[0] }] },
    ]);
    const second = addSelectionStep(first.doc, first.presentationId, [ids[1] as string, "ghost"], "ghost");
    if (!second.ok) throw new Error(second.reason);
    expect(second.stepCount).toBe(2);
    // An id that names no point is left out, and a focus outside the step is no focus.
    expect(second.doc.presentations?.[0]?.steps[1]).toEqual({ show: [ids[1]] });
    expect(savedSteps(second.doc, second.doc.presentations?.[0] as never).map((s) => s.shown)).toEqual([
      [ids[0]],
      [ids[0], ids[1]],
    ]);
  });

  it("refuses an empty selection and a presentation at its limit, leaving the map alone", () => {
    expect(addSelectionStep(doc, null, [], undefined)).toMatchObject({ ok: false });
    expect(addSelectionStep(doc, null, ["ghost"], undefined)).toMatchObject({ ok: false });
    const full: ArgumentMap = {
      ...doc,
      presentations: [
        { id: "p", title: "Full", steps: Array.from({ length: LIMITS.steps }, () => ({ show: [] })) },
      ],
    };
    const refused = addSelectionStep(full, "p", ids, undefined);
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
    expect(addSelectionStep(many, null, ids, undefined)).toMatchObject({ ok: false });
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
          const result = addSelectionStep(map, target, show, show[0]);
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

describe("the presentation store", () => {
  it("closes when another map opens, and adding a step is one undo step", () => {
    const stores = createAppStores({ initialDoc: smallMap });
    stores.presentation.getState().start(null);
    stores.presentation.getState().goTo(3);
    const doc = stores.document.getState().doc;
    const added = addSelectionStep(doc, null, [doc.nodes[0]?.id as string], undefined);
    if (!added.ok) throw new Error(added.reason);
    stores.document.getState().applyEdit(() => added.doc);
    expect(stores.document.getState().doc.presentations?.length).toBe(1);
    stores.document.getState().undo();
    expect(stores.document.getState().doc.presentations).toBeUndefined();
    stores.document.getState().openDocument(smallMap());
    expect(stores.presentation.getState()).toMatchObject({ open: false, step: 0, presentationId: null });
  });
});
