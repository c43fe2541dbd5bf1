/**
 * The map on a React Flow canvas, laid out top-down from the thesis. Selection, focus, search and
 * filters live in the UI and edit stores; the canvas only draws them. Keyboard: see use-canvas-keyboard.ts
 * and ../edit/shortcuts.ts. Editing on the canvas: click or shift-click to select, shift-drag a box,
 * drag to move, drag from a node's dot to connect, right-click for a menu, double-click empty canvas for
 * a new node.
 */
import "./canvas.css";
import "../edit/edit.css";
import {
  Background,
  ControlButton,
  Controls,
  type EdgeMouseHandler,
  type NodeChange,
  type NodeMouseHandler,
  type OnNodeDrag,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  type SelectionDragHandler,
  useReactFlow,
  useStore,
} from "@xyflow/react";
import { type MouseEvent, type PointerEvent, useCallback, useEffect, useMemo, useRef } from "react";
import { useEditStore, useExploreView } from "../../store/app-stores";
import { ContextMenu } from "../edit/ContextMenu";
import { addFree, freeKind, startEditing } from "../edit/commands";
import { EditToast } from "../edit/EditToast";
import { EmptyMapHint } from "../edit/EditToolbar";
import { RelationPicker } from "../edit/RelationPicker";
import {
  clearSelection,
  selectEdge,
  selectNodes,
  setPrimaryKeepingSet,
  toggleNodeInSelection,
} from "../edit/selection";
import { useClipboardEvents } from "../edit/use-clipboard-events";
import { useConnectDrag } from "../edit/use-connect-drag";
import { useGlobalEditKeys } from "../edit/use-global-edit-keys";
import { commitPositions, tidyUp } from "../explore/commands";
import { provideCanvasPicture } from "../interop/canvas-picture";
import { NODE_SIZE } from "../layout/layout-graph";
import { onDemand, onDemandWhile } from "../on-demand/on-demand";
import { ArgumentNodeView } from "./ArgumentNodeView";
import { FitViewIcon } from "./FitViewIcon";
import { blockScene } from "./far/block-scene";
import { useFarDetail } from "./far/far-detail";
import { MapOverview } from "./far/MapOverview";
import type { ArgumentFlowEdge, ArgumentFlowNode } from "./flow-elements";
import { Legend } from "./Legend";
import { RelationEdge } from "./RelationEdge";
import { RelationMarkers } from "./RelationMarkers";
import { READABLE_ZOOM } from "./start-viewport";
import { UndercutEdge } from "./UndercutEdge";
import { useCanvasKeyboard } from "./use-canvas-keyboard";
import { useCenterOnRequest } from "./use-center-on-request";
import { useFlowEdges, useFlowNodes } from "./use-flow-elements";
import { useStartView } from "./use-start-view";
import { useSteadyAnchor } from "./use-steady-anchor";
import { useZoomClasses } from "./use-zoom-classes";

// Only a map zoomed out needs these, so their code loads the first time one is.
const FarLayer = onDemand("the far view of the map", () => import("./far/FarLayer").then((m) => m.FarLayer));
const LabelLayer = onDemand("the map's labels", () =>
  import("./labels/LabelLayer").then((m) => m.LabelLayer),
);

/** The `?` list of every key: its code (the list and the dialog) loads the first time it is asked for. */
const ShortcutsDialog = onDemandWhile(
  () => useEditStore((state) => state.shortcutsOpen),
  "the list of shortcuts",
  () => import("../edit/ShortcutsDialog").then((m) => m.ShortcutsDialog),
  { floating: true },
);

// At module level, so React Flow does not see new node and edge types on every render.
const NODE_TYPES = { argument: ArgumentNodeView };
const EDGE_TYPES = { relation: RelationEdge, undercut: UndercutEdge };
const NO_EDGES: ArgumentFlowEdge[] = [];

/** Above this many nodes on the canvas, only the nodes in view are in the page (see below). */
export const DRAW_ONLY_IN_VIEW_ABOVE = 500;

export interface MapCanvasProps {
  /**
   * Maps with more nodes than this draw only the nodes and edges in view: a big map opens in a fraction
   * of the time and pans smoothly at a readable zoom. Tests that count renders across every node lift it.
   */
  drawOnlyInViewAbove?: number;
}

export function MapCanvas({ drawOnlyInViewAbove = DRAW_ONLY_IN_VIEW_ABOVE }: MapCanvasProps) {
  return (
    <ReactFlowProvider>
      <FlowCanvas drawOnlyInViewAbove={drawOnlyInViewAbove} />
    </ReactFlowProvider>
  );
}

