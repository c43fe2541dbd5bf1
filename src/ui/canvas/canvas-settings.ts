/**
 * The React Flow settings of the map canvas that never change: which components draw nodes and edges,
 * and which of React Flow's own interactions are on. Selection, keys and double-click are the canvas's
 * own (use-selection-handlers.ts, use-canvas-keyboard.ts, use-double-click-to-add.ts), so React Flow's
 * versions of them are off. At module level, so React Flow does not see new node and edge types on
 * every render.
 */
import type { ReactFlowProps } from "@xyflow/react";
import { ArgumentNodeView } from "./ArgumentNodeView";
import type { ArgumentCanvasEdge, ArgumentCanvasNode } from "./canvas-elements";
import { RelationEdge } from "./RelationEdge";
import { UndercutEdge } from "./UndercutEdge";

export const MAP_FLOW_SETTINGS = {
  nodeTypes: { argument: ArgumentNodeView },
  edgeTypes: { relation: RelationEdge, undercut: UndercutEdge },
  elementsSelectable: true,
  nodesConnectable: true,
  edgesFocusable: false,
  deleteKeyCode: null,
  selectionKeyCode: "Shift",
  multiSelectionKeyCode: null,
  zoomOnDoubleClick: false,
  // The canvas's own keys (use-canvas-keyboard.ts) select and edit; React Flow's would compete.
  disableKeyboardA11y: true,
  // Far enough out for Fit View to show a map of thousands of nodes whole.
  minZoom: 0.002,
  maxZoom: 2,
} satisfies ReactFlowProps<ArgumentCanvasNode, ArgumentCanvasEdge>;
