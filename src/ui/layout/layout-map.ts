/** Chooses the layout: dagre's careful ordering while it is quick, the tidy tree layout beyond. */
import type { Position } from "../../model/schema";
import { layeredLayout } from "./layered-layout";
import type { LayoutGraph } from "./layout-graph";
import { treeLayout } from "./tree-layout";

/** Past this many nodes or links dagre takes more than about 50 ms, a noticeable share of opening a map. */
export const DAGRE_LIMIT = 100;

export function layoutMap(graph: LayoutGraph): ReadonlyMap<string, Position> {
  if (graph.ids.length <= DAGRE_LIMIT && graph.children.length <= DAGRE_LIMIT * 2)
    return layeredLayout(graph);
  return treeLayout(graph);
}
