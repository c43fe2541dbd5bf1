/**
 * React Flow's nodes and edges, derived from the map's records. Nothing here is stored: the records belong to
 * the document and the selection to the edit store (each node carries whether it is selected, so React Flow
 * drags the selected nodes together). Every node has the same fixed size and declares its handles, so React
 * Flow can draw nodes and edges at once instead of waiting for the browser to measure them. Objects are
 * reused while nothing about them changes, so React Flow re-renders only what moved. Edges take no focus and
 * carry no label: the inspector and the outline present each relation in words. A click selects an edge (see
 * use-selection-handlers.ts), for the inspector to edit.
 */
import { type Edge, type Node, type NodeHandle, Position as Side } from "@xyflow/react";
import { graphIndex } from "../../model/graph-index";
import { KIND_NAMES } from "../../model/names";
import type { ArgEdge, ArgNode, ArgumentMap, NodeKind, Position, Relation } from "../../model/schema";
import { nodeTitle } from "../../store/records";
import { NODE_SIZE } from "../layout/layout-graph";
import { forEachShownLine } from "./shown-lines";

export type ArgumentCanvasNode = Node<{ kind: NodeKind }, "argument">;
export type RelationCanvasEdge = Edge<{ relation: Relation }, "relation">;
export type UndercutCanvasEdge = Edge<{ questionedSource: string; questionedTarget: string }, "undercut">;
export type ArgumentCanvasEdge = RelationCanvasEdge | UndercutCanvasEdge;

// Edges leave the arguing node at its top centre and reach the node argued about at its bottom centre.
const HANDLES: NodeHandle[] = [
  { type: "source", position: Side.Top, x: NODE_SIZE.width / 2 - 0.5, y: 0, width: 1, height: 1 },
  {
    type: "target",
    position: Side.Bottom,
    x: NODE_SIZE.width / 2 - 0.5,
    y: NODE_SIZE.height - 1,
    width: 1,
    height: 1,
  },
];

const NONE: ReadonlySet<string> = new Set();

/** The record each node was built from, so an unchanged record is known without reading its words again. */
const builtFrom = new WeakMap<ArgumentCanvasNode, ArgNode>();

/** `selected`: the nodes selected on the canvas, which React Flow drags together. */
export function buildCanvasNodes(
  ids: readonly string[],
  recordOf: (id: string) => ArgNode | undefined,
  positionOf: (id: string, record: ArgNode) => Position,
  previous: ReadonlyMap<string, ArgumentCanvasNode>,
  selected: ReadonlySet<string> = NONE,
): ArgumentCanvasNode[] {
  const nodes: ArgumentCanvasNode[] = [];
  for (const id of ids) {
    const record = recordOf(id);
    if (!record) continue;
    const position = positionOf(id, record);
    const isSelected = selected.has(id);
    const before = previous.get(id);
    const same =
      before !== undefined &&
      (before.selected ?? false) === isSelected &&
      before.position.x === position.x &&
      before.position.y === position.y;
    // A record the edit did not touch is the same object (edits share what they keep): its node stands.
    if (same && builtFrom.get(before) === record) {
      nodes.push(before);
      continue;
    }
    const ariaLabel = `${KIND_NAMES[record.kind]}: ${nodeTitle(record)}`;
    if (same && before.data.kind === record.kind && before.ariaLabel === ariaLabel) {
      builtFrom.set(before, record);
      nodes.push(before);
      continue;
    }
    const node: ArgumentCanvasNode = {
      id,
      type: "argument",
      position,
      width: NODE_SIZE.width,
      height: NODE_SIZE.height,
      measured: { width: NODE_SIZE.width, height: NODE_SIZE.height },
      handles: HANDLES,
      data: { kind: record.kind },
      ariaLabel,
      selected: isSelected,
    };
    builtFrom.set(node, record);
    nodes.push(node);
  }
  return nodes;
}

export function buildCanvasEdges(
  doc: Pick<ArgumentMap, "nodes" | "edges">,
  hidden: ReadonlySet<string>,
  previous: ReadonlyMap<string, ArgumentCanvasEdge>,
): ArgumentCanvasEdge[] {
  const { edges } = doc;
  const flow: ArgumentCanvasEdge[] = [];
  forEachShownLine(doc, graphIndex(doc), hidden, (e, q) => {
    const edge = edges[e] as ArgEdge;
    const before = previous.get(edge.id);
    if (q >= 0) {
      const fresh = undercutEdge(edge, edges[q] as ArgEdge);
      flow.push(before && sameUndercut(before, fresh) ? before : fresh);
      return;
    }
    flow.push(
      before &&
        before.type === "relation" &&
        before.source === edge.from &&
        before.target === edge.to &&
        before.data?.relation === edge.relation
        ? before
        : {
            id: edge.id,
            type: "relation",
            source: edge.from,
            target: edge.to,
            data: { relation: edge.relation },
          },
    );
  });
  return flow;
}

function undercutEdge(edge: ArgEdge, questioned: ArgEdge): UndercutCanvasEdge {
  return {
    id: edge.id,
    type: "undercut",
    // React Flow needs a node at each end; the edge itself is drawn to the questioned relation's middle.
    source: edge.from,
    target: questioned.to,
    data: { questionedSource: questioned.from, questionedTarget: questioned.to },
    zIndex: 1,
  };
}

function sameUndercut(before: ArgumentCanvasEdge, fresh: UndercutCanvasEdge): boolean {
  return (
    before.type === "undercut" &&
    before.source === fresh.source &&
    before.target === fresh.target &&
    before.data?.questionedSource === fresh.data?.questionedSource &&
    before.data?.questionedTarget === fresh.data?.questionedTarget
  );
}
