/**
 * The editing actions of the app (the ones behind the keys, the toolbar, the menu and the inspector),
 * run in random order on random maps: every document stays valid, each action is at most one app.commands.edit.undo step,
 * undoing them all gives back the starting map exactly and redoing them gives the end.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app/create-app";
import { loadMapValue } from "../../../src/io/load";
import { formatProblem } from "../../../src/model/problem";
import { NODE_KINDS, RELATIONS } from "../../../src/model/schema";
import { textArb, validMapArb } from "../../helpers/arbitraries";
import { stopTestApps, testApp } from "../../helpers/test-app";

let app: App;
beforeEach(() => {
  app = testApp();
});
afterEach(() => stopTestApps());

interface Action {
  name: string;
  run(): void;
}

const store = () => app.stores.document.getState();
const pick = <T>(list: readonly T[], seed: number): T | undefined => list[seed % Math.max(1, list.length)];
const nodeAt = (seed: number) => pick(store().doc.nodes, seed)?.id;

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom("support", "critique", "evidence") as fc.Arbitrary<"support" | "critique" | "evidence">,
    )
    .map(([seed, intent]) => ({
      name: `key for ${intent}`,
      run: () => {
        const id = nodeAt(seed);
        if (id) app.commands.selection.selectNodes([id]);
        app.commands.edit.extendSelected(intent);
      },
    })),
  fc.nat().map((seed) => ({
    name: "key for a sibling",
    run: () => {
      const id = nodeAt(seed);
      if (id) app.commands.selection.selectNodes([id]);
      app.commands.edit.addSiblingOfSelected();
    },
  })),
  fc.tuple(fc.constantFrom(...NODE_KINDS), fc.integer({ min: -500, max: 500 })).map(([kind, x]) => ({
    name: `double-click for a ${kind}`,
    run: () => app.commands.edit.addFree(kind, { x, y: -x }),
  })),
  fc.tuple(fc.nat(), fc.oneof(textArb(30), fc.constant("   "))).map(([seed, text]) => ({
    name: "inline text edit",
    run: () => {
      const id = nodeAt(seed);
      if (id) app.commands.edit.commitText(id, text);
    },
  })),
  fc.array(fc.nat(), { minLength: 1, maxLength: 3 }).map((seeds) => ({
    name: "delete a selection",
    run: () => {
      app.commands.selection.selectNodes(seeds.map(nodeAt).filter((id): id is string => id !== undefined));
      app.commands.edit.deleteSelection();
    },
  })),
  fc.nat().map((seed) => ({
    name: "delete a relation",
    run: () => {
      const id = pick(store().doc.edges, seed)?.id;
      if (!id) return;
      app.commands.selection.selectEdge(id);
      app.commands.edit.deleteSelection();
    },
  })),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...RELATIONS)).map(([a, b, relation]) => ({
    name: `drag a ${relation}`,
    run: () => {
      const from = nodeAt(a);
      const to = relation === "undercut" ? pick(store().doc.edges, b)?.id : nodeAt(b);
      if (from && to) app.commands.edit.connectNodes(from, to, relation);
    },
  })),
  fc.array(fc.nat(), { minLength: 1, maxLength: 3 }).map((seeds) => ({
    name: "copy and paste",
    run: () => {
      app.commands.selection.selectNodes(seeds.map(nodeAt).filter((id): id is string => id !== undefined));
      const text = app.commands.clipboard.clipboardText(() => ({ x: 10, y: 20 }));
      if (text !== null) app.commands.clipboard.pasteText(text);
    },
  })),
  fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.integer({ min: -400, max: 400 }))
    .map(([seeds, dx]) => ({
      name: "drag a selection",
      run: () => {
        const ids = seeds.map(nodeAt).filter((id): id is string => id !== undefined);
        app.commands.explore.commitPositions(ids.map((id, i) => ({ id, x: dx + i * 30, y: dx })));
      },
    })),
);

describe("the editing actions and app.commands.edit.undo", () => {
  it("keep the map valid, take one step each, and app.commands.edit.undo and app.commands.edit.redo exactly", () => {
    fc.assert(
      fc.property(
        validMapArb({ maxNodes: 6, maxEdges: 8 }),
        fc.array(actionArb, { maxLength: 25 }),
        (generated, actions) => {
          // Nothing folded: adding under a folded node unfolds it, and folds are a view, never undone
          // (document-history.test.ts covers that).
          const start = { ...generated, view: { ...generated.view, collapsed: [] } };
          store().openDocument(start);
          const history = app.stores.document.temporal;
          for (const action of actions) {
            const steps = history.getState().pastStates.length;
            action.run();
            expect(history.getState().pastStates.length - steps, action.name).toBeLessThanOrEqual(1);
            const checked = loadMapValue(store().doc);
            if (!checked.ok)
              throw new Error(`${action.name}: ${checked.errors.map(formatProblem).join("; ")}`);
          }
          const end = store().doc;
          const taken = history.getState().pastStates.length;
          for (let i = 0; i < taken; i++) app.commands.edit.undo();
          expect(store().doc).toEqual(start);
          for (let i = 0; i < taken; i++) app.commands.edit.redo();
          expect(store().doc).toEqual(end);
        },
      ),
      { numRuns: 150 },
    );
    // 150 generated maps with every optional field, edited and undone: seconds on a busy machine.
  }, 30_000);
});
