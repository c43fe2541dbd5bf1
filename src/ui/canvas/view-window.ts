/**
 * The part of a big map React Flow is handed: the nodes and edges in an area around the view, not the
 * whole map. React Flow goes over every node and edge it holds on each change of them (to adopt the
 * nodes and index their connections) and on each frame of a pan (to find the ones in view), so on a map
 * of thousands a one-node edit or a pan costs what the whole map costs. The area is the view with a
 * margin on every side and is chosen again only once the view leaves it (or is much smaller than it),
 * so most frames of a pan and most edits hand React Flow the same few hundred elements.
 *
 * What React Flow draws is unchanged: it still draws only what is in view (onlyRenderVisibleElements),
 * and everything in view is in the area. An edge is handed over when its box (from its source node to
 * its target node, as React Flow measures it) meets the area, with the nodes it needs to be drawn, so an
 * edge that crosses the view between two nodes out of it is still drawn. Selected nodes are always
 * handed over, so they drag together and their positions can be read from React Flow.
 */
import type { Position } from "../../model/schema";
import { NODE_SIZE } from "../layout/layout-graph";
import type { ArgumentFlowEdge, ArgumentFlowNode } from "./flow-elements";

/** A rectangle in flow coordinates. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The area's margin on each side, as a share of the view's width and height. */
const MARGIN = 0.5;
/** An area this many times the view's size (after zooming in) is chosen again, smaller. */
const MOST_AREA_PER_VIEW = 9;

/** What the screen shows of the flow, from React Flow's transform ([x, y, zoom]) and the canvas's size. */
export function viewArea(transform: readonly [number, number, number], width: number, height: number): Area {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

export function areaAround(view: Area): Area {
  const dx = view.width * MARGIN;
  const dy = view.height * MARGIN;
  return { x: view.x - dx, y: view.y - dy, width: view.width + 2 * dx, height: view.height + 2 * dy };
}

/** Whether `area`, chosen for an earlier view, still serves `view`: it holds the view, and is not far bigger. */
export function stillServes(area: Area, view: Area): boolean {
  return (
    view.x >= area.x &&
    view.y >= area.y &&
    view.x + view.width <= area.x + area.width &&
    view.y + view.height <= area.y + area.height &&
    area.width * area.height <= MOST_AREA_PER_VIEW * view.width * view.height
  );
}

function nodeMeets(at: Position, area: Area): boolean {
  return (
    at.x + NODE_SIZE.width >= area.x &&
    at.x <= area.x + area.width &&
    at.y + NODE_SIZE.height >= area.y &&
    at.y <= area.y + area.height
  );
}

function boxMeets(a: Position, b: Position, area: Area): boolean {
  return (
    Math.max(a.x, b.x) + NODE_SIZE.width >= area.x &&
    Math.min(a.x, b.x) <= area.x + area.width &&
    Math.max(a.y, b.y) + NODE_SIZE.height >= area.y &&
    Math.min(a.y, b.y) <= area.y + area.height
  );
}

/** Mutable arrays only because React Flow's props are typed so: nothing changes them. */
export interface FlowElements {
  nodes: ArgumentFlowNode[];
  edges: ArgumentFlowEdge[];
}

/**
 * The nodes and edges to hand React Flow for `area`, in the order of `all` (the order React Flow draws
 * and the keyboard reaches them). `byId` gives each node of `all` by id.
 */
export function elementsNear(
  all: Readonly<FlowElements>,
  byId: ReadonlyMap<string, ArgumentFlowNode>,
  area: Area,
): FlowElements {
  const kept = new Set<string>();
  for (const node of all.nodes) if (node.selected || nodeMeets(node.position, area)) kept.add(node.id);
  const edges: ArgumentFlowEdge[] = [];
  for (const edge of all.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    // An undercut is drawn to the middle of the relation it questions: it needs that relation's nodes too.
    const questioned = edge.type === "undercut" ? edge.data : undefined;
    const between =
      kept.has(source.id) &&
      kept.has(target.id) &&
      (!questioned || (kept.has(questioned.questionedSource) && kept.has(questioned.questionedTarget)));
    if (!between) {
      if (!boxMeets(source.position, target.position, area)) continue;
      kept.add(source.id);
      kept.add(target.id);
      if (questioned) {
        kept.add(questioned.questionedSource);
        kept.add(questioned.questionedTarget);
      }
    }
    edges.push(edge);
  }
  const nodes = all.nodes.filter((node) => kept.has(node.id));
  return { nodes, edges };
}

/** `next` when it differs from `before`, else `before`, so React Flow is not handed an equal new array. */
export function sameOr<T>(before: T[], next: T[]): T[] {
  if (before.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (before[i] !== next[i]) return next;
  return before;
}
