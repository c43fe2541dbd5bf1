/** What a layout needs to know: the nodes to place and who argues about whom, and the size of a node. */
import { forEachArgumentAbout, type GraphIndex, graphIndex } from "../graph-index";
import type { ArgumentMap } from "../schema";

export interface LayoutGraph {
  ids: readonly string[];
  /**
   * What argues about node `ids[i]`, to be drawn below it, as positions in `ids`: children[childStart[i]
   * .. childStart[i+1]-1], in edge order (a node that argues about another twice is listed twice).
   */
  childStart: Int32Array;
  children: Int32Array;
}

export interface NodeSize {
  width: number;
  height: number;
}

/** Every node on the canvas has this size, so a layout never waits for the browser to measure. */
export const NODE_SIZE: NodeSize = { width: 240, height: 116 };

export const LAYER_GAP = 72;
export const SIBLING_GAP = 32;

/** The room between a node and what argues about it (layer), and between siblings side by side. */
export interface LayoutGaps {
  layer: number;
  sibling: number;
}

export const CANVAS_GAPS: LayoutGaps = { layer: LAYER_GAP, sibling: SIBLING_GAP };

/**
 * The nodes of `all` (the map's ids, in the index's order) not in `hidden`, and the links between them,
 * read from the map's graph index. An undercut hangs under the head of the relation it questions.
 */
export function layoutGraphOfIndex(
  index: GraphIndex,
  all: readonly string[],
  hidden: ReadonlySet<string>,
): LayoutGraph {
  // Each node's position among the nodes on the canvas, or -1 when hidden.
  const placeOf = new Int32Array(all.length);
  const ids: string[] = [];
  for (let v = 0; v < all.length; v++) {
    const id = all[v] as string;
    placeOf[v] = hidden.has(id) ? -1 : ids.length;
    if (placeOf[v] !== -1) ids.push(id);
  }
  const childStart = new Int32Array(ids.length + 1);
  const children: number[] = [];
  let v = 0;
  const addChild = (edge: number) => {
    const child = index.source[edge] as number;
    if (child !== v && placeOf[child] !== -1) children.push(placeOf[child] as number);
  };
  for (v = 0; v < all.length; v++) {
    const place = placeOf[v] as number;
    if (place === -1) continue;
    forEachArgumentAbout(index, v, addChild);
    childStart[place + 1] = children.length;
  }
  return { ids, childStart, children: Int32Array.from(children) };
}

/** The whole map, or only the points in `only`, as a layout graph. */
export function layoutGraphOfMap(
  doc: Pick<ArgumentMap, "nodes" | "edges">,
  only: ReadonlySet<string> | null = null,
): LayoutGraph {
  const ids = doc.nodes.map((node) => node.id);
  const hidden = only ? new Set(ids.filter((id) => !only.has(id))) : new Set<string>();
  return layoutGraphOfIndex(graphIndex(doc), ids, hidden);
}

/** Calls `visit` with each link of the graph as [child, parent] positions in `ids`, parent by parent. */
export function forEachLink(graph: LayoutGraph, visit: (child: number, parent: number) => void): void {
  for (let parent = 0; parent < graph.ids.length; parent++) {
    for (let k = graph.childStart[parent] as number; k < (graph.childStart[parent + 1] as number); k++) {
      visit(graph.children[k] as number, parent);
    }
  }
}
