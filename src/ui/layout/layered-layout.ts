/**
 * A top-down layered layout (dagre): the thesis on top, everything that argues about a node below it.
 * dagre orders each layer to keep crossings few, which is worth its cost on small maps; it is too slow
 * for thousands of nodes (about 0.4 s per 1,000), where `treeLayout` takes over. Cycles and several
 * roots are fine. Returns top-left corners, as React Flow places nodes.
 */
import dagre from "@dagrejs/dagre";
import type { Position } from "../../model/schema";
import {
  forEachLink,
  LAYER_GAP,
  type LayoutGraph,
  NODE_SIZE,
  type NodeSize,
  SIBLING_GAP,
} from "./layout-graph";

export function layeredLayout(graph: LayoutGraph, size: NodeSize = NODE_SIZE): Map<string, Position> {
  const layout = new dagre.graphlib.Graph({ multigraph: true });
  layout.setGraph({ rankdir: "TB", nodesep: SIBLING_GAP, ranksep: LAYER_GAP, marginx: 0, marginy: 0 });
  layout.setDefaultEdgeLabel(() => ({}));
  // dagre keeps its graph in plain objects keyed by name, where an id such as "constructor" or
  // "__proto__" would find Object.prototype's members, so it is given each node's position as its name.
  graph.ids.forEach((_id, i) => {
    layout.setNode(String(i), { width: size.width, height: size.height });
  });
  let link = 0;
  forEachLink(graph, (child, parent) => {
    // Edges point from the arguing node up to its target; the layout runs them top-down.
    layout.setEdge(String(parent), String(child), {}, String(link++));
  });
  dagre.layout(layout);
  const positions = new Map<string, Position>();
  graph.ids.forEach((id, i) => {
    const laid = layout.node(String(i));
    // dagre gives centres; React Flow places nodes by their top-left corner.
    positions.set(id, { x: Math.round(laid.x - size.width / 2), y: Math.round(laid.y - size.height / 2) });
  });
  return positions;
}
