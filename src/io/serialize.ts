/**
 * The canonical form of the format: keys in the order the format lists them (version-1 keys first, then
 * the keys version 2 added to the same record), two-space indentation, a final newline, absent optional
 * fields omitted (no defaults written), entries that name no node dropped. Loading a canonical file and
 * writing it again gives the same bytes, so files diff cleanly.
 *
 * The key order is the order of the fields in the validator (`model/schema.ts`), which lists them as the
 * format documents do; the serializer test pins it.
 */
import type { ArgumentMap } from "../model/schema";
import {
  CURRENT_VERSION,
  cardSchema,
  customFormatSchema,
  customSpeechSchema,
  documentSchema,
  edgeSchema,
  feedbackSchema,
  mapInfoSchema,
  NODE_KINDS,
  nodeSchema,
  presentationSchema,
  presentationStepSchema,
  ratingSchema,
  sourceSchema,
  viewSchema,
} from "../model/schema";
import type { ArgumentMapV1 } from "../model/schema-v1";
import type { ArgumentMapV2 } from "../model/schema-v2";
import { restoreNewerFields } from "./newer-fields";
import { pruneStaleIds } from "./prune-stale-ids";

const keysOf = (shape: object) => Object.keys(shape);
const ENVELOPE_KEYS = keysOf(documentSchema.shape);
const MAP_KEYS = keysOf(mapInfoSchema.shape);
const MAP_SOURCE_KEYS = keysOf(mapInfoSchema.shape.source.def.innerType.shape);
const DEBATE_KEYS = keysOf(mapInfoSchema.shape.debate.def.innerType.shape);
const CUSTOM_FORMAT_KEYS = keysOf(customFormatSchema.shape);
const CUSTOM_SPEECH_KEYS = keysOf(customSpeechSchema.shape);
const ASSIGNMENT_KEYS = keysOf(mapInfoSchema.shape.assignment.def.innerType.shape);
const STUDENT_KEYS = keysOf(mapInfoSchema.shape.student.def.innerType.shape);
const FEEDBACK_KEYS = keysOf(feedbackSchema.shape);
const NODE_KEYS = keysOf(nodeSchema.shape);
const RATING_KEYS = keysOf(ratingSchema.shape);
const CARD_KEYS = keysOf(cardSchema.shape);
const EDGE_KEYS = keysOf(edgeSchema.shape);
const SOURCE_KEYS = keysOf(sourceSchema.shape);
const VIEW_KEYS = keysOf(viewSchema.shape);
const PRESENTATION_KEYS = keysOf(presentationSchema.shape);
const STEP_KEYS = keysOf(presentationStepSchema.shape);

type AnyVersion = ArgumentMap | ArgumentMapV2 | ArgumentMapV1;
type Row = Record<string, unknown>;

/**
 * The map as a file. A map from a newer Warrant goes out with the fields this version set aside put back
 * and its own version number (newer-fields.ts); the library stores the canonical form as it is, with them
 * still set aside, so that it never mistakes its own copy for a map of a newer version.
 */
