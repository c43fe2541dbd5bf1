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
import { NODE_SIZE } from "../layout/layout-graph";
import type { ArgumentCanvasEdge, ArgumentCanvasNode } from "./canvas-elements";
import { sameNodeIds } from "./same-node-ids";

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

/** Mutable arrays only because React Flow's props are typed so: nothing changes them. */
export interface CanvasElements {
  nodes: ArgumentCanvasNode[];
  edges: ArgumentCanvasEdge[];
}

/**
 * The canvas's elements with their places in flat arrays, built once per change of the elements, so
 * that choosing them for a new area is a loop over numbers (the area changes many times in a fly-to).
 */
export interface PlacedElements extends Readonly<CanvasElements> {
  x: Float64Array;
  y: Float64Array;
  selected: Uint8Array;
  /** Per edge, the positions in `nodes` of its ends; -1 where a node is not among them. */
  source: Int32Array;
  target: Int32Array;
  /** Per undercut, the ends of the relation it questions, which it is drawn to; -1 for other edges. */
  questionedSource: Int32Array;
  questionedTarget: Int32Array;
}

/**
 * `previous`: the elements placed last time. When the nodes are the same ids in the same order and the
 * edges the same list (a new layout moved the nodes, or the selection changed), the ends of the edges
 * are as they were, and only the nodes' places are read again: no lookup of every edge's ends by id.
 */
export function placeElements(
  nodes: ArgumentCanvasNode[],
  edges: ArgumentCanvasEdge[],
  previous: PlacedElements | null = null,
): PlacedElements {
  const count = nodes.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const selected = new Uint8Array(count);
  nodes.forEach((node, i) => {
    x[i] = node.position.x;
    y[i] = node.position.y;
    selected[i] = node.selected ? 1 : 0;
  });
  if (previous && previous.edges === edges && sameNodeIds(previous.nodes, nodes)) {
    const { source, target, questionedSource, questionedTarget } = previous;
    return { nodes, edges, x, y, selected, source, target, questionedSource, questionedTarget };
  }
  const place = new Map<string, number>();
  nodes.forEach((node, i) => {
    place.set(node.id, i);
  });
  const source = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  const questionedSource = new Int32Array(edges.length).fill(-1);
  const questionedTarget = new Int32Array(edges.length).fill(-1);
  edges.forEach((edge, e) => {
    source[e] = place.get(edge.source) ?? -1;
    target[e] = place.get(edge.target) ?? -1;
    if (edge.type === "undercut" && edge.data) {
      questionedSource[e] = place.get(edge.data.questionedSource) ?? -1;
      questionedTarget[e] = place.get(edge.data.questionedTarget) ?? -1;
    }
  });
  return { nodes, edges, x, y, selected, source, target, questionedSource, questionedTarget };
}

/**
 * The nodes and edges to hand React Flow for `area`, in the order of the whole lists (the order React
 * Flow draws them and the keyboard reaches them).
 */
export function elementsNear(placed: PlacedElements, area: Area): CanvasElements {
  const { x, y, source, target, questionedSource, questionedTarget } = placed;
  const left = area.x - NODE_SIZE.width;
  const top = area.y - NODE_SIZE.height;
  const right = area.x + area.width;
  const bottom = area.y + area.height;
  const count = placed.nodes.length;
  const kept = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const nx = x[i] as number;
    const ny = y[i] as number;
    if (placed.selected[i] || (nx >= left && nx <= right && ny >= top && ny <= bottom)) kept[i] = 1;
  }
  const edges: ArgumentCanvasEdge[] = [];
  const keep = (i: number) => {
    if (i !== -1) kept[i] = 1;
  };
  placed.edges.forEach((edge, e) => {
    const s = source[e] as number;
    const t = target[e] as number;
    if (s === -1 || t === -1) return;
    // An undercut is drawn to the middle of the relation it questions: it needs that relation's nodes too.
    const qs = questionedSource[e] as number;
    const qt = questionedTarget[e] as number;
    const between = kept[s] && kept[t] && (qs === -1 || kept[qs]) && (qt === -1 || kept[qt]);
    if (!between) {
      const sx = x[s] as number;
      const sy = y[s] as number;
      const tx = x[t] as number;
      const ty = y[t] as number;
      const meets =
        Math.max(sx, tx) >= left &&
        Math.min(sx, tx) <= right &&
        Math.max(sy, ty) >= top &&
        Math.min(sy, ty) <= bottom;
      if (!meets) return;
      keep(s);
      keep(t);
      keep(qs);
      keep(qt);
    }
    edges.push(edge);
  });
  const nodes: ArgumentCanvasNode[] = [];
  for (let i = 0; i < count; i++) if (kept[i]) nodes.push(placed.nodes[i] as ArgumentCanvasNode);
  return { nodes, edges };
}

/** `next` when it differs from `before`, else `before`, so React Flow is not handed an equal new array. */
export function sameOr<T>(before: T[], next: T[]): T[] {
  if (before.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (before[i] !== next[i]) return next;
  return before;
}
