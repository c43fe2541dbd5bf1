/**
 * A top-down layered layout (dagre): the thesis on top, everything that argues about a node below it.
 * dagre orders each layer to keep crossings few, which is worth its cost on small maps; it is too slow
 * for thousands of nodes (about 0.4 s per 1,000), where `treeLayout` takes over. Cycles and several
 * roots are fine. Returns top-left corners, as React Flow places nodes.
 */
import dagre from "@dagrejs/dagre";
import type { Position } from "../../model/schema";
import { LAYER_GAP, type LayoutGraph, NODE_SIZE, type NodeSize, SIBLING_GAP } from "./layout-graph";

export function layeredLayout(graph: LayoutGraph, size: NodeSize = NODE_SIZE): Record<string, Position> {
  const layout = new dagre.graphlib.Graph({ multigraph: true });
  layout.setGraph({ rankdir: "TB", nodesep: SIBLING_GAP, ranksep: LAYER_GAP, marginx: 0, marginy: 0 });
  layout.setDefaultEdgeLabel(() => ({}));
  for (const id of graph.ids) layout.setNode(id, { width: size.width, height: size.height });
  graph.links.forEach(([child, parent], i) => {
    // Edges point from the arguing node up to its target; the layout runs them top-down.
    if (child !== parent) layout.setEdge(parent, child, {}, String(i));
  });
  dagre.layout(layout);
  const positions: Record<string, Position> = {};
  for (const id of graph.ids) {
    const laid = layout.node(id);
    // dagre gives centres; React Flow places nodes by their top-left corner.
    positions[id] = { x: Math.round(laid.x - size.width / 2), y: Math.round(laid.y - size.height / 2) };
  }
  return positions;
}
