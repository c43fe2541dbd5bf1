/**
 * Lenient import: fields that format v1 does not define are dropped with a warning, so a map written by
 * a newer or different tool still opens. The known fields come from the schema itself.
 */
import { type PathSegment, type Problem, problem } from "../model/problem";
import {
  documentSchema,
  edgeSchema,
  mapInfoSchema,
  nodeSchema,
  positionSchema,
  sourceSchema,
  viewSchema,
} from "../model/schema";
import { unknownFieldMessage } from "../model/schema-issues";
import type { RawDocument } from "./migrations";

const known = (shape: object) => new Set(Object.keys(shape));
const DOCUMENT_KEYS = known(documentSchema.shape);
const MAP_KEYS = known(mapInfoSchema.shape);
const MAP_SOURCE_KEYS = new Set(["title", "author", "url"]);
const NODE_KEYS = known(nodeSchema.shape);
const EDGE_KEYS = known(edgeSchema.shape);
const SOURCE_KEYS = known(sourceSchema.shape);
const VIEW_KEYS = known(viewSchema.shape);
const POSITION_KEYS = known(positionSchema.shape);

export function dropUnknownKeys(document: RawDocument): { document: RawDocument; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const strip = (value: unknown, keys: ReadonlySet<string>, path: PathSegment[]): unknown => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !keys.has(key));
    if (unknown.length === 0) return value;
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) {
      if (keys.has(key)) kept[key] = item;
      else warnings.push(problem([...path, key], `${unknownFieldMessage(key)}; it was dropped`));
    }
    return kept;
  };
  const stripEach = (list: unknown, keys: ReadonlySet<string>, name: string): unknown =>
    Array.isArray(list) ? list.map((item, i) => strip(item, keys, [name, i])) : list;

  const result = strip(document, DOCUMENT_KEYS, []) as RawDocument;
  let map = strip(result.map, MAP_KEYS, ["map"]);
  if (isRecord(map) && isRecord(map.source)) {
    map = { ...map, source: strip(map.source, MAP_SOURCE_KEYS, ["map", "source"]) };
  }
  let view = strip(result.view, VIEW_KEYS, ["view"]);
  if (isRecord(view) && isRecord(view.positions)) {
    const positions = Object.entries(view.positions).map(([id, at]) => [
      id,
      strip(at, POSITION_KEYS, ["view", "positions", id]),
    ]);
    view = { ...view, positions: Object.fromEntries(positions) };
  }
  return {
    document: {
      ...result,
      map,
      nodes: stripEach(result.nodes, NODE_KEYS, "nodes"),
      edges: stripEach(result.edges, EDGE_KEYS, "edges"),
      ...(result.sources !== undefined ? { sources: stripEach(result.sources, SOURCE_KEYS, "sources") } : {}),
      ...(result.view !== undefined ? { view } : {}),
    },
    warnings,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
