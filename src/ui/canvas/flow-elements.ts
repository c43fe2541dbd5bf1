/**
 * React Flow's nodes and edges, derived from the map's records. Nothing here is stored: selection,
 * dragging and measurements belong to React Flow, the records to the document.
 */
import type { Edge, Node } from "@xyflow/react";
import type { ArgNode, ArgumentMap, Position } from "../../model/schema";

export type ArgumentFlowNode = Node<{ node: ArgNode }, "argument">;

export function toFlowNodes(doc: ArgumentMap, positions: Record<string, Position>): ArgumentFlowNode[] {
  return doc.nodes.map((node) => ({
    id: node.id,
    type: "argument",
    position: positions[node.id] ?? { x: 0, y: 0 },
    data: { node },
  }));
}

export function toFlowEdges(doc: ArgumentMap): Edge[] {
  const byId = new Map(doc.edges.map((edge) => [edge.id, edge]));
  const edges: Edge[] = [];
  for (const edge of doc.edges) {
    // Until edges can end on edges, an undercut is drawn to the head of the relation it weakens.
    const target = edge.relation === "undercut" ? byId.get(edge.to)?.to : edge.to;
    if (target === undefined) continue;
    edges.push({
      id: edge.id,
      source: edge.from,
      target,
      className: `relation-${edge.relation}`,
      ariaLabel: `${edge.from} ${edge.relation}s ${edge.to}`,
    });
  }
  return edges;
}
