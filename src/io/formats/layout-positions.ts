/**
 * Positions for every point, for formats that need one (OVA's layout block): the map's own positions
 * where it has them, and for the rest a plain layered layout, each point one row below the point it
 * argues about, rows centred. Pure, so the CLI and the app write the same file; the app passes the
 * positions it shows on screen instead.
 */
import type { ArgumentMap, Position } from "../../model/schema";

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

  const edgeTarget = new Map<string, string>();
  for (const edge of doc.edges) if (edge.relation !== "undercut") edgeTarget.set(edge.id, edge.to);
  const parent = new Map<string, string>();
  for (const edge of doc.edges) {
    const to = edge.relation === "undercut" ? edgeTarget.get(edge.to) : edge.to;
    if (to !== undefined && to !== edge.from && !parent.has(edge.from)) parent.set(edge.from, to);
  }
  const depthOf = (id: string): number => {
    let depth = 0;
    const seen = new Set<string>([id]);
    for (let at = parent.get(id); at !== undefined && !seen.has(at); at = parent.get(at)) {
      seen.add(at);
      depth++;
    }
    return depth;
  };
  const rows = new Map<number, string[]>();
  for (const node of unplaced) {
    const depth = depthOf(node.id);
    rows.set(depth, [...(rows.get(depth) ?? []), node.id]);
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
