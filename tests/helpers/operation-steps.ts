/**
 * Random edit steps for property tests: each picks its targets from the document it is applied to,
 * so a sequence of them exercises the operations on whatever the map has become.
 */
import fc from "fast-check";
import {
  addFreeNode,
  addNode,
  addPresentationStep,
  addSibling,
  addSource,
  chooseDebateFormat,
  citeNewSource,
  connect,
  copySelection,
  deleteEdges,
  deleteNodes,
  extendFrom,
  moveNodes,
  pasteFragment,
  removeSource,
  setCard,
  updateEdge,
  updateNode,
} from "../../src/model/operations";
import { type ArgumentMap, NODE_KINDS, RELATIONS } from "../../src/model/schema";
import { textArb } from "./arbitraries";
import { formatChoiceArb } from "./format-choice-arb";

export interface Step {
  name: string;
  run(doc: ArgumentMap): ArgumentMap;
}

const at = <T>(list: readonly T[], seed: number): T | undefined => list[seed % Math.max(1, list.length)];
const orSame = (doc: ArgumentMap, result: { ok: boolean; doc?: ArgumentMap }) =>
  result.ok && result.doc ? result.doc : doc;

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc
    .tuple(fc.nat(), fc.option(textArb(20), { nil: undefined }), fc.constantFrom("tag", "cite", "text"))
    .map(([seed, words, part]) => ({
      name: `set a card's ${part}`,
      run: (doc: ArgumentMap) => {
        const node = at(doc.nodes, seed);
        return node ? orSame(doc, setCard(doc, node.id, { [part]: words })) : doc;
      },
    })),
  fc.tuple(fc.constantFrom(...NODE_KINDS), textArb(20)).map(([kind, text]) => ({
    name: `add ${kind}`,
    run: (doc: ArgumentMap) => orSame(doc, addNode(doc, { kind, text })),
  })),
  fc
    .tuple(
      fc.nat(),
      fc.nat(),
      fc.constantFrom(...RELATIONS),
      fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: undefined }),
    )
    .map(([a, b, relation, weight]) => ({
      name: `connect ${relation}`,
      run: (doc: ArgumentMap) => {
        const from = at(doc.nodes, a)?.id;
        const to = relation === "undercut" ? at(doc.edges, b)?.id : at(doc.nodes, b)?.id;
        return from && to ? orSame(doc, connect(doc, { from, to, relation, weight })) : doc;
      },
    })),
  fc
    .tuple(fc.nat(), textArb(20), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }))
    .map(([a, text, base]) => ({
      name: "edit node",
      run: (doc: ArgumentMap) => {
        const id = at(doc.nodes, a)?.id;
        return id ? orSame(doc, updateNode(doc, id, { text, base })) : doc;
      },
    })),
  fc
    .tuple(fc.nat(), fc.constantFrom("support", "attack") as fc.Arbitrary<"support" | "attack">)
    .map(([a, relation]) => ({
      name: "change relation",
      run: (doc: ArgumentMap) => {
        const id = at(doc.edges, a)?.id;
        return id ? orSame(doc, updateEdge(doc, id, { relation })) : doc;
      },
    })),
  fc.nat().map((a) => ({
    name: "delete node",
    run: (doc: ArgumentMap) => {
      const id = at(doc.nodes, a)?.id;
      return id ? deleteNodes(doc, [id]) : doc;
    },
  })),
  fc.nat().map((a) => ({
    name: "delete edge",
    run: (doc: ArgumentMap) => {
      const id = at(doc.edges, a)?.id;
      return id ? deleteEdges(doc, [id]) : doc;
    },
  })),
  fc
    .tuple(fc.nat(), fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }))
    .map(([a, x, y]) => ({
      name: "move",
      run: (doc: ArgumentMap) => {
        const id = at(doc.nodes, a)?.id;
        return id ? moveNodes(doc, { [id]: { x, y } }) : doc;
      },
    })),
  fc.tuple(fc.nat(), textArb(20)).map(([a, citation]) => ({
    name: "cite a new source",
    run: (doc: ArgumentMap) => {
      const added = addSource(doc, { citation });
      const node = at(doc.nodes, a);
      if (!added.ok || !node) return orSame(doc, added);
      return orSame(
        added.doc,
        updateNode(added.doc, node.id, { sourceIds: [...(node.sourceIds ?? []), added.id] }),
      );
    },
  })),
  fc.nat().map((a) => ({
    name: "remove a source",
    run: (doc: ArgumentMap) => {
      const id = at(doc.sources ?? [], a)?.id;
      return id ? removeSource(doc, id) : doc;
    },
  })),
  fc
    .tuple(
      formatChoiceArb,
      // Names as typed in the format dialog: blank ones (the format's own), and some too long to keep.
      fc.option(
        fc.record({
          forSide: fc.oneof(fc.constant(""), fc.constant("  "), textArb(50)),
          againstSide: fc.oneof(fc.constant(""), textArb(50)),
        }),
        { nil: undefined },
      ),
    )
    .map(([choice, sides]) => ({
      name: "choose the debate format",
      run: (doc: ArgumentMap) => orSame(doc, chooseDebateFormat(doc, choice, sides)),
    })),
);

