/** Puts the canvas at its start view (see start-viewport.ts) when a map opens, and on request. */
import { useReactFlow, useStore } from "@xyflow/react";
import { useCallback, useRef } from "react";
import type { Position } from "../../model/schema";
import { childLinks, structuralRoots } from "../../store/explore/argument-structure";
import { useApp, useUiStore } from "../app-context";
import { NODE_SIZE } from "../layout/layout-graph";
import type { ArgumentCanvasNode } from "./canvas-elements";
import { startViewport } from "./start-viewport";
import { useRoom } from "./use-room";
import { useSettlingRequest } from "./use-settling-request";

const LEVELS_NEAR_TOP = 2;

/** `layoutFinal`: the nodes stand where their layout puts them, not where they wait for the worker's. */
export function useStartView(nodes: readonly ArgumentCanvasNode[], layoutFinal: boolean): () => void {
  const app = useApp();
  const { setViewport } = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const room = useRoom();
  const latest = useRef({ nodes, width, height });
  latest.current = { nodes, width, height };

  const goToStart = useCallback(
    (duration = 0) => {
      const { nodes, width, height } = latest.current;
      if (width === 0 || height === 0) return;
      const view = app.stores.explore.getState();
      const hidden = view.collapse.hidden;
      const theses = view.structure.ids.filter(
        (id) => view.structure.kinds.get(id) === "thesis" && !hidden.has(id),
      );
      const top = theses.length > 0 ? theses : structuralRoots(view.structure).slice(0, 1);
      // The tops and the levels under them, deepest first: the first that can be read whole is shown.
      const levels: string[][] = [];
      let nearTop = [...top];
      let level = top;
      for (let step = 0; step < LEVELS_NEAR_TOP; step++) {
        level = level.flatMap((id) => childLinks(view.structure, id).map((link) => link.child));
        nearTop = [...nearTop, ...level.filter((id) => !hidden.has(id))];
        levels.unshift(nearTop);
      }
      const positions = new Map<string, Position>(nodes.map((node) => [node.id, node.position]));
      void setViewport(startViewport(positions, NODE_SIZE, room(), top, levels), { duration });
    },
    [setViewport, room, app.stores.explore.getState],
  );

  // Once per opened map (the reader store counts them), as soon as the canvas knows its size, and again
  // while the page settles around it (use-settling-request.ts).
  const request = useUiStore((state) => state.startViewRequest);
  useSettlingRequest(request, goToStart, layoutFinal);

  return useCallback(() => goToStart(300), [goToStart]);
}
