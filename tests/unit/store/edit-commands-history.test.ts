/**
 * The editing actions of the app (the ones behind the keys, the toolbar, the menu and the inspector),
 * run in random order on random maps: every document stays valid, each action is at most one undo step,
 * undoing them all gives back the starting map exactly and redoing them gives the end.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadMapValue } from "../../../src/io/load";
import { formatProblem } from "../../../src/model/problem";
import { NODE_KINDS, RELATIONS } from "../../../src/model/schema";
import { useDocumentStore } from "../../../src/store/app-stores";
import { clipboardText, pasteText } from "../../../src/ui/edit/clipboard-commands";
import {
  addFree,
  addSiblingOfSelected,
  commitText,
  connectNodes,
  deleteSelection,
  extendSelected,
  redo,
  undo,
} from "../../../src/ui/edit/commands";
import { selectEdge, selectNodes } from "../../../src/ui/edit/selection";
import { commitPositions } from "../../../src/ui/explore/commands";
import { textArb, validMapArb } from "../../helpers/arbitraries";

interface Action {
  name: string;
  run(): void;
}

const store = () => useDocumentStore.getState();
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
        if (id) selectNodes([id]);
        extendSelected(intent);
      },
    })),
  fc.nat().map((seed) => ({
    name: "key for a sibling",
    run: () => {
      const id = nodeAt(seed);
      if (id) selectNodes([id]);
      addSiblingOfSelected();
    },
  })),
  fc.tuple(fc.constantFrom(...NODE_KINDS), fc.integer({ min: -500, max: 500 })).map(([kind, x]) => ({
    name: `double-click for a ${kind}`,
    run: () => addFree(kind, { x, y: -x }),
  })),
  fc.tuple(fc.nat(), fc.oneof(textArb(30), fc.constant("   "))).map(([seed, text]) => ({
    name: "inline text edit",
    run: () => {
      const id = nodeAt(seed);
      if (id) commitText(id, text);
    },
  })),
  fc.array(fc.nat(), { minLength: 1, maxLength: 3 }).map((seeds) => ({
    name: "delete a selection",
    run: () => {
      selectNodes(seeds.map(nodeAt).filter((id): id is string => id !== undefined));
      deleteSelection();
    },
  })),
  fc.nat().map((seed) => ({
    name: "delete a relation",
    run: () => {
      const id = pick(store().doc.edges, seed)?.id;
      if (!id) return;
      selectEdge(id);
      deleteSelection();
    },
  })),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...RELATIONS)).map(([a, b, relation]) => ({
    name: `drag a ${relation}`,
    run: () => {
      const from = nodeAt(a);
      const to = relation === "undercut" ? pick(store().doc.edges, b)?.id : nodeAt(b);
      if (from && to) connectNodes(from, to, relation);
    },
  })),
  fc.array(fc.nat(), { minLength: 1, maxLength: 3 }).map((seeds) => ({
    name: "copy and paste",
    run: () => {
      selectNodes(seeds.map(nodeAt).filter((id): id is string => id !== undefined));
      const text = clipboardText(() => ({ x: 10, y: 20 }));
      if (text !== null) pasteText(text);
    },
  })),
  fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.integer({ min: -400, max: 400 }))
    .map(([seeds, dx]) => ({
      name: "drag a selection",
      run: () => {
        const ids = seeds.map(nodeAt).filter((id): id is string => id !== undefined);
        commitPositions(ids.map((id, i) => ({ id, x: dx + i * 30, y: dx })));
      },
    })),
);

describe("the editing actions and undo", () => {
  it("keep the map valid, take one step each, and undo and redo exactly", () => {
    fc.assert(
      fc.property(
        validMapArb({ maxNodes: 6, maxEdges: 8 }),
        fc.array(actionArb, { maxLength: 25 }),
        (generated, actions) => {
          // Nothing folded: adding under a folded node unfolds it, and folds are a view, never undone
          // (document-history.test.ts covers that).
          const start = { ...generated, view: { ...generated.view, collapsed: [] } };
          store().openDocument(start);
          const history = useDocumentStore.temporal;
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
          for (let i = 0; i < taken; i++) undo();
          expect(store().doc).toEqual(start);
          for (let i = 0; i < taken; i++) redo();
          expect(store().doc).toEqual(end);
        },
      ),
      { numRuns: 150 },
    );
    // 150 generated maps with every optional field, edited and undone: seconds on a busy machine.
  }, 30_000);
});