function FlowCanvas({ drawOnlyInViewAbove }: Required<MapCanvasProps>) {
  const nodeCount = useExploreView((view) => view.visibleIds.length);
  const { far, showWhole } = useFarDetail(nodeCount, drawOnlyInViewAbove);
  const labelled = useStore((state) => state.transform[2] < READABLE_ZOOM);
  const { nodes, laidOut, onNodesChange, onNodeDragStop } = useFlowNodes(far);
  const edges = useFlowEdges();
  const scene = useMemo(() => blockScene(nodes, edges), [nodes, edges]);
  const fitView = useCallback(() => {
    const { bounds } = scene;
    if (bounds)
      showWhole({
        x: bounds.minX,
        y: bounds.minY,
        width: bounds.maxX - bounds.minX,
        height: bounds.maxY - bounds.minY,
      });
  }, [scene, showWhole]);
  const goToStart = useStartView(nodes);
  useCenterOnRequest(nodes);
  useSteadyAnchor(laidOut, nodes);
  const onKeyDown = useCanvasKeyboard(goToStart);
  const { screenToFlowPosition, getNodes, getNodesBounds } = useReactFlow();
  useEffect(() => {
    provideCanvasPicture(() => {
      const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
      if (!viewport) return null;
      return {
        viewport,
        everyNodeDrawn: nodes.length <= drawOnlyInViewAbove && !far,
        bounds: (onlySelection) => {
          const chosen = getNodes().filter((node) => !onlySelection || node.selected);
          return chosen.length === 0 ? null : getNodesBounds(chosen);
        },
      };
    });
    return () => provideCanvasPicture(null);
  }, [getNodes, getNodesBounds, nodes.length, drawOnlyInViewAbove, far]);
  useGlobalEditKeys();
  useClipboardEvents();
  const onConnectEnd = useConnectDrag();
  const onNodeClick: NodeMouseHandler<ArgumentFlowNode> = useCallback((event, node) => {
    if (event.shiftKey || event.metaKey || event.ctrlKey) toggleNodeInSelection(node.id);
    else selectNodes([node.id]);
  }, []);
  const onNodeDoubleClick: NodeMouseHandler<ArgumentFlowNode> = useCallback(
    (_event, node) => startEditing(node.id),
    [],
  );
  const onEdgeClick: EdgeMouseHandler<ArgumentFlowEdge> = useCallback(
    (_event, edge) => selectEdge(edge.id),
    [],
  );
  const onPaneClick = useCallback(() => clearSelection(), []);
  const onNodeContextMenu: NodeMouseHandler<ArgumentFlowNode> = useCallback((event, node) => {
    event.preventDefault();
    if (!useEditStore.getState().nodeIds.has(node.id)) selectNodes([node.id]);
    useEditStore.setState({
      contextMenu: { x: event.clientX, y: event.clientY, target: { kind: "node", id: node.id } },
    });
  }, []);
  const onEdgeContextMenu: EdgeMouseHandler<ArgumentFlowEdge> = useCallback((event, edge) => {
    event.preventDefault();
    selectEdge(edge.id);
    useEditStore.setState({
      contextMenu: { x: event.clientX, y: event.clientY, target: { kind: "edge", id: edge.id } },
    });
  }, []);
  const onPaneContextMenu = useCallback(
    (event: MouseEvent | globalThis.MouseEvent) => {
      event.preventDefault();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      useEditStore.setState({
        contextMenu: {
          x: event.clientX,
          y: event.clientY,
          target: { kind: "pane", at: { x: Math.round(at.x), y: Math.round(at.y) } },
        },
      });
    },
    [screenToFlowPosition],
  );
  // Double-click on empty canvas: a new node there (React Flow's zoom on double-click is off).
  const onDoubleClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!(event.target as Element).classList.contains("react-flow__pane")) return;
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addFree(freeKind(), {
        x: Math.round(at.x - NODE_SIZE.width / 2),
        y: Math.round(at.y - NODE_SIZE.height / 2),
      });
    },
    [screenToFlowPosition],
  );
  // While a box is drawn (Shift+drag), React Flow reports which nodes it covers as selection changes.
  const boxing = useRef(false);
  const onFlowNodesChange = useCallback(
    (changes: NodeChange<ArgumentFlowNode>[]) => {
      if (boxing.current) applyBoxSelection(changes);
      onNodesChange(changes);
    },
    [onNodesChange],
  );
  const onSelectionStart = useCallback(() => {
    boxing.current = true;
    useEditStore.setState({ nodeIds: new Set(), edgeId: null });
  }, []);
  const onSelectionEnd = useCallback(() => {
    boxing.current = false;
    const chosen = [...useEditStore.getState().nodeIds];
    setPrimaryKeepingSet(chosen.length === 1 ? (chosen[0] as string) : null);
  }, []);
  const onNodeDragStart: OnNodeDrag<ArgumentFlowNode> = useCallback((_event, node) => {
    if (!useEditStore.getState().nodeIds.has(node.id)) selectNodes([node.id]);
  }, []);
  const onSelectionDragStop: SelectionDragHandler<ArgumentFlowNode> = useCallback((_event, moved) => {
    commitPositions(moved.map((node) => ({ id: node.id, x: node.position.x, y: node.position.y })));
  }, []);
  const { canvas, className, onMoveStart, onMoveEnd } = useZoomClasses();

  return (
    <div className={className} ref={canvas}>
      <p id="map-canvas-keys" className="visually-hidden">
        Arrow keys pan, plus and minus zoom, 0 returns to the start view. Tab moves through the points; Enter
        selects one and, pressed again, edits its text. S adds a supporting claim, C a critique, E evidence, N
        a sibling, T a thesis; Delete deletes; question mark lists every key.
      </p>
      <RelationMarkers />
      <ReactFlow
        nodes={nodes}
        edges={far ? NO_EDGES : edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onFlowNodesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onSelectionDragStop={onSelectionDragStop}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onEdgeClick={onEdgeClick}
        onPaneClick={onPaneClick}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        onSelectionStart={onSelectionStart}
        onSelectionEnd={onSelectionEnd}
        onConnectEnd={onConnectEnd}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        elementsSelectable
        nodesConnectable
        edgesFocusable={false}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={null}
        zoomOnDoubleClick={false}
        // The canvas's own keys (use-canvas-keyboard.ts) select and edit; React Flow's would compete.
        disableKeyboardA11y
        onlyRenderVisibleElements={nodes.length > drawOnlyInViewAbove}
        // Far enough out for Fit View to show a map of thousands of nodes whole.
        minZoom={0.002}
        maxZoom={2}
        // React Flow's wrapper is the focusable application: its keys pan and zoom (use-canvas-keyboard.ts).
        tabIndex={0}
        aria-label="Argument map"
        aria-describedby="map-canvas-keys"
        onKeyDown={onKeyDown}
        onDoubleClick={onDoubleClick}
        onPointerDown={focusCanvas}
      >
        <Background gap={24} />
        {far ? <FarLayer scene={scene} /> : null}
        <Panel position="top-left">
          <Legend />
        </Panel>
        <EmptyMapHint />
        <Panel position="bottom-center" className="canvas-actions">
          {/* goToStart takes an animation duration: neither the click event nor a frame's timestamp is one. */}
          <button
            type="button"
            onClick={() => goToStart()}
            title="Show the thesis and the levels under it (key 0)"
          >
            Start view
          </button>
          <button
            type="button"
            onClick={() => {
              tidyUp();
              // After React has drawn the tidied positions, which the start view is computed from.
              requestAnimationFrame(() => goToStart());
            }}
            title="Forget moved positions and lay the map out again"
          >
            Tidy up
          </button>
        </Panel>
        {labelled ? <LabelLayer scene={scene} /> : null}
        <Panel position="bottom-right">
          <MapOverview scene={scene} />
        </Panel>
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton onClick={fitView} title="Fit View" aria-label="Fit View">
            <FitViewIcon />
          </ControlButton>
        </Controls>
      </ReactFlow>
      <EditToast />
      <RelationPicker />
      <ContextMenu />
      <ShortcutsDialog />
    </div>
  );
}

function applyBoxSelection(changes: readonly NodeChange<ArgumentFlowNode>[]): void {
  let next: Set<string> | null = null;
  for (const change of changes) {
    if (change.type !== "select") continue;
    next ??= new Set(useEditStore.getState().nodeIds);
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  if (next) useEditStore.setState({ nodeIds: next });
}

/** Clicking the canvas gives it keyboard focus, unless the click was on a control of its own. */
function focusCanvas(event: PointerEvent<HTMLElement>) {
  const target = event.target as HTMLElement;
  if (target.closest("button, a, input, select, textarea, .react-flow__node")) return;
  event.currentTarget.focus({ preventScroll: true });
}
