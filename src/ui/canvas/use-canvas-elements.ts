/**
 * The canvas's nodes and edges, kept in step with the map: laid out automatically where the reader has
 * not placed a node, moved live while dragged, and committed to the map's view when a drag ends.
 */
import type { NodeChange, OnNodeDrag } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { graphIndex } from "../../model/graph-index";
import type { Position } from "../../model/schema";
import { useApp, useDocumentStore, useExploreView, useSelection, useUiStore } from "../app-context";
import { LAYERED_LAYOUT, useLayeredLayout } from "../layout/layered-layout-code";
import { layoutGraphOf } from "../layout/layout-graph";
import { wantsLayeredLayout } from "../layout/layout-map";
import {
  type ArgumentCanvasEdge,
  type ArgumentCanvasNode,
  buildCanvasEdges,
  buildCanvasNodes,
} from "./canvas-elements";
import { rememberBuilt } from "./element-memory";
import type { RecordLines } from "./far/block-scene";
import { shownLineCount } from "./shown-lines";
import { useLaidOut } from "./use-laid-out";

const NOWHERE: Position = { x: 0, y: 0 };
const NOT_DRAGGING: ReadonlyMap<string, Position> = new Map();

export function useCanvasNodes() {
  const app = useApp();
  const { commitPositions } = app.commands.explore;
  const doc = useDocumentStore((state) => state.doc);
  const structure = useExploreView((view) => view.structure);
  const hidden = useExploreView((view) => view.collapse.hidden);
  const visibleIds = useExploreView((view) => view.visibleIds);
  const style = useUiStore((state) => state.layoutStyle);
  const layered = useLayeredLayout();
  const graph = useMemo(() => layoutGraphOf(structure, hidden), [structure, hidden]);
  const wantsLayered = layered === null && wantsLayeredLayout(graph, style);
  useEffect(() => {
    if (wantsLayered) void LAYERED_LAYOUT.load();
  }, [wantsLayered]);
  // Laid out from the structure alone: moving a node by hand never runs the layout again.
  const { positions: laidOut, final: layoutFinal } = useLaidOut(graph, style, layered);
  const selected = useSelection((state) => state.nodeIds);
  const [dragged, setDragged] = useState(NOT_DRAGGING);
  const previous = useRef(new Map<string, ArgumentCanvasNode>());

  const nodes = useMemo(() => {
    const index = graphIndex(doc);
    const recordOf = (id: string) => {
      const at = index.nodePosition.get(id);
      return at === undefined ? undefined : doc.nodes[at];
    };
    const built = buildCanvasNodes(
      visibleIds,
      recordOf,
      // Where the reader is dragging it, else where it was put by hand, else where the layout puts it.
      (id, record) => dragged.get(id) ?? record.position ?? laidOut.get(id) ?? NOWHERE,
      previous.current,
      selected,
    );
    rememberBuilt(previous.current, built);
    return built;
  }, [doc, visibleIds, laidOut, dragged, selected]);

  const onNodesChange = useCallback((changes: NodeChange<ArgumentCanvasNode>[]) => {
    // Only moves matter: sizes are fixed and selection lives in the edit store (box selection reaches
    // it through use-box-selection.ts, while a box is drawn).
    const moves = changes.filter(
      (change) => change.type === "position" && change.position && change.dragging,
    );
    if (moves.length === 0) return;
    setDragged((before) => {
      const next = new Map(before);
      for (const move of moves)
        if (move.type === "position" && move.position) next.set(move.id, move.position);
      return next;
    });
  }, []);

  const onNodeDragStop: OnNodeDrag<ArgumentCanvasNode> = useCallback(
    (_event, _node, moved) => {
      commitPositions(moved.map((node) => ({ id: node.id, x: node.position.x, y: node.position.y })));
      setDragged(NOT_DRAGGING);
    },
    [commitPositions],
  );

  return { nodes, laidOut, layoutFinal, onNodesChange, onNodeDragStop };
}

const NO_EDGES: ArgumentCanvasEdge[] = [];

/**
 * The canvas's edges; none when `wanted` is false (a dense map drawn reduced, whose lines the block scene
 * reads from the records instead: see useRecordLines).
 */
export function useCanvasEdges(wanted = true): ArgumentCanvasEdge[] {
  const nodes = useDocumentStore((state) => state.doc.nodes);
  const edges = useDocumentStore((state) => state.doc.edges);
  const hidden = useExploreView((view) => view.collapse.hidden);
  // The edges on the canvas depend on the edges alone: an edit of a node's words keeps them (and React
  // Flow's edge layer) as they are. The nodes only complete the document the graph index is read from.
  const latestNodes = useRef(nodes);
  latestNodes.current = nodes;
  const previous = useRef(new Map<string, ArgumentCanvasEdge>());
  return useMemo(() => {
    if (!wanted) return NO_EDGES;
    const built = buildCanvasEdges({ nodes: latestNodes.current, edges }, hidden, previous.current);
    rememberBuilt(previous.current, built);
    return built;
  }, [edges, hidden, wanted]);
}

/** How many lines the canvas draws for the map (shown-lines.ts), known without building its edges. */
export function useShownLineCount(): number {
  const nodes = useDocumentStore((state) => state.doc.nodes);
  const edges = useDocumentStore((state) => state.doc.edges);
  const hidden = useExploreView((view) => view.collapse.hidden);
  // As for the edges: which are drawn depends on the edges and the folds, not on the nodes' words.
  const latestNodes = useRef(nodes);
  latestNodes.current = nodes;
  return useMemo(() => {
    const doc = { nodes: latestNodes.current, edges };
    return shownLineCount(doc, graphIndex(doc), hidden);
  }, [edges, hidden]);
}

/** The map's records and folds for the block scene to read its lines from, when `wanted`. */
export function useRecordLines(wanted: boolean): RecordLines | null {
  const nodes = useDocumentStore((state) => state.doc.nodes);
  const edges = useDocumentStore((state) => state.doc.edges);
  const hidden = useExploreView((view) => view.collapse.hidden);
  return useMemo(() => (wanted ? { doc: { nodes, edges }, hidden } : null), [wanted, nodes, edges, hidden]);
}
