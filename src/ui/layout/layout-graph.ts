/**
 * The part of the map that is on the canvas, as a layout graph. The geometry every layout shares (the
 * graph's shape, a node's size, the gaps) is the core's (model/layout/layout-graph.ts), as the pictures
 * drawn outside the app use it too; it is passed on from here so the canvas has one place to import from.
 */
import { type LayoutGraph, layoutGraphOfIndex } from "../../model/layout/layout-graph";
import type { ArgumentStructure } from "../../store/explore/argument-structure";

export {
  forEachLink,
  LAYER_GAP,
  type LayoutGraph,
  NODE_SIZE,
  type NodeSize,
  SIBLING_GAP,
} from "../../model/layout/layout-graph";

/** The graph made for each structure, with the collapse it was made for (the last one asked about). */
const made = new WeakMap<ArgumentStructure, { hidden: ReadonlySet<string>; graph: LayoutGraph }>();

/**
 * The nodes not hidden by a collapse, and the links between them, read from the map's graph index.
 * The canvas, its layout and its labels all ask about the same version: it is made once for them all.
 */
export function layoutGraphOf(structure: ArgumentStructure, hidden: ReadonlySet<string>): LayoutGraph {
  const known = made.get(structure);
  if (known?.hidden === hidden) return known.graph;
  const graph = layoutGraphOfIndex(structure.index, structure.ids, hidden);
  made.set(structure, { hidden, graph });
  return graph;
}
