/**
 * The baseline for bench/explore.bench.ts: React Flow with its default nodes and edges and nothing else,
 * drawing the same generated debate (`?n=1000`) in a plain grid. Built only by the benchmark.
 */
import { type Edge, type Node, ReactFlow } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { createRoot } from "react-dom/client";
import { generateDebate } from "../src/model/generate-debate";

const count = Number(new URLSearchParams(window.location.search).get("n") ?? "1000");
const doc = generateDebate({ nodes: count, seed: 1 });
const COLUMNS = 40;
const nodes: Node[] = doc.nodes.map((node, i) => ({
  id: node.id,
  position: { x: (i % COLUMNS) * 200, y: Math.floor(i / COLUMNS) * 120 },
  data: { label: node.label ?? node.text },
}));
const edgesById = new Map(doc.edges.map((edge) => [edge.id, edge]));
// Like the app, an undercut is drawn towards the head of the relation it questions.
const edges: Edge[] = doc.edges.map((edge) => ({
  id: edge.id,
  source: edge.from,
  target: edge.relation === "undercut" ? (edgesById.get(edge.to)?.to ?? edge.to) : edge.to,
}));

const root = document.getElementById("root");
if (!root) throw new Error("bare-flow.html has no #root element");
createRoot(root).render(<ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView minZoom={0.02} />);
