/**
 * The classroom and flow edits write their maps as immer recipes (operations/draft.ts), so the undo
 * history keeps their own fine-grained patches: undo and redo give back exactly the maps they stood for,
 * and no step falls back to replacing whole parts of the map (patch-history.ts `stepBetween`). Each edit
 * leaves the map it was given alone, makes a valid map and shares every record it did not change.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadMapValue } from "../../src/io/load";
import { stableJson } from "../../src/model/classroom/stable-json";
import type { ArgumentMap } from "../../src/model/schema";
import { studentEditGuard } from "../../src/store/classroom/student-guard";
import { createDocumentStore } from "../../src/store/document-store";
import { createEventBus } from "../../src/store/events";
import type { HistoryStep } from "../../src/store/patch-history";
import { validMapArb } from "../helpers/arbitraries";
import { classroomOrFlowStepArb } from "../helpers/classroom-flow-steps";
import { expectUndoAndRedoThrough } from "../helpers/undo-walk";

/** The patches of a step that replace or add a whole top-level part of the map (the coarse fallback). */
const coarsePatches = (step: HistoryStep) =>
  [...step.patches, ...step.inverse].filter((patch) => patch.path.length < 2);

const lists = (doc: ArgumentMap): Record<string, ReadonlyArray<{ id: string }>> => ({
  nodes: doc.nodes,
  edges: doc.edges,
  sources: doc.sources ?? [],
  presentations: doc.presentations ?? [],
});

describe("classroom and flow edits in the undo history", () => {
  it("undo and redo give back every version, each step made of the edits' own patches", () => {
    fc.assert(
      fc.property(
        validMapArb({ maxNodes: 6, maxEdges: 8 }),
        fc.array(classroomOrFlowStepArb, { maxLength: 15 }),
        (start, steps) => {
          // A student's device, so a copy of an assignment is checked (and its new points marked) as
          // the app checks it: the guard's adjustment must join the edit's step.
          const guard = studentEditGuard(
            () => "student",
            () => {},
          );
          const store = createDocumentStore(createEventBus(), start, guard);
          const versions = [start];
          for (const step of steps) {
            store.getState().applyEdit(step.run);
            const doc = store.getState().doc;
            if (doc === versions.at(-1)) continue;
            versions.push(doc);
            const recorded = store.temporal.getState().pastStates.at(-1) as HistoryStep;
            expect(coarsePatches(recorded), step.name).toEqual([]);
          }
          expect(store.temporal.getState().pastStates).toHaveLength(versions.length - 1);
          expectUndoAndRedoThrough(store, versions);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("leave the map they are given alone, make a valid map, and share every record they do not change", () => {
    fc.assert(
      fc.property(validMapArb({ maxNodes: 6, maxEdges: 8 }), classroomOrFlowStepArb, (doc, step) => {
        const copy = structuredClone(doc);
        const next = step.run(doc);
        expect(doc, step.name).toEqual(copy);
        if (next === doc) return;
        expect(loadMapValue(next).ok, step.name).toBe(true);
        // A part of the map whose content is the same is the very same object.
        for (const key of ["map", "view", "nodes", "edges", "sources", "presentations"] as const) {
          if (stableJson(next[key]) === stableJson(doc[key]))
            expect(next[key], `${step.name}: ${key}`).toBe(doc[key]);
        }
        for (const [name, list] of Object.entries(lists(next))) {
          const old = new Map((lists(doc)[name] ?? []).map((record) => [record.id, record]));
          for (const record of list) {
            const was = old.get(record.id);
            if (was !== undefined && stableJson(was) === stableJson(record)) {
              expect(record, `${step.name}: ${name} ${record.id}`).toBe(was);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
