/**
 * Chooses the layout. Columns: a classroom-sized map whole on one screen (columns-layout.ts), top down
 * beyond that size. Top down: dagre's careful ordering while it is quick, the tidy tree layout beyond.
 * Wrapped: long rows of siblings wrap so that a wide, shallow map fits a wide screen (wrapped-layout.ts).
 */

import { columnsLayout, fitsInColumns } from "../../model/layout/columns-layout";
import { treeLayout } from "../../model/layout/tree-layout";
import { wrappedLayout } from "../../model/layout/wrapped-layout";
import type { Position } from "../../model/schema";
import type { LayoutStyle } from "../../store/ui-store";
import type { LayoutGraph } from "./layout-graph";

/** Past this many nodes or links dagre takes more than about 50 ms, a noticeable share of opening a map. */
export const DAGRE_LIMIT = 100;

/** layered-layout.ts's `layeredLayout`, passed in: its code loads on demand (layered-layout-code.ts). */
export type LayeredLayout = (graph: LayoutGraph) => ReadonlyMap<string, Position>;

/** Whether the graph is laid out by dagre. */
export function wantsLayeredLayout(graph: LayoutGraph, style: LayoutStyle): boolean {
  const topDown = style === "top-down" || (style === "columns" && !fitsInColumns(graph.ids.length));
  return topDown && graph.ids.length <= DAGRE_LIMIT && graph.children.length <= DAGRE_LIMIT * 2;
}

/** `layered` is null while dagre's code has not loaded: the tree layout stands in for it until then. */
export function layoutMap(
  graph: LayoutGraph,
  style: LayoutStyle,
  layered: LayeredLayout | null,
): ReadonlyMap<string, Position> {
  if (style === "wrapped") return wrappedLayout(graph);
  if (style === "columns" && fitsInColumns(graph.ids.length)) return columnsLayout(graph);
  if (layered && wantsLayeredLayout(graph, style)) return layered(graph);
  return treeLayout(graph);
}
