/**
 * Brings a node selected away from the canvas (search, the outline, inspector, source text, Flow, Prep and
 * Health tabs), centred in the room the floating controls leave; or a point just added, with the least
 * movement (bring-into-view.ts): not at all when it is in view already, else just inside the nearest
 * edge with the point it argues about still in view, so that building a map keeps the reader's place. The node may only just have appeared (its subtree was expanded to reveal it), so the request
 * waits until the node is among the canvas's nodes. A big map's layout can still move the node a moment
 * later (the layout worker answers, see use-laid-out.ts): while the request is fresh and a new layout
 * moves the node, the view follows it there, so the reader is not left looking at where the node was
 * first put. A node the reader drags is not followed: only a new layout moves the view.
 */
import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { Position } from "../../model/schema";
import { parentLinks } from "../../store/explore/argument-structure";
import { useApp, useUiStore } from "../app-context";
import { NODE_SIZE } from "../layout/layout-graph";
import { centredIn, viewShowing } from "./bring-into-view";
import type { ArgumentCanvasNode } from "./canvas-elements";
import { viewportDuration } from "./motion";
import { boundsOf, READABLE_ZOOM } from "./start-viewport";
import { useRoom } from "./use-room";

/** How long after a request the view follows its node to a new place. */
const FOLLOW_MS = 2_000;

interface Centred {
  serial: number;
  laidOut: ReadonlyMap<string, Position>;
  id: string;
  at: Position;
  until: number;
}

export function useCenterOnRequest(
  nodes: readonly ArgumentCanvasNode[],
  laidOut: ReadonlyMap<string, Position>,
): void {
  const app = useApp();
  const { setViewport, getViewport } = useReactFlow();
  const room = useRoom();
  const request = useUiStore((state) => state.centerRequest);
  const centred = useRef<Centred | null>(null);
  useEffect(() => {
    if (!request) return;
    const node = nodes.find((candidate) => candidate.id === request.id);
    if (!node) return;
    const last = centred.current;
    const { x, y } = node.position;
    const bringIn = (duration: number) => {
      const target = boundsOf([node.position], NODE_SIZE);
      if (!target) return;
      const parentId = parentLinks(app.stores.explore.getState().structure, node.id)[0]?.parent;
      const parent = nodes.find((candidate) => candidate.id === parentId);
      const keep = parent ? boundsOf([parent.position], NODE_SIZE) : null;
      const now = getViewport();
      const space = room()(NODE_SIZE);
      const view = request.near
        ? viewShowing(now, space, target, keep, READABLE_ZOOM)
        : centredIn(space, target, Math.max(now.zoom, READABLE_ZOOM));
      if (view) void setViewport(view, { duration });
    };
    if (last?.serial === request.serial) {
      const relaidOut = last.laidOut !== laidOut;
      last.laidOut = laidOut;
      const moved = last.at.x !== x || last.at.y !== y;
      last.at = { x, y };
      if (!relaidOut || !moved || performance.now() > last.until) return;
      bringIn(0);
      return;
    }
    centred.current = {
      serial: request.serial,
      laidOut,
      id: request.id,
      at: { x, y },
      until: performance.now() + FOLLOW_MS,
    };
    bringIn(viewportDuration(250));
  }, [request, nodes, laidOut, setViewport, getViewport, room, app.stores.explore.getState]);
}
