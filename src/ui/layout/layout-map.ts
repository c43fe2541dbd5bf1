/**
 * Chooses the layout. Top down: dagre's careful ordering while it is quick, the tidy tree layout beyond.
 * Wrapped: long rows of siblings wrap so that a wide, shallow map fits a wide screen (wrapped-layout.ts).
 */
import type { Position } from "../../model/schema";
import type { LayoutStyle } from "../../store/ui-store";
import { layeredLayout } from "./layered-layout";
import type { LayoutGraph } from "./layout-graph";
import { treeLayout } from "./tree-layout";
import { wrappedLayout } from "./wrapped-layout";

/** Past this many nodes or links dagre takes more than about 50 ms, a noticeable share of opening a map. */
export const DAGRE_LIMIT = 100;

export function layoutMap(
  graph: LayoutGraph,
  style: LayoutStyle = "top-down",
): ReadonlyMap<string, Position> {
  if (style === "wrapped") return wrappedLayout(graph);
  if (graph.ids.length <= DAGRE_LIMIT && graph.children.length <= DAGRE_LIMIT * 2)
    return layeredLayout(graph);
  return treeLayout(graph);
}
