/**
 * The baseline for bench/browser.bench.ts: React Flow with its default nodes and edges and nothing else,
 * drawing the same generated debate (`?n=1000`) in a plain grid. It opens at zoom 0.78 at the top left
 * (the app's readable start zoom); `window.benchFitView()` shows the whole map, as the app's Fit View
 * button does. Its one edit, for the long-task figures: S adds a node under the first one, Ctrl+Z takes
 * the last added node away. Built only by the benchmark.
 */
import {
  type Edge,
  type Node,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
  useReactFlow,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import { generateDebate } from "../src/model/generate-debate";

const count = Number(new URLSearchParams(window.location.search).get("n") ?? "1000");
const doc = generateDebate({ nodes: count, seed: 1 });
const COLUMNS = 40;
const initialNodes: Node[] = doc.nodes.map((node, i) => ({
  id: node.id,
  position: { x: (i % COLUMNS) * 200, y: Math.floor(i / COLUMNS) * 120 },
  data: { label: node.label ?? node.text },
}));
const edgesById = new Map(doc.edges.map((edge) => [edge.id, edge]));
// Like the app, an undercut is drawn towards the head of the relation it questions.
const initialEdges: Edge[] = doc.edges.map((edge) => ({
  id: edge.id,
  source: edge.from,
  target: edge.relation === "undercut" ? (edgesById.get(edge.to)?.to ?? edge.to) : edge.to,
}));

function BareFlow() {
  const [nodes, setNodes, onNodesChange] = useNodesState(initialNodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState(initialEdges);
  const { fitView } = useReactFlow();
  useEffect(() => {
    (window as unknown as { benchFitView: () => void }).benchFitView = () => void fitView();
    let added = 0;
    const onKey = (event: KeyboardEvent) => {
      const first = initialNodes[0];
      if (!first) return;
      if (event.key === "s" && !event.ctrlKey) {
        const id = `added-${++added}`;
        setNodes((before) => [
          ...before,
          { id, position: { x: first.position.x, y: first.position.y - 120 }, data: { label: id } },
        ]);
        setEdges((before) => [...before, { id, source: id, target: first.id }]);
      } else if (event.key === "z" && event.ctrlKey && added > 0) {
        const id = `added-${added--}`;
        setNodes((before) => before.filter((node) => node.id !== id));
        setEdges((before) => before.filter((edge) => edge.id !== id));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [fitView, setNodes, setEdges]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      defaultViewport={{ x: 20, y: 20, zoom: 0.78 }}
      minZoom={0.002}
    />
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("bare-flow.html has no #root element");
createRoot(root).render(
  <ReactFlowProvider>
    <BareFlow />
  </ReactFlowProvider>,
);
