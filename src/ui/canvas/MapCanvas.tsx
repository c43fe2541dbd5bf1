/**
 * The map on a React Flow canvas, laid out top-down from the thesis. Selection, focus, search and
 * filters live in the UI store; the canvas only draws them. Keyboard: see use-canvas-keyboard.ts.
 */
import "./canvas.css";
import {
  Background,
  Controls,
  MiniMap,
  type NodeMouseHandler,
  Panel,
  ReactFlow,
  ReactFlowProvider,
} from "@xyflow/react";
import { type PointerEvent, useCallback } from "react";
import { selectNode, tidyUp } from "../explore/commands";
import { ArgumentNodeView } from "./ArgumentNodeView";
import type { ArgumentFlowNode } from "./flow-elements";
import { Legend } from "./Legend";
import { RelationEdge } from "./RelationEdge";
import { RelationMarkers } from "./RelationMarkers";
import { UndercutEdge } from "./UndercutEdge";
import { useCanvasKeyboard } from "./use-canvas-keyboard";
import { useCenterOnRequest } from "./use-center-on-request";
import { useFlowEdges, useFlowNodes } from "./use-flow-elements";
import { useStartView } from "./use-start-view";
import { useSteadyAnchor } from "./use-steady-anchor";
import { useZoomClasses } from "./use-zoom-classes";

// At module level, so React Flow does not see new node and edge types on every render.
const NODE_TYPES = { argument: ArgumentNodeView };
const EDGE_TYPES = { relation: RelationEdge, undercut: UndercutEdge };

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
  const { nodes, laidOut, onNodesChange, onNodeDragStop } = useFlowNodes();
  const edges = useFlowEdges();
  const goToStart = useStartView(nodes);
  useCenterOnRequest(nodes);
  useSteadyAnchor(laidOut, nodes);
  const onKeyDown = useCanvasKeyboard(goToStart);
  const onNodeClick: NodeMouseHandler<ArgumentFlowNode> = useCallback(
    (_event, node) => selectNode(node.id),
    [],
  );
  const onPaneClick = useCallback(() => selectNode(null), []);
  const { canvas, className, onMoveStart, onMoveEnd } = useZoomClasses();

  return (
    <div className={className} ref={canvas}>
      <p id="map-canvas-keys" className="visually-hidden">
        Arrow keys pan, plus and minus zoom, 0 returns to the start view. Tab moves through the points; Enter
        selects one.
      </p>
      <RelationMarkers />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={onNodeClick}
        onPaneClick={onPaneClick}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        elementsSelectable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        onlyRenderVisibleElements={nodes.length > drawOnlyInViewAbove}
        // Far enough out for Fit View to show a map of thousands of nodes whole.
        minZoom={0.002}
        maxZoom={2}
        // React Flow's wrapper is the focusable application: its keys pan and zoom (use-canvas-keyboard.ts).
        tabIndex={0}
        aria-label="Argument map"
        aria-describedby="map-canvas-keys"
        onKeyDown={onKeyDown}
        onPointerDown={focusCanvas}
      >
        <Background gap={24} />
        <Panel position="top-left">
          <Legend />
        </Panel>
        <Panel position="bottom-center" className="canvas-actions">
          <button type="button" onClick={goToStart} title="Show the thesis and the levels under it (key 0)">
            Start view
          </button>
          <button
            type="button"
            onClick={() => {
              tidyUp();
              // After React has drawn the tidied positions, which the start view is computed from.
              requestAnimationFrame(goToStart);
            }}
            title="Forget moved positions and lay the map out again"
          >
            Tidy up
          </button>
        </Panel>
        <MiniMap
          pannable
          zoomable
          ariaLabel="Overview of the whole map"
          nodeClassName={(node) => `minimap-node kind-${(node as ArgumentFlowNode).data.kind}`}
        />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

/** Clicking the canvas gives it keyboard focus, unless the click was on a control of its own. */
function focusCanvas(event: PointerEvent<HTMLElement>) {
  const target = event.target as HTMLElement;
  if (target.closest("button, a, input, select, textarea, .react-flow__node")) return;
  event.currentTarget.focus({ preventScroll: true });
}
