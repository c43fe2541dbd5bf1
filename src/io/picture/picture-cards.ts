/**
 * The cards of a picture of the map: which points, where, how big and with which lines of text. A
 * classroom-sized map that nobody laid out by hand is pictured as the canvas shows it whole, in columns
 * with compact cards (column-cards.ts). Otherwise a card shows a point's kind and its label (else the
 * start of its text) wrapped to the card's width; places come from the map's own positions where it has
 * them, and the other points are laid out by the wrapped layout, shaped for a page, below whatever was
 * placed by hand.
 */
import {
  type LayoutGaps,
  type LayoutGraph,
  layoutGraphOfMap,
  NODE_SIZE,
} from "../../model/layout/layout-graph";
import { wrappedLayout } from "../../model/layout/wrapped-layout";
import type { ArgumentMap, NodeKind, Position } from "../../model/schema";
import { columnCards, picturedInColumns } from "./column-cards";
import { pullUp } from "./pull-up";
import { wrapText } from "./text-width";

export const CARD_WIDTH = 180;
export const CARD_PADDING = 10;
export const KIND_LINE = 12;
export const LABEL_SIZE = 13;
export const LABEL_LINE = 16;
/** A label of the format's longest (120 characters) fits in five lines. */
const MOST_LINES = 5;
const FEWEST_LINES = 2;

/**
 * Closer than on the canvas, where there are buttons and scores to keep apart: a page is read whole, and
 * the tighter the map, the larger its words print. Lines still pass between cards.
 */
const PICTURE_GAPS: LayoutGaps = { layer: 40, sibling: 24 };

/** A landscape A4 or Letter page, width over height, which the layout is chosen to fill. */
const LANDSCAPE = 1.41;
/** Shapes the wrapped layout is tried at, for maps of up to MOST_TRIED points. */
const TRIED_SHAPES = [1.2, 1.6, 2];
const MOST_TRIED = 400;

/** Wider than tall, as a landscape page or a slide is (between A4's 1.41 and a slide's 1.78). */
export const PAGE_SHAPE = 1.6;

export interface Card {
  id: string;
  kind: NodeKind;
  /** Top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** The point's whole text, for a tooltip and for screen readers. */
  text: string;
  /** The label alone, in large type, as the canvas shows a whole classroom map (column-cards.ts). */
  compact?: boolean;
}

/** Every card of a picture has this height: the label lines of the most wordy card, at least two. */
export function cardHeight(lineCount: number): number {
  return CARD_PADDING * 2 + KIND_LINE + 4 + lineCount * LABEL_LINE;
}

export function pictureCards(
  doc: Pick<ArgumentMap, "nodes" | "edges" | "view">,
  only: ReadonlySet<string> | null,
): Card[] {
  const nodes = only ? doc.nodes.filter((node) => only.has(node.id)) : doc.nodes;
  if (picturedInColumns(nodes)) return columnCards(doc, nodes);
  const wrapped = nodes.map((node) =>
    wrapText(
      node.label ?? node.text,
      CARD_WIDTH - CARD_PADDING * 2,
      LABEL_SIZE,
      MOST_LINES,
      node.kind === "thesis",
    ),
  );
  const lineCount = Math.max(FEWEST_LINES, ...wrapped.map((lines) => lines.length));
  const height = cardHeight(lineCount);
  const places = placesOf(doc, nodes, { width: CARD_WIDTH, height });
  return nodes.map((node, i) => {
    const at = places.get(node.id) as Position;
    return {
      id: node.id,
      kind: node.kind,
      x: at.x,
      y: at.y,
      width: CARD_WIDTH,
      height,
      lines: wrapped[i] as string[],
      text: node.text,
    };
  });
}

/**
 * The wrapped layout, pulled up, that fits a landscape page at the largest scale: tried at a few row
 * widths (shapes before pulling up), as pulling up makes some shorter than others. A big map, whose words
 * no page holds legibly anyway, is laid out once.
 */
function pageLayout(graph: LayoutGraph, size: { width: number; height: number }): Map<string, Position> {
  const shapes = graph.ids.length <= MOST_TRIED ? TRIED_SHAPES : [PAGE_SHAPE];
  let best: Map<string, Position> = new Map();
  let bestScale = -1;
  for (const shape of shapes) {
    const laid = pullUp(graph, wrappedLayout(graph, size, shape, PICTURE_GAPS), size, PICTURE_GAPS);
    let width = 0;
    let height = 0;
    for (const at of laid.values()) {
      width = Math.max(width, at.x + size.width);
      height = Math.max(height, at.y + size.height);
    }
    const scale = Math.min(LANDSCAPE / Math.max(width, 1), 1 / Math.max(height, 1));
    if (scale > bestScale) {
      best = laid;
      bestScale = scale;
    }
  }
  return best;
}

/** Top-left corners: the map's own positions, else the wrapped layout below them. */
function placesOf(
  doc: Pick<ArgumentMap, "nodes" | "edges" | "view">,
  nodes: ArgumentMap["nodes"],
  size: { width: number; height: number },
): Map<string, Position> {
  const places = new Map<string, Position>();
  // A stored position is where the canvas puts a node's top-left corner; the card is centred in its place.
  const inset = { x: (NODE_SIZE.width - size.width) / 2, y: (NODE_SIZE.height - size.height) / 2 };
  for (const node of nodes) {
    const at = node.position;
    if (at) places.set(node.id, { x: at.x + inset.x, y: at.y + inset.y });
  }
  const unplaced = nodes.filter((node) => !places.has(node.id));
  if (unplaced.length === 0) return places;
  let top = 0;
  let left = 0;
  if (places.size > 0) {
    top = Number.NEGATIVE_INFINITY;
    left = Number.POSITIVE_INFINITY;
    for (const at of places.values()) {
      top = Math.max(top, at.y + size.height * 2);
      left = Math.min(left, at.x);
    }
  }
  const graph = layoutGraphOfMap(doc, new Set(unplaced.map((node) => node.id)));
  for (const [id, at] of pageLayout(graph, size)) {
    places.set(id, { x: left + at.x, y: top + at.y });
  }
  return places;
}
