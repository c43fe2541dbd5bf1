/**
 * When the automatic layout changes (a subtree collapsed or expanded, a point added), shifts the view so
 * that the node the reader acted on, or else the selected node, stays where it was on screen: the rest of
 * the map moves around it instead of the whole picture jumping. A point just added was nowhere before:
 * the point it argues about stays put instead.
 */
import { useReactFlow } from "@xyflow/react";
import { useLayoutEffect, useRef } from "react";
import type { Position } from "../../model/schema";
import { parentLinks } from "../../store/explore/argument-structure";
import { useApp } from "../app-context";
import type { ArgumentCanvasNode } from "./canvas-elements";

export function useSteadyAnchor(
  laidOut: ReadonlyMap<string, Position>,
  nodes: readonly ArgumentCanvasNode[],
): void {
  const app = useApp();
  const { getViewport, setViewport } = useReactFlow();
  const before = useRef<{
    laidOut: ReadonlyMap<string, Position>;
    nodes: readonly ArgumentCanvasNode[];
  } | null>(null);
  useLayoutEffect(() => {
    const previous = before.current;
    before.current = { laidOut, nodes };
    if (!previous || previous.laidOut === laidOut) return;
    const { layoutAnchorId, setLayoutAnchor } = app.stores.ui.getState();
    const selectedId = app.stores.selection.getState().primaryId;
    let anchor = layoutAnchorId ?? selectedId;
    if (layoutAnchorId !== null) setLayoutAnchor(null);
    if (anchor === null) return;
    let was = positionIn(previous.nodes, anchor);
    if (!was) {
      anchor = parentLinks(app.stores.explore.getState().structure, anchor)[0]?.parent ?? anchor;
      was = positionIn(previous.nodes, anchor);
    }
    const is = positionIn(nodes, anchor);
    if (!was || !is || (was.x === is.x && was.y === is.y)) return;
    const viewport = getViewport();
    void setViewport({
      zoom: viewport.zoom,
      x: viewport.x - (is.x - was.x) * viewport.zoom,
      y: viewport.y - (is.y - was.y) * viewport.zoom,
    });
  }, [
    laidOut,
    nodes,
    getViewport,
    setViewport,
    app.stores.ui.getState,
    app.stores.explore.getState,
    app.stores.selection.getState,
  ]);
}

/** Where the node `id` is among `nodes`: one pass over a big map's nodes, made once per layout. */
function positionIn(nodes: readonly ArgumentCanvasNode[], id: string): Position | undefined {
  for (const node of nodes) if (node.id === id) return node.position;
  return undefined;
}
