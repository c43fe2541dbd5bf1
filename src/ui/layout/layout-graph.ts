/** What a layout needs to know: the nodes to place and who argues about whom, and the size of a node. */
import type { ArgumentStructure } from "../graph/argument-structure";

export interface LayoutGraph {
  ids: readonly string[];
  /** [arguing node, node argued about] pairs; the second is drawn above the first. */
  links: ReadonlyArray<readonly [child: string, parent: string]>;
}

export interface NodeSize {
  width: number;
  height: number;
}

/** Every node on the canvas has this size, so a layout never waits for the browser to measure. */
export const NODE_SIZE: NodeSize = { width: 240, height: 116 };

export const LAYER_GAP = 72;
export const SIBLING_GAP = 32;

/** The part of the map that is on the canvas: nodes not hidden by a collapse, and the links between them. */
export function layoutGraphOf(structure: ArgumentStructure, hidden: ReadonlySet<string>): LayoutGraph {
  const ids = structure.ids.filter((id) => !hidden.has(id));
  const links: Array<readonly [string, string]> = [];
  for (const id of ids) {
    for (const link of structure.children.get(id) ?? []) {
      if (!hidden.has(link.child) && link.child !== id) links.push([link.child, id]);
    }
  }
  return { ids, links };
}
