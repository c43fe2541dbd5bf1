/**
 * The map as plain blocks and lines in flat arrays, for the drawings that show many nodes at once and
 * cannot afford an element per node: the overview (minimap) and the far level of detail (FarLayer).
 * Built once per change of the map; drawing it is one loop per kind of node and per relation.
 */
import { graphIndex } from "../../../model/graph-index";
import {
  type ArgEdge,
  type ArgumentMap,
  NODE_KINDS,
  type NodeKind,
  RELATIONS,
  type Relation,
} from "../../../model/schema";
import { NODE_SIZE } from "../../layout/layout-graph";
import type { ArgumentCanvasEdge, ArgumentCanvasNode } from "../canvas-elements";
import { sameNodeIds } from "../same-node-ids";
import { forEachShownLine } from "../shown-lines";

export interface BlockScene {
  ids: readonly string[];
  /** Top-left corners of the nodes, in flow coordinates. */
  x: Float64Array;
  y: Float64Array;
  kind: Uint8Array;
  /** Each line joins the top centre of `from` to the bottom centre of `to` (positions in `ids`). */
  from: Int32Array;
  to: Int32Array;
  relation: Uint8Array;
  bounds: { minX: number; minY: number; maxX: number; maxY: number } | null;
}

/**
 * The lines of a map read from its records rather than from canvas edges: a dense map drawn reduced
 * (dense-drawing.ts) builds no canvas edge, which for 250,000 relations would take a good part of a second.
 */
export interface RecordLines {
  doc: Pick<ArgumentMap, "nodes" | "edges">;
  hidden: ReadonlySet<string>;
}

/** A scene with the nodes and edges it was built from, for the next build to compare with. */
export interface BuiltScene extends BlockScene {
  nodes: readonly ArgumentCanvasNode[];
  edges: readonly ArgumentCanvasEdge[] | RecordLines;
}

const KIND_INDEX = new Map<NodeKind, number>(NODE_KINDS.map((kind, i) => [kind, i]));
const RELATION_INDEX = new Map<Relation, number>(RELATIONS.map((relation, i) => [relation, i]));

/**
 * `previous`: the scene built last time, with the nodes and edges it was built from. When the nodes are
 * the same ids in the same order and the edges the same list (a new layout moved the nodes), its lines
 * are kept, and only the blocks are read again.
 */
export function blockScene(
  nodes: readonly ArgumentCanvasNode[],
  edges: readonly ArgumentCanvasEdge[] | RecordLines,
  previous: BuiltScene | null = null,
): BuiltScene {
  const count = nodes.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const kind = new Uint8Array(count);
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  nodes.forEach((node, i) => {
    x[i] = node.position.x;
    y[i] = node.position.y;
    kind[i] = KIND_INDEX.get(node.data.kind) ?? 0;
    minX = Math.min(minX, node.position.x);
    minY = Math.min(minY, node.position.y);
    maxX = Math.max(maxX, node.position.x + NODE_SIZE.width);
    maxY = Math.max(maxY, node.position.y + NODE_SIZE.height);
  });
  const bounds = count === 0 ? null : { minX, minY, maxX, maxY };
  if (previous && previous.edges === edges && sameNodeIds(previous.nodes, nodes)) {
    const { ids, from, to, relation } = previous;
    return { ids, x, y, kind, from, to, relation, bounds, nodes, edges };
  }
  const place = new Map<string, number>();
  nodes.forEach((node, i) => {
    place.set(node.id, i);
  });
  const lines = "doc" in edges ? linesOfRecords(edges, place) : linesOfEdges(edges, place);
  return { ids: nodes.map((node) => node.id), x, y, kind, ...lines, bounds, nodes, edges };
}

type Lines = Pick<BlockScene, "from" | "to" | "relation">;

/** `place`: each drawn node's position in the scene. */
function linesOfEdges(edges: readonly ArgumentCanvasEdge[], place: ReadonlyMap<string, number>): Lines {
  const from: number[] = [];
  const to: number[] = [];
  const relation: number[] = [];
  for (const edge of edges) {
    const source = place.get(edge.source);
    const target = place.get(edge.target);
    if (source === undefined || target === undefined) continue;
    from.push(source);
    to.push(target);
    const kind = edge.type === "relation" ? (edge.data?.relation ?? "support") : "undercut";
    relation.push(RELATION_INDEX.get(kind) ?? 0);
  }
  return { from: Int32Array.from(from), to: Int32Array.from(to), relation: Uint8Array.from(relation) };
}

/**
 * The same lines as linesOfEdges gives for the canvas edges of `doc` (canvas-elements.ts), from the
 * graph index's columns: each node's place in the scene is looked up once, not once for each of its lines.
 */
