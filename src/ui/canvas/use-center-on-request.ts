/**
 * Brings a node selected away from the canvas (search, the outline, inspector, source text, Flow, Prep and
 * Health tabs) into view. The node may only just have appeared (its subtree was expanded to reveal it), so
 * the request waits until the node is among the canvas's nodes.
 */
import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useUiStore } from "../../store/app-stores";
import { NODE_SIZE } from "../layout/layout-graph";
import type { ArgumentFlowNode } from "./flow-elements";
import { viewportDuration } from "./motion";
import { READABLE_ZOOM } from "./start-viewport";

export function useCenterOnRequest(nodes: readonly ArgumentFlowNode[]): void {
  const { setCenter, getZoom } = useReactFlow();
  const request = useUiStore((state) => state.centerRequest);
  const handled = useRef(0);
  useEffect(() => {
    if (!request || request.serial === handled.current) return;
    const node = nodes.find((candidate) => candidate.id === request.id);
    if (!node) return;
    handled.current = request.serial;
    void setCenter(node.position.x + NODE_SIZE.width / 2, node.position.y + NODE_SIZE.height / 2, {
      zoom: Math.max(getZoom(), READABLE_ZOOM),
      duration: viewportDuration(250),
    });
  }, [request, nodes, setCenter, getZoom]);
}
