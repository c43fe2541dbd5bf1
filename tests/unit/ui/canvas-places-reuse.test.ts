/**
 * Placing the canvas's elements again after a change (for the view window, and as blocks for the
 * overview and the far view) reuses the ends of the edges when the nodes and edges are the same (a new
 * layout, a new selection). Whatever changed, the result must be what placing them afresh gives, and so
 * must the elements handed to React Flow.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArgumentCanvasEdge, ArgumentCanvasNode } from "../../../src/ui/canvas/canvas-elements";
import { blockScene } from "../../../src/ui/canvas/far/block-scene";
import { elementsNear, placeElements } from "../../../src/ui/canvas/view-window";

const IDS = ["a", "b", "c", "d", "e"];

const nodesArb = fc
  .tuple(
    fc.shuffledSubarray(IDS),
    fc.array(fc.tuple(fc.integer({ min: -500, max: 1500 }), fc.integer({ min: -500, max: 1500 })), {
      minLength: IDS.length,
      maxLength: IDS.length,
    }),
    fc.subarray(IDS),
  )
  .map(([ids, places, selected]): ArgumentCanvasNode[] =>
    ids.map((id, i) => {
      const [x, y] = places[i] as [number, number];
      return {
        id,
        type: "argument",
        position: { x, y },
        data: { kind: "claim" },
        selected: selected.includes(id),
      };
    }),
  );

const edgesArb = fc
  .array(fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...IDS), fc.boolean()), { maxLength: 6 })
  .map((ends): ArgumentCanvasEdge[] =>
    ends.map(([source, target, undercut], e) =>
      undercut
        ? {
            id: `u${e}`,
            type: "undercut",
            source,
            target,
            data: { questionedSource: target, questionedTarget: source },
          }
        : { id: `r${e}`, type: "relation", source, target, data: { relation: "support" } },
    ),
  );

describe("placing the canvas's elements again", () => {
  it("gives what placing them afresh gives, whether the ids and edges stayed or not", () => {
    const area = { x: 0, y: 0, width: 800, height: 600 };
    fc.assert(
      fc.property(
        nodesArb,
        edgesArb,
        nodesArb,
        fc.boolean(),
        fc.boolean(),
        (first, edges, moved, sameIds, sameEdges) => {
          // The same ids in the same order, moved and selected anew; or another list altogether.
          const next = sameIds
            ? first.map((node, i) => ({
                ...node,
                position: moved[i]?.position ?? node.position,
                selected: !node.selected,
              }))
            : moved;
          const nextEdges = sameEdges ? edges : [...edges];
          const again = placeElements(next, nextEdges, placeElements(first, edges));
          const afresh = placeElements(next, nextEdges);
          expect(again).toEqual(afresh);
          expect(elementsNear(again, area)).toEqual(elementsNear(afresh, area));
          expect(blockScene(next, nextEdges, blockScene(first, edges))).toEqual(blockScene(next, nextEdges));
        },
      ),
    );
  });
});