function linesOfRecords({ doc, hidden }: RecordLines, place: ReadonlyMap<string, number>): Lines {
  const index = graphIndex(doc);
  const scenePlace = new Int32Array(index.nodeCount).fill(-1);
  index.ids.forEach((id, v) => {
    scenePlace[v] = place.get(id) ?? -1;
  });
  // At most one line a relation; the lines drawn are kept from the front.
  const from = new Int32Array(doc.edges.length);
  const to = new Int32Array(doc.edges.length);
  const relation = new Uint8Array(doc.edges.length);
  const undercut = RELATION_INDEX.get("undercut") ?? 0;
  let n = 0;
  forEachShownLine(doc, index, hidden, (e, q) => {
    const source = index.source[e] as number;
    const target = q >= 0 ? (index.target[q] as number) : (index.target[e] as number);
    const a = source < 0 ? -1 : (scenePlace[source] as number);
    const b = target < 0 ? -1 : (scenePlace[target] as number);
    if (a < 0 || b < 0) return;
    from[n] = a;
    to[n] = b;
    relation[n] = q >= 0 ? undercut : (RELATION_INDEX.get((doc.edges[e] as ArgEdge).relation) ?? 0);
    n++;
  });
  return { from: from.slice(0, n), to: to.slice(0, n), relation: relation.slice(0, n) };
}

export interface Palette {
  kinds: readonly string[];
  relations: readonly string[];
}

/** The kinds' and relations' colours, as the page's style sheet defines them (see app.css). */
export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const colour = (name: string) => style.getPropertyValue(`--${name}`).trim() || "#888";
  return { kinds: NODE_KINDS.map(colour), relations: RELATIONS.map(colour) };
}

export interface SceneTransform {
  /** Screen = flow × zoom + offset, in CSS pixels. */
  x: number;
  y: number;
  zoom: number;
}

/**
 * The most lines a frame draws. A dense map (a complete attack graph of 500 points has 249,500
 * relations) would take the page hundreds of milliseconds a frame to stroke them all, so past this an
 * even sample of them is drawn: every `step`-th line of each relation, the same mesh at this scale.
 */
export const MOST_LINES_DRAWN = 20_000;

/** Every how many relations one is drawn: 1 up to MOST_LINES_DRAWN relations. */
export function lineStep(relations: number): number {
  return Math.max(1, Math.ceil(relations / MOST_LINES_DRAWN));
}

/**
 * Draws the part of the scene inside `width` × `height` CSS pixels. Nodes are at least a pixel wide, so
 * a far-away map still shows its shape; lines are drawn only when `lines` (the overview leaves them out),
 * about MOST_LINES_DRAWN of them at most (lineStep).
 */
export function drawScene(
  context: CanvasRenderingContext2D,
  scene: BlockScene,
  transform: SceneTransform,
  size: { width: number; height: number },
  palette: Palette,
  lines: boolean,
): void {
  const { zoom } = transform;
  const minX = -transform.x / zoom - NODE_SIZE.width;
  const minY = -transform.y / zoom - NODE_SIZE.height;
  const maxX = (size.width - transform.x) / zoom;
  const maxY = (size.height - transform.y) / zoom;
  const inView = (i: number) =>
    (scene.x[i] as number) >= minX &&
    (scene.x[i] as number) <= maxX &&
    (scene.y[i] as number) >= minY &&
    (scene.y[i] as number) <= maxY;
  const w = Math.max(1, NODE_SIZE.width * zoom);
  const h = Math.max(1, NODE_SIZE.height * zoom);
  // A block a pixel or two across is put on whole pixels: between them, it would be smeared over four
  // pixels in a pale mix of its colour, and the far-out map's points read as a haze.
  const place = NODE_SIZE.height * zoom < 2 ? Math.round : (at: number) => at;
  const count = scene.ids.length;
  if (lines) {
    context.lineWidth = 1;
    context.globalAlpha = 0.55;
    const step = lineStep(scene.relation.length);
    palette.relations.forEach((colour, r) => {
      context.beginPath();
      // Every step-th line of this relation, so each relation keeps its share of the sample.
      let seen = 0;
      for (let e = 0; e < scene.relation.length; e++) {
        if (scene.relation[e] !== r || seen++ % step !== 0) continue;
        const a = scene.from[e] as number;
        const b = scene.to[e] as number;
        if (!inView(a) && !inView(b)) continue;
        context.moveTo(
          ((scene.x[a] as number) + NODE_SIZE.width / 2) * zoom + transform.x,
          (scene.y[a] as number) * zoom + transform.y,
        );
        context.lineTo(
          ((scene.x[b] as number) + NODE_SIZE.width / 2) * zoom + transform.x,
          ((scene.y[b] as number) + NODE_SIZE.height) * zoom + transform.y,
        );
      }
      context.strokeStyle = colour;
      context.stroke();
    });
    context.globalAlpha = 1;
  }
  palette.kinds.forEach((colour, k) => {
    context.beginPath();
    for (let i = 0; i < count; i++) {
      if (scene.kind[i] !== k || !inView(i)) continue;
      context.rect(
        place((scene.x[i] as number) * zoom + transform.x),
        place((scene.y[i] as number) * zoom + transform.y),
        w,
        h,
      );
    }
    context.fillStyle = colour;
    context.fill();
  });
}