export function serializeMap(doc: AnyVersion): string {
  const canonical = canonicalMap(doc);
  const file = canonical.version === CURRENT_VERSION ? restoreNewerFields(canonical) : canonical;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The document rebuilt with its keys in canonical order (values shared, not copied). */
export function canonicalMap<T extends AnyVersion>(doc: T): T {
  // Version 1 has none of the fields the pruning reads beyond `view`, so it prunes the same way.
  const pruned = pruneStaleIds(doc as ArgumentMap) as Row & ArgumentMap;
  const nodes = pruned.nodes.map(canonicalNodeOf);
  const edges = pruned.edges.map(canonicalEdge);
  return canonicalEnvelope(pruned, nodes, edges) as unknown as T;
}

/**
 * `JSON.stringify(canonicalMap(doc))`, the compact text the library stores, in pieces: the points and
 * relations `sliceSize` at a time, so that a caller can let the page answer between pieces. Building a
 * dense map's text at once (250,000 relations, 16 MB) holds the page up for a third of a second.
 */
export function* compactJsonPieces(doc: ArgumentMap, sliceSize = 10_000): Generator<string> {
  const pruned = pruneStaleIds(doc) as Row & ArgumentMap;
  const lists = new Map<unknown, { items: readonly object[]; canonical: (item: object) => Row }>();
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  lists.set(nodes, { items: pruned.nodes, canonical: canonicalNodeOf });
  lists.set(edges, { items: pruned.edges, canonical: canonicalEdge });
  // The two lists stand in for the points and relations, so the envelope is canonical without them.
  const envelope = canonicalEnvelope(pruned, nodes, edges);
  let first = true;
  for (const [key, value] of Object.entries(envelope)) {
    const head = `${first ? "{" : ","}${JSON.stringify(key)}:`;
    first = false;
    const list = lists.get(value);
    if (!list) {
      yield head + JSON.stringify(value);
      continue;
    }
    yield `${head}[`;
    for (let start = 0; start < list.items.length; start += sliceSize) {
      const slice = list.items.slice(start, start + sliceSize).map(list.canonical);
      yield (start > 0 ? "," : "") + JSON.stringify(slice).slice(1, -1);
    }
    yield "]";
  }
  yield "}";
}

function canonicalEnvelope(pruned: Row & ArgumentMap, nodes: unknown[], edges: unknown[]): Row {
  const ordered: Row = {
    ...pruned,
    map: canonicalInfo(pruned.map as unknown as Row),
    nodes,
    edges,
  };
  if (pruned.sources) ordered.sources = pruned.sources.map((source) => pick(source, SOURCE_KEYS));
  if (pruned.view) ordered.view = canonicalView(pruned.view as Row);
  if (pruned.presentations) {
    ordered.presentations = pruned.presentations.map((presentation) => {
      const out = pick(presentation, PRESENTATION_KEYS);
      out.steps = presentation.steps.map((step) => pick(step, STEP_KEYS));
      return out;
    });
  }
  return pick(ordered, ENVELOPE_KEYS);
}

const canonicalNodeOf = (node: object): Row => canonicalNode(node as Row);
const canonicalEdge = (edge: object): Row => pick(edge, EDGE_KEYS);

function canonicalInfo(info: Row): Row {
  const map = pick(info, MAP_KEYS);
  const nested: Array<[string, readonly string[]]> = [
    ["source", MAP_SOURCE_KEYS],
    ["debate", DEBATE_KEYS],
    ["student", STUDENT_KEYS],
    ["feedback", FEEDBACK_KEYS],
  ];
  for (const [key, keys] of nested) if (isRow(info[key])) map[key] = pick(info[key], keys);
  if (isRow(map.debate) && isRow(map.debate.format)) {
    const format = pick(map.debate.format, CUSTOM_FORMAT_KEYS);
    if (Array.isArray(format.speeches)) {
      format.speeches = format.speeches.map((speech: object) => pick(speech, CUSTOM_SPEECH_KEYS));
    }
    map.debate = { ...map.debate, format };
  }
  if (isRow(info.assignment)) {
    const assignment = pick(info.assignment, ASSIGNMENT_KEYS);
    if (isRow(assignment.stems)) assignment.stems = pick(assignment.stems, NODE_KINDS);
    map.assignment = assignment;
  }
  return map;
}

function canonicalNode(node: Row): Row {
  const out = pick(node, NODE_KEYS);
  if (isRow(node.feedback)) out.feedback = pick(node.feedback, FEEDBACK_KEYS);
  if (Array.isArray(node.ratings)) out.ratings = node.ratings.map((rating) => pick(rating, RATING_KEYS));
  if (isRow(node.card)) out.card = pick(node.card, CARD_KEYS);
  if (isRow(node.position)) out.position = { x: node.position.x, y: node.position.y };
  return out;
}

/** Versions 1 and 2 (written for older tools) kept positions in the view, keyed by node id, before `collapsed`. */
function canonicalView(view: Row): Row {
  const older = isRow(view.positions)
    ? {
        positions: Object.fromEntries(
          Object.entries(view.positions).map(([id, at]) => [id, { x: (at as Row).x, y: (at as Row).y }]),
        ),
      }
    : {};
  return { ...older, ...pick(view, VIEW_KEYS) };
}

function pick(record: object, keys: readonly string[]): Row {
  const out: Row = {};
  for (const key of keys) {
    const value = (record as Row)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function isRow(value: unknown): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
