/** Layout graphs of a chosen size for the layout tests. */
import { buildStructure } from "../../src/store/explore/argument-structure";
import { type LayoutGraph, layoutGraphOf } from "../../src/ui/layout/layout-graph";

/** A thesis and `count - 1` claims, each under the claim a third of its number. */
export function ternaryTree(count: number): LayoutGraph {
  return layoutGraphOf(
    buildStructure({
      nodes: Array.from({ length: count }, (_, i) => ({
        id: `n${i}`,
        kind: i === 0 ? ("thesis" as const) : ("claim" as const),
        text: `point ${i}`,
      })),
      edges: Array.from({ length: count - 1 }, (_, i) => ({
        id: `e${i}`,
        from: `n${i + 1}`,
        to: `n${Math.floor(i / 3)}`,
        relation: "support" as const,
      })),
    }),
    new Set(),
  );
}
