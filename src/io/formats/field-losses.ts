/**
 * Say it or keep it: every field of the map format, and the words a writer uses to report it when it
 * cannot write it ("the speech of 47 points"). A writer names the fields it carries; `fieldLosses` gives
 * one line, with a count, for every other field the map holds. A field added to the format must be added
 * here (tests/unit/io/say-or-keep.test.ts walks the format's JSON Schema and fails otherwise).
 */
import type { ArgEdge, ArgNode, ArgumentMap } from "../../model/schema";
import { plural } from "./export-result";

export const MAP_FIELDS = [
  "map.id",
  "map.title",
  "map.description",
  "map.source",
  "map.sourceText",
  "map.createdAt",
  "map.updatedAt",
  "map.meta",
  "map.debate",
  "map.assignment",
  "map.student",
  "map.feedback",
  "nodes.id",
  "nodes.kind",
  "nodes.text",
  "nodes.label",
  "nodes.base",
  "nodes.attribution",
  "nodes.tags",
  "nodes.sourceIds",
  "nodes.quote",
  "nodes.notes",
  "nodes.meta",
  "nodes.speech",
  "nodes.feedback",
  "nodes.addedBy",
  "nodes.ratings",
  "nodes.position",
  "nodes.card",
  "edges.id",
  "edges.from",
  "edges.to",
  "edges.relation",
  "edges.weight",
  "edges.group",
  "edges.meta",
  "edges.response",
  "sources",
  "view.collapsed",
  "presentations",
] as const;

export type MapField = (typeof MAP_FIELDS)[number];

type Count = (doc: ArgumentMap) => number;

const onMap =
  (key: keyof ArgumentMap["map"]): Count =>
  (doc) =>
    doc.map[key] === undefined ? 0 : 1;
const onRecords =
  <T>(records: (doc: ArgumentMap) => readonly T[], key: keyof T): Count =>
  (doc) => {
    let n = 0;
    for (const record of records(doc)) if (present(record[key])) n++;
    return n;
  };
const onNodes = (key: keyof ArgNode) => onRecords((doc) => doc.nodes, key);
const onEdges = (key: keyof ArgEdge) => onRecords((doc) => doc.edges, key);

function present(value: unknown): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

const points = (n: number) => plural(n, "point");
const relations = (n: number) => plural(n, "relation");

