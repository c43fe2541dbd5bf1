/**
 * The routes of the canvas's lines in the columns layout (line-routes.ts), made once per placing of the
 * cards and handed to every line through a context, since a line alone knows only its two ends.
 */
import { createContext, useContext, useMemo } from "react";
import { type CanvasLine, lineRoutes, type RoutedLine } from "../../io/picture/line-routes";
import type { Point } from "../../io/picture/route-lines";
import { NODE_SIZE } from "../layout/layout-graph";
import type { ArgumentCanvasEdge, ArgumentCanvasNode } from "./canvas-elements";
import { useColumnRouting } from "./use-column-routing";

const NO_ROUTES: ReadonlyMap<string, RoutedLine> = new Map();

export const LineRoutesContext = createContext(NO_ROUTES);

export function useLineRoutes(
  nodes: readonly ArgumentCanvasNode[],
  edges: readonly ArgumentCanvasEdge[],
): ReadonlyMap<string, RoutedLine> {
  const routed = useColumnRouting();
  // Selecting a point builds new node objects in the same places: the routes are kept.
  const places = routed
    ? nodes.map((node) => `${node.id}@${node.position.x},${node.position.y}`).join(" ")
    : "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: `places` stands for the nodes' places.
  return useMemo(() => {
    if (!routed) return NO_ROUTES;
    const at = new Map(nodes.map((node) => [node.id, node.position]));
    return lineRoutes(at, edges.map(canvasLine), NODE_SIZE);
  }, [routed, places, edges]);
}

/**
 * The route of one line, when it was made for where its ends are now (`to` for a relation, not an
 * undercut); none while a card is dragged, until the routes follow.
 */
export function useLineRoute(id: string, from: Point, to?: Point): RoutedLine | undefined {
  const route = useContext(LineRoutesContext).get(id);
  if (!route || !near(route.from, from) || (to && !near(route.to, to))) return undefined;
  return route;
}

/**
 * React Flow places a line's ends at the handles it measured in the page, a few pixels from the ones
 * declared; a card moved by hand moves further.
 */
const HANDLE_SLACK = 8;

function near(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < HANDLE_SLACK && Math.abs(a.y - b.y) < HANDLE_SLACK;
}

function canvasLine(edge: ArgumentCanvasEdge): CanvasLine {
  if (edge.type === "undercut")
    return {
      id: edge.id,
      type: "undercut",
      source: edge.source,
      questionedSource: edge.data?.questionedSource ?? "",
      questionedTarget: edge.data?.questionedTarget ?? "",
    };
  return { id: edge.id, type: "relation", source: edge.source, target: edge.target };
}
