/**
 * Positions for every point, for formats that need one (OVA's layout block): the map's own positions
 * where it has them, and for the rest a plain layered layout, each point one row below the point it
 * argues about, rows centred. Pure, so the CLI and the app write the same file; the app passes the
 * positions it shows on screen instead.
 */
import type { ArgumentMap, Position } from "../../model/schema";
import { pushTo } from "./list-map";

const ROW = 160;
const COLUMN = 260;

export function positionsForAll(
  doc: ArgumentMap,
  shown?: ReadonlyMap<string, Position>,
): Map<string, Position> {
  const positions = new Map<string, Position>();
  for (const node of doc.nodes) {
    const at = shown?.get(node.id) ?? node.position;
    if (at) positions.set(node.id, { x: at.x, y: at.y });
  }
  const unplaced = doc.nodes.filter((node) => !positions.has(node.id));
  if (unplaced.length === 0) return positions;

  const depthOf = rowDepths(layoutParents(doc));
  const rows = new Map<number, string[]>();
  for (const node of unplaced) {
    const depth = depthOf(node.id);
    pushTo(rows, depth, node.id);
  }
  // Below everything placed by hand, so the two never overlap.
  let top = 0;
  for (const at of positions.values()) top = Math.max(top, at.y + ROW);
  for (const [depth, ids] of rows) {
    for (let i = 0; i < ids.length; i++) {
      positions.set(ids[i] as string, { x: (i - (ids.length - 1) / 2) * COLUMN, y: top + depth * ROW });
    }
  }
  return positions;
}

/** The point each point is drawn below: what its first relation argues about (an undercut: the target
 * of the relation it undercuts). */
export function layoutParents(doc: ArgumentMap): Map<string, string> {
  const edgeTarget = new Map<string, string>();
  for (const edge of doc.edges) if (edge.relation !== "undercut") edgeTarget.set(edge.id, edge.to);
  const parent = new Map<string, string>();
  for (const edge of doc.edges) {
    const to = edge.relation === "undercut" ? edgeTarget.get(edge.to) : edge.to;
    if (to !== undefined && to !== edge.from && !parent.has(edge.from)) parent.set(edge.from, to);
  }
  return parent;
}

/**
 * Each point's row: the steps up its chain of parents until a point without one, or until the chain comes
 * back on itself (a point on a circle of length L is L - 1 rows down). Every chain is walked once, so a
 * long chain costs its length, not its length squared.
 */
function rowDepths(parent: ReadonlyMap<string, string>): (id: string) => number {
  const depths = new Map<string, number>();
  return (id) => {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let depthAt: (i: number) => number;
    for (let at = id; ; ) {
      const known = depths.get(at);
      if (known !== undefined) {
        depthAt = (i) => known + path.length - i;
        break;
      }
      const circleStart = onPath.get(at);
      if (circleStart !== undefined) {
        const length = path.length - circleStart;
        depthAt = (i) => (i >= circleStart ? length - 1 : path.length - 1 - i);
        break;
      }
      onPath.set(at, path.length);
      path.push(at);
      const next = parent.get(at);
      if (next === undefined) {
        depthAt = (i) => path.length - 1 - i;
        break;
      }
      at = next;
    }
    for (let i = 0; i < path.length; i++) depths.set(path[i] as string, depthAt(i));
    return depths.get(id) as number;
  };
}
