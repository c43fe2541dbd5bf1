/** The map on a React Flow canvas, laid out top-down from the thesis. */
import { Background, Controls, MiniMap, ReactFlow } from "@xyflow/react";
import { useMemo } from "react";
import { useDocumentStore } from "../../store/document-store";
import { layeredLayout } from "../layout/layered-layout";
import { ArgumentNodeView } from "./ArgumentNodeView";
import { toFlowEdges, toFlowNodes } from "./flow-elements";

// At module level, so React Flow does not see a new set of node types on every render.
const NODE_TYPES = { argument: ArgumentNodeView };

export function MapCanvas() {
  const doc = useDocumentStore((state) => state.doc);
  const positions = useMemo(() => layeredLayout(doc), [doc]);
  const nodes = useMemo(() => toFlowNodes(doc, positions), [doc, positions]);
  const edges = useMemo(() => toFlowEdges(doc), [doc]);
  return (
    <div className="map-canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        fitView
        minZoom={0.05}
        nodesConnectable={false}
        proOptions={{ hideAttribution: false }}
      >
        <Background />
        <MiniMap pannable zoomable />
        <Controls />
      </ReactFlow>
    </div>
  );
}
