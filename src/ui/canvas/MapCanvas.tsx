/**
 * The map on a React Flow canvas, laid out from the thesis down (../layout/layout-map.ts). Selection, focus,
 * search and filters live in the UI and edit stores; the canvas only draws them. Keyboard: see
 * use-canvas-keyboard.ts and ../edit/shortcuts.ts. Editing on the canvas: click or shift-click to select,
 * shift-drag a box, drag to move, drag from a node's dot to connect, right-click for a menu, double-click
 * empty canvas for a new node (use-pointer-handlers.ts). This file puts the canvas's hooks and parts
 * together.
 */
import "./canvas.css";
import "../edit/edit.css";
import { Background, Panel, ReactFlow, ReactFlowProvider } from "@xyflow/react";
import { useDeferredValue, useMemo, useRef } from "react";
import { useExploreView } from "../app-context";
import { EmptyMapHint } from "../edit/EditToolbar";
import { useClipboardEvents } from "../edit/use-clipboard-events";
import { useConnectDrag } from "../edit/use-connect-drag";
import { useGlobalEditKeys } from "../edit/use-global-edit-keys";
import { useOpeningDrawn } from "../storage/use-opening-drawn";
import { CanvasActions } from "./CanvasActions";
import { CANVAS_KEYS_ID, CanvasKeysDescription } from "./CanvasKeysDescription";
import { CanvasPopovers } from "./CanvasPopovers";
import type { ArgumentCanvasEdge } from "./canvas-elements";
import { MAP_FLOW_SETTINGS } from "./canvas-settings";
import { DenseMapNotice } from "./DenseMapNotice";
import { FitViewControl } from "./FitViewControl";
import { type BuiltScene, blockScene } from "./far/block-scene";
import { useDenseDrawing } from "./far/dense-drawing";
import { useFarDetail } from "./far/far-detail";
import { focusCanvasOnPointer } from "./focus-canvas-on-pointer";
import { Legend } from "./Legend";
import { OverviewCorner } from "./OverviewCorner";
import { RelationMarkers } from "./RelationMarkers";
import { useCanvasEdges, useCanvasNodes, useRecordLines, useShownLineCount } from "./use-canvas-elements";
import { useCanvasKeyboard } from "./use-canvas-keyboard";
import { useCenterOnRequest } from "./use-center-on-request";
import { LineRoutesContext, useLineRoutes } from "./use-line-routes";
import { usePointerHandlers } from "./use-pointer-handlers";
import { useStartView } from "./use-start-view";
import { useSteadyAnchor } from "./use-steady-anchor";
import { DrawnAreaContext, useViewWindow } from "./use-view-window";
import { useWholeMap } from "./use-whole-map";
import { useZoomClasses } from "./use-zoom-classes";
import { FarLayer, LabelsWhenZoomedOut } from "./ZoomedOutLayers";

const NO_EDGES: ArgumentCanvasEdge[] = [];

/**
 * Above this many nodes on the canvas, only the nodes in view are in the page (see below), and React Flow
 * is handed only the nodes and edges around the view (use-view-window.ts).
 */
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
      <ReactFlowCanvas drawOnlyInViewAbove={drawOnlyInViewAbove} />
    </ReactFlowProvider>
  );
}

function ReactFlowCanvas({ drawOnlyInViewAbove }: Required<MapCanvasProps>) {
  const nodeCount = useExploreView((view) => view.visibleIds.length);
  const { nodes, laidOut, layoutFinal, onNodesChange, onNodeDragStop } = useCanvasNodes();
  const lineCount = useShownLineCount();
  const dense = useDenseDrawing(nodes.length, lineCount);
  // A dense map drawn reduced has no element per relation: its block scene reads the lines from the records.
  const edges = useCanvasEdges(!dense.reduced);
  const recordLines = useRecordLines(dense.reduced);
  const { far, showWhole } = useFarDetail(nodeCount, drawOnlyInViewAbove, dense.reduced);
  // The blocks of the whole map feed what is drawn apart from React Flow (the overview, the far view, the
  // labels): they follow a moment after an edit, in a render of their own, so the key press that made
  // the edit does not wait for a pass over every node and edge.
  const sceneNodes = useDeferredValue(nodes);
  const sceneEdges = useDeferredValue(edges);
  const sceneLines = useDeferredValue(recordLines);
  const lastScene = useRef<BuiltScene | null>(null);
  const scene = useMemo(() => {
    lastScene.current = blockScene(sceneNodes, sceneLines ?? sceneEdges, lastScene.current);
    return lastScene.current;
  }, [sceneNodes, sceneEdges, sceneLines]);
  const routes = useLineRoutes(sceneNodes, sceneEdges);
  const drawOnlyInView = nodes.length > drawOnlyInViewAbove || dense.reduced;
  const handed = useViewWindow(nodes, edges, drawOnlyInView, far);
  const goToStart = useStartView(nodes, layoutFinal);
  useCenterOnRequest(nodes, laidOut);
  useWholeMap(nodes, showWhole, layoutFinal);
  useSteadyAnchor(laidOut, nodes);
  const onKeyDown = useCanvasKeyboard(goToStart);
  useGlobalEditKeys();
  useClipboardEvents();
  const onConnectEnd = useConnectDrag();
  const pointerHandlers = usePointerHandlers(onNodesChange);
  const { canvas, className, onMoveStart, onMoveEnd } = useZoomClasses();
  useOpeningDrawn();

  return (
    <div className={className} ref={canvas}>
      <CanvasKeysDescription />
      <RelationMarkers />
      <LineRoutesContext.Provider value={routes}>
        <DrawnAreaContext.Provider value={handed.area}>
          <ReactFlow
            {...MAP_FLOW_SETTINGS}
            {...pointerHandlers}
            nodes={handed.nodes}
            edges={far ? NO_EDGES : handed.edges}
            onNodeDragStop={onNodeDragStop}
            onConnectEnd={onConnectEnd}
            onMoveStart={onMoveStart}
            onMoveEnd={onMoveEnd}
            onlyRenderVisibleElements={drawOnlyInView}
            // React Flow's wrapper is the focusable application: its keys pan and zoom (use-canvas-keyboard.ts).
            tabIndex={0}
            aria-label="Argument map"
            aria-describedby={CANVAS_KEYS_ID}
            onKeyDown={onKeyDown}
            onPointerDown={focusCanvasOnPointer}
          >
            <Background gap={24} />
            {far ? <FarLayer scene={scene} /> : null}
            <Panel position="top-left">
              <Legend />
            </Panel>
            <EmptyMapHint />
            <DenseMapNotice drawing={dense} relations={lineCount} />
            <CanvasActions goToStart={goToStart} />
            <LabelsWhenZoomedOut scene={scene} />
            <OverviewCorner scene={scene} />
            <FitViewControl scene={scene} showWhole={showWhole} />
          </ReactFlow>
        </DrawnAreaContext.Provider>
      </LineRoutesContext.Provider>
      <CanvasPopovers />
    </div>
  );
}
