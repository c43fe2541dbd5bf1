/**
 * A classroom-sized map pictured as the canvas shows it whole: the columns layout (the same places as on
 * screen) with compact cards, the label alone in large type, and the lines routed round the cards as on
 * the canvas (line-routes.ts). The label's size is chosen so that a whole map of about fifty points
 * printed on a landscape A4 page reads at about eight points.
 */
import { columnsLayout, fitsInColumns } from "../../model/layout/columns-layout";
import { layoutGraphOfMap, NODE_SIZE } from "../../model/layout/layout-graph";
import type { ArgumentMap } from "../../model/schema";
import { type CanvasLine, lineRoutes } from "./line-routes";
import type { Card } from "./picture-cards";
import type { PictureLine } from "./picture-lines";
import { wrapText } from "./text-width";

export const COMPACT_LABEL_SIZE = 23;
export const COMPACT_LABEL_LINE = 27;
export const COMPACT_PADDING = 12;
/** As many lines as the card holds; a longer label ends in an ellipsis, its whole text in the card's tooltip. */
const COMPACT_LINES = 3;

/** Whether the points are pictured in columns: few enough, and none placed by hand. */
export function picturedInColumns(nodes: ArgumentMap["nodes"]): boolean {
  return nodes.length > 0 && fitsInColumns(nodes.length) && nodes.every((node) => !node.position);
}

export function columnCards(doc: Pick<ArgumentMap, "nodes" | "edges">, nodes: ArgumentMap["nodes"]): Card[] {
  const graph = layoutGraphOfMap(doc, new Set(nodes.map((node) => node.id)));
  const places = columnsLayout(graph);
  return nodes.map((node) => {
    const at = places.get(node.id) ?? { x: 0, y: 0 };
    return {
      id: node.id,
      kind: node.kind,
      x: at.x,
      y: at.y,
      width: NODE_SIZE.width,
      height: NODE_SIZE.height,
      lines: wrapText(
        node.label ?? node.text,
        NODE_SIZE.width - COMPACT_PADDING * 2,
        COMPACT_LABEL_SIZE,
        COMPACT_LINES,
        node.kind === "thesis",
      ),
      text: node.text,
      compact: true,
    };
  });
}

/** Each relation's line between compact cards, routed as the canvas routes it. */
export function columnLines(doc: Pick<ArgumentMap, "edges">, cards: readonly Card[]): PictureLine[] {
  const places = new Map(cards.map((card) => [card.id, { x: card.x, y: card.y }]));
  const edgesById = new Map(doc.edges.map((edge) => [edge.id, edge]));
  const lines: CanvasLine[] = [];
  for (const edge of doc.edges) {
    if (edge.relation !== "undercut") {
      lines.push({ id: edge.id, type: "relation", source: edge.from, target: edge.to });
      continue;
    }
    const questioned = edgesById.get(edge.to);
    if (questioned && questioned.relation !== "undercut")
      lines.push({
        id: edge.id,
        type: "undercut",
        source: edge.from,
        questionedSource: questioned.from,
        questionedTarget: questioned.to,
      });
  }
  const routes = lineRoutes(places, lines, NODE_SIZE);
  return doc.edges.flatMap((edge) => {
    const route = routes.get(edge.id);
    return route ? [{ id: edge.id, relation: edge.relation, points: route.points }] : [];
  });
}
