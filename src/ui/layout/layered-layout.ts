/**
 * A top-down layered layout (dagre): the thesis on top, everything that argues about a node below it.
 * Edges point from the arguing node to its target, so the layout runs them reversed. Positions the user
 * has set are kept; only unplaced nodes take dagre's positions. Cycles and several roots are fine.
 */
import dagre from "@dagrejs/dagre";
import type { ArgumentMap, Position } from "../../model/schema";

export interface NodeSize {
  width: number;
  height: number;
}

export const DEFAULT_NODE_SIZE: NodeSize = { width: 240, height: 96 };

export function layeredLayout(
  doc: Pick<ArgumentMap, "nodes" | "edges" | "view">,
  options: { size?: NodeSize; keepUserPositions?: boolean } = {},
): Record<string, Position> {
  const size = options.size ?? DEFAULT_NODE_SIZE;
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: "TB", nodesep: 36, ranksep: 80, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(doc.nodes.map((node) => node.id));
  for (const node of doc.nodes) graph.setNode(node.id, { width: size.width, height: size.height });
  const edgeTargets = new Map(doc.edges.map((edge) => [edge.id, edge]));
  for (const edge of doc.edges) {
    // An undercut sits beside the edge it targets: rank it with that edge's head.
    const target = edge.relation === "undercut" ? edgeTargets.get(edge.to)?.to : edge.to;
    if (target === undefined || !ids.has(target) || !ids.has(edge.from) || target === edge.from) continue;
    graph.setEdge(target, edge.from, {}, edge.id);
  }
  dagre.layout(graph);

  const stored = options.keepUserPositions === false ? {} : (doc.view?.positions ?? {});
  const positions: Record<string, Position> = {};
  for (const node of doc.nodes) {
    const placed = stored[node.id];
    if (placed) {
      positions[node.id] = { x: placed.x, y: placed.y };
      continue;
    }
    const laid = graph.node(node.id);
    // dagre gives centres; React Flow places nodes by their top-left corner.
    positions[node.id] = { x: laid.x - size.width / 2, y: laid.y - size.height / 2 };
  }
  return positions;
}
