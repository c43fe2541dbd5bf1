/**
 * Presentation mode's parts apart from the browser: which key does what at which step, the relations
 * shown with a point, and the store (closed when another map opens; a step added is one undo step).
 */

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app/create-app";
import { createAppStores } from "../../../src/app/create-stores";
import { addPresentationStep } from "../../../src/model/operations";
import { presentationKey } from "../../../src/ui/present/presentation-keys";
import { relationsToShown } from "../../../src/ui/present/step-relations";
import { smallMap } from "../../helpers/small-map";
import { stopTestApps, testApp } from "../../helpers/test-app";
import { buildMap, edgeId } from "../analysis/map-builder";

let _app: App;
beforeEach(() => {
  _app = testApp();
});
afterEach(() => stopTestApps());

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

describe("the presentation store", () => {
  it("closes when another map opens, and adding a step is one undo step", () => {
    const stores = createAppStores({ initialDoc: smallMap });
    stores.presentation.getState().start(null);
    stores.presentation.getState().goTo(3);
    const doc = stores.document.getState().doc;
    const added = addPresentationStep(doc, null, [doc.nodes[0]?.id as string], undefined);
    if (!added.ok) throw new Error(added.reason);
    stores.document.getState().applyEdit(() => added.doc);
    expect(stores.document.getState().doc.presentations?.length).toBe(1);
    stores.document.getState().undo();
    expect(stores.document.getState().doc.presentations).toBeUndefined();
    stores.document.getState().openDocument(smallMap());
    expect(stores.presentation.getState()).toMatchObject({ open: false, step: 0, presentationId: null });
  });
});