/** The app's ways of growing a map from a node: one keystroke each (see src/ui/edit/shortcuts.ts). */
export const extendStepArb: fc.Arbitrary<Step> = fc.oneof(
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom("support", "critique", "evidence") as fc.Arbitrary<"support" | "critique" | "evidence">,
    )
    .map(([a, intent]) => ({
      name: `extend with ${intent}`,
      run: (doc: ArgumentMap) => {
        const id = at(doc.nodes, a)?.id;
        return id ? orSame(doc, extendFrom(doc, id, intent)) : doc;
      },
    })),
  fc.nat().map((a) => ({
    name: "add a sibling",
    run: (doc: ArgumentMap) => {
      const id = at(doc.nodes, a)?.id;
      return id ? orSame(doc, addSibling(doc, id)) : doc;
    },
  })),
  fc
    .tuple(
      fc.constantFrom(...NODE_KINDS),
      fc.integer({ min: -900, max: 900 }),
      fc.integer({ min: -900, max: 900 }),
    )
    .map(([kind, x, y]) => ({
      name: `add a free ${kind}`,
      run: (doc: ArgumentMap) => orSame(doc, addFreeNode(doc, kind, { at: { x, y } })),
    })),
  fc.tuple(fc.nat(), textArb(20)).map(([a, citation]) => ({
    name: "cite a new source in one step",
    run: (doc: ArgumentMap) => {
      const id = at(doc.nodes, a)?.id;
      return id ? orSame(doc, citeNewSource(doc, id, { citation })) : doc;
    },
  })),
  fc.array(fc.nat(), { minLength: 1, maxLength: 3 }).map((picks) => ({
    name: "delete several nodes",
    run: (doc: ArgumentMap) =>
      deleteNodes(
        doc,
        picks.map((pick) => at(doc.nodes, pick)?.id).filter((id): id is string => id !== undefined),
      ),
  })),
  fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([picks, inNew]) => ({
    name: "add the selection as a presentation step",
    run: (doc: ArgumentMap) => {
      const ids = picks.map((pick) => at(doc.nodes, pick)?.id).filter((id): id is string => id !== undefined);
      const target = inNew ? null : (doc.presentations?.[0]?.id ?? null);
      return orSame(doc, addPresentationStep(doc, target, ids, ids[0]));
    },
  })),
  fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.integer({ min: -300, max: 300 }))
    .map(([picks, dx]) => ({
      name: "move several nodes in one drag",
      run: (doc: ArgumentMap) => {
        const moves: Record<string, { x: number; y: number }> = {};
        picks.forEach((pick, i) => {
          const id = at(doc.nodes, pick)?.id;
          if (id) moves[id] = { x: dx + i * 10, y: dx - i * 10 };
        });
        return moveNodes(doc, moves);
      },
    })),
);

/** Copy some nodes of the map and paste them back in: the paste step of the property tests. */
export const pasteStepArb: fc.Arbitrary<Step> = fc.array(fc.nat(), { maxLength: 4 }).map((picks) => ({
  name: "copy and paste",
  run: (doc: ArgumentMap) => {
    const ids = picks.map((pick) => at(doc.nodes, pick)?.id).filter((id): id is string => id !== undefined);
    return pasteFragment(doc, copySelection(doc, ids)).doc;
  },
}));

export const anyStepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 9, arbitrary: stepArb },
  { weight: 3, arbitrary: extendStepArb },
  { weight: 1, arbitrary: pasteStepArb },
);
