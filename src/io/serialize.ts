/**
 * The canonical form of format v1: keys in the order the format lists them, two-space indentation, a
 * final newline, absent optional fields omitted (no defaults written), view entries that name no node
 * dropped. Loading a canonical file and writing it again gives the same bytes, so files diff cleanly.
 */
import type { ArgEdge, ArgNode, ArgumentMap, MapInfo, MapView, Source } from "../model/schema";
import { pruneDanglingView } from "./prune-view";

const ENVELOPE_KEYS = ["format", "version", "map", "nodes", "edges", "sources", "view"] as const;
const MAP_KEYS = [
  "id",
  "title",
  "description",
  "source",
  "sourceText",
  "createdAt",
  "updatedAt",
  "meta",
] as const;
const MAP_SOURCE_KEYS = ["title", "author", "url"] as const;
const NODE_KEYS = [
  "id",
  "kind",
  "text",
  "label",
  "base",
  "attribution",
  "tags",
  "sourceIds",
  "quote",
  "notes",
  "meta",
] as const;
const EDGE_KEYS = ["id", "from", "to", "relation", "weight", "group", "meta"] as const;
const SOURCE_KEYS = ["id", "citation", "url", "page"] as const;
const VIEW_KEYS = ["positions", "collapsed"] as const;

export function serializeMap(doc: ArgumentMap): string {
  return `${JSON.stringify(canonicalMap(doc), null, 2)}\n`;
}

/** The document rebuilt with its keys in canonical order (values shared, not copied). */
export function canonicalMap(doc: ArgumentMap): ArgumentMap {
  const pruned = pruneDanglingView(doc);
  const map = pick(pruned.map, MAP_KEYS) as MapInfo;
  if (pruned.map.source) map.source = pick(pruned.map.source, MAP_SOURCE_KEYS);
  const ordered = {
    ...pruned,
    map,
    nodes: pruned.nodes.map((node) => pick(node, NODE_KEYS) as ArgNode),
    edges: pruned.edges.map((edge) => pick(edge, EDGE_KEYS) as ArgEdge),
    ...(pruned.sources
      ? { sources: pruned.sources.map((source) => pick(source, SOURCE_KEYS) as Source) }
      : {}),
    ...(pruned.view ? { view: canonicalView(pruned.view) } : {}),
  };
  return pick(ordered, ENVELOPE_KEYS) as ArgumentMap;
}

function canonicalView(view: MapView): MapView {
  const out = pick(view, VIEW_KEYS) as MapView;
  if (view.positions) {
    out.positions = Object.fromEntries(
      Object.entries(view.positions).map(([id, at]) => [id, { x: at.x, y: at.y }]),
    );
  }
  return out;
}

function pick<T extends object>(record: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (record as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<T>;
}
