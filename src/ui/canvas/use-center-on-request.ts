/**
 * Brings a node selected away from the canvas (search, the outline, inspector, source text, Flow, Prep and
 * Health tabs), or just added, into view. The node may only just have appeared (its subtree was expanded to reveal it), so the request
 * waits until the node is among the canvas's nodes. A big map's layout can still move the node a moment
 * later (the layout worker answers, see use-laid-out.ts): while the request is fresh and a new layout
 * moves the node, the view follows it there, so the reader is not left looking at where the node was
 * first put. A node the reader drags is not followed: only a new layout moves the view.
 */
import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { Position } from "../../model/schema";
import { useUiStore } from "../../store/app-stores";
import { NODE_SIZE } from "../layout/layout-graph";
import type { ArgumentFlowNode } from "./flow-elements";
import { viewportDuration } from "./motion";
import { READABLE_ZOOM } from "./start-viewport";

/** How long after a request the view follows its node to a new place. */
const FOLLOW_MS = 2_000;

interface Centred {
  serial: number;
  laidOut: ReadonlyMap<string, Position>;
  id: string;
  at: Position;
  zoom: number;
  until: number;
}

export function useCenterOnRequest(
  nodes: readonly ArgumentFlowNode[],
  laidOut: ReadonlyMap<string, Position>,
): void {
  const { setCenter, getZoom } = useReactFlow();
  const request = useUiStore((state) => state.centerRequest);
  const centred = useRef<Centred | null>(null);
  useEffect(() => {
    if (!request) return;
    const node = nodes.find((candidate) => candidate.id === request.id);
    if (!node) return;
    const last = centred.current;
    const { x, y } = node.position;
    if (last?.serial === request.serial) {
      const relaidOut = last.laidOut !== laidOut;
      last.laidOut = laidOut;
      const moved = last.at.x !== x || last.at.y !== y;
      last.at = { x, y };
      if (!relaidOut || !moved || performance.now() > last.until) return;
      void setCenter(x + NODE_SIZE.width / 2, y + NODE_SIZE.height / 2, { zoom: last.zoom });
      return;
    }
    const zoom = Math.max(getZoom(), READABLE_ZOOM);
    centred.current = {
      serial: request.serial,
      laidOut,
      id: request.id,
      at: { x, y },
      zoom,
      until: performance.now() + FOLLOW_MS,
    };
    void setCenter(x + NODE_SIZE.width / 2, y + NODE_SIZE.height / 2, {
      zoom,
      duration: viewportDuration(250),
    });
  }, [request, nodes, laidOut, setCenter, getZoom]);
}