/** How many records hold each field, and how a loss of it is said. */
export const FIELD_LOSSES: Readonly<Record<MapField, { count: Count; words: (n: number) => string }>> = {
  "map.id": { count: () => 1, words: () => "the map's id" },
  "map.title": { count: () => 1, words: () => "the map's title" },
  "map.description": { count: onMap("description"), words: () => "the map's description" },
  "map.source": { count: onMap("source"), words: () => "the map's source (its title, author and address)" },
  "map.sourceText": {
    count: onMap("sourceText"),
    words: () => "the source text the map was made from",
  },
  "map.createdAt": { count: onMap("createdAt"), words: () => "when the map was made" },
  "map.updatedAt": { count: onMap("updatedAt"), words: () => "when the map was last changed" },
  "map.meta": { count: onMap("meta"), words: () => "the map's data for other tools (meta)" },
  "map.debate": { count: onMap("debate"), words: () => "the debate block (format, motion and sides)" },
  "map.assignment": { count: onMap("assignment"), words: () => "the assignment" },
  "map.student": { count: onMap("student"), words: () => "the student's name" },
  "map.feedback": { count: onMap("feedback"), words: () => "the teacher's feedback on the map" },
  "nodes.id": { count: onNodes("id"), words: (n) => `the ids of ${points(n)}` },
  "nodes.kind": { count: onNodes("kind"), words: (n) => `the kinds of ${points(n)}` },
  "nodes.text": { count: onNodes("text"), words: (n) => `the words of ${points(n)}` },
  "nodes.label": { count: onNodes("label"), words: (n) => `the labels of ${points(n)}` },
  "nodes.base": { count: onNodes("base"), words: (n) => `the base scores of ${points(n)}` },
  "nodes.attribution": {
    count: onNodes("attribution"),
    words: (n) => `who argues ${points(n)} (attribution)`,
  },
  "nodes.tags": { count: onNodes("tags"), words: (n) => `the tags of ${points(n)}` },
  "nodes.sourceIds": { count: onNodes("sourceIds"), words: (n) => `the footnotes cited by ${points(n)}` },
  "nodes.quote": { count: onNodes("quote"), words: (n) => `the quotes of ${points(n)}` },
  "nodes.notes": { count: onNodes("notes"), words: (n) => `the notes of ${points(n)}` },
  "nodes.meta": { count: onNodes("meta"), words: (n) => `the data for other tools (meta) of ${points(n)}` },
  "nodes.speech": { count: onNodes("speech"), words: (n) => `the speech of ${points(n)}` },
  "nodes.feedback": { count: onNodes("feedback"), words: (n) => `the teacher's feedback on ${points(n)}` },
  "nodes.addedBy": { count: onNodes("addedBy"), words: (n) => `who added ${points(n)}` },
  "nodes.ratings": { count: onNodes("ratings"), words: (n) => `the students' ratings of ${points(n)}` },
  "nodes.position": { count: onNodes("position"), words: (n) => `the positions of ${points(n)} set by hand` },
  "nodes.card": { count: onNodes("card"), words: (n) => `the evidence cards of ${points(n)}` },
  "edges.id": { count: onEdges("id"), words: (n) => `the ids of ${relations(n)}` },
  "edges.from": { count: onEdges("from"), words: (n) => `where ${relations(n)} start` },
  "edges.to": { count: onEdges("to"), words: (n) => `where ${relations(n)} end` },
  "edges.relation": { count: onEdges("relation"), words: (n) => `the types of ${relations(n)}` },
  "edges.weight": { count: onEdges("weight"), words: (n) => `the weights of ${relations(n)}` },
  "edges.group": { count: onEdges("group"), words: (n) => `the linked groups of ${relations(n)}` },
  "edges.meta": {
    count: onEdges("meta"),
    words: (n) => `the data for other tools (meta) of ${relations(n)}`,
  },
  "edges.response": { count: onEdges("response"), words: (n) => `the debate responses of ${relations(n)}` },
  sources: { count: (doc) => doc.sources?.length ?? 0, words: (n) => plural(n, "source") },

  "view.collapsed": {
    count: (doc) => doc.view?.collapsed?.length ?? 0,
    words: (n) => `which ${points(n)} are folded`,
  },
  presentations: {
    count: (doc) => doc.presentations?.length ?? 0,
    words: (n) => plural(n, "presentation"),
  },
};

/**
 * One line for each field the map holds that the writer does not carry, with how many records hold it.
 * `partly` gives, for a field a writer carries only in part, how many records it could not carry.
 */
export function fieldLosses(
  doc: ArgumentMap,
  carries: ReadonlySet<MapField>,
  partly: Partial<Record<MapField, number>> = {},
): string[] {
  const lines: string[] = [];
  for (const field of MAP_FIELDS) {
    const loss = FIELD_LOSSES[field];
    const count = carries.has(field) ? (partly[field] ?? 0) : loss.count(doc);
    if (count > 0) lines.push(loss.words(count));
  }
  return lines;
}

type FieldsOf<P extends string> = MapField extends infer F
  ? F extends `${P}.${infer K}`
    ? K
    : never
  : never;

/** The fields a writer carries, given record by record: `{ nodes: ["id", "text"], edges: ["from"] }`. */
export function carried(spec: {
  map?: readonly FieldsOf<"map">[];
  nodes?: readonly FieldsOf<"nodes">[];
  edges?: readonly FieldsOf<"edges">[];
  view?: readonly FieldsOf<"view">[];
  whole?: readonly ("sources" | "presentations")[];
}): ReadonlySet<MapField> {
  const fields = new Set<MapField>(spec.whole ?? []);
  for (const record of ["map", "nodes", "edges", "view"] as const)
    for (const key of spec[record] ?? []) fields.add(`${record}.${key}` as MapField);
  return fields;
}
