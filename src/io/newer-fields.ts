/**
 * A map saved by a newer Warrant opens, and what this version does not know survives it. The fields the
 * format does not define are set aside when the map is read, in the map's own `meta` under
 * NEWER_FIELDS_KEY, where every edit, copy and save carries them; the canonical form puts each back where
 * it was (on its point, relation, source or presentation, found again by id) and writes the newer
 * version number, so the file goes back as it came, with this version's edits in the fields it knows.
 * A field of a record that was deleted in the meantime goes with its record.
 */
import { FORBIDDEN_KEYS } from "../model/forbidden-keys";
import type { PathSegment } from "../model/problem";
import { CURRENT_VERSION } from "../model/schema";
import { removeUnknownKeys } from "./drop-unknown-keys";
import type { RawDocument } from "./migrations";

/** The `map.meta` key that holds the set-aside fields; reserved: a file's own value there is read as such. */
export const NEWER_FIELDS_KEY = "warrant:newerFields";

const LISTS_WITH_IDS = ["nodes", "edges", "sources", "presentations"] as const;
type ListWithIds = (typeof LISTS_WITH_IDS)[number];

/** One field set aside: in the record `id` of `list` (or the document itself), at `path` within it. */
interface KeptField {
  list?: ListWithIds;
  id?: string;
  path: PathSegment[];
  value: unknown;
}

interface NewerFields {
  version: number;
  fields: KeptField[];
}

type Row = Record<string, unknown>;

/**
 * For a document of a newer `version`: the same document as the current version reads it, with every
 * field it does not define set aside in map.meta. `count` is how many were set aside.
 */
export function setAsideNewerFields(raw: RawDocument, version: number): { raw: RawDocument; count: number } {
  const fields: KeptField[] = [];
  const known = removeUnknownKeys(raw, (path, _key, value) => fields.push(locate(raw, path, value)));
  const out: RawDocument = { ...known, version: CURRENT_VERSION };
  const map = known.map;
  // Kept even with no field set aside: the file goes back out under the version it came with.
  if (isRow(map)) {
    const meta = isRow(map.meta) ? map.meta : {};
    const kept: NewerFields = { version, fields };
    out.map = { ...map, meta: { ...meta, [NEWER_FIELDS_KEY]: kept } };
  }
  return { raw: out, count: fields.length };
}

/**
 * A document in canonical form with the set-aside fields back in place and the newer version number;
 * the document itself when it has none. Containers on the way to a field are copied, never changed.
 */
export function restoreNewerFields<T extends object>(doc: T): T {
  const row = doc as Row;
  const map = row.map;
  if (!isRow(map) || !isRow(map.meta)) return doc;
  const kept = map.meta[NEWER_FIELDS_KEY];
  if (!isNewerFields(kept)) return doc;
  const { [NEWER_FIELDS_KEY]: _kept, ...meta } = map.meta;
  const { meta: _meta, ...mapWithoutMeta } = map;
  let out: Row = {
    ...row,
    version: kept.version,
    map: Object.keys(meta).length > 0 ? { ...mapWithoutMeta, meta } : mapWithoutMeta,
  };
  const positions = new Map<ListWithIds, Map<string, number>>();
  const indexOf = (list: ListWithIds, id: string): number | undefined => {
    let ids = positions.get(list);
    if (!ids) {
      const records = out[list];
      ids = new Map(
        Array.isArray(records) ? records.map((record, i) => [isRow(record) ? String(record.id) : "", i]) : [],
      );
      positions.set(list, ids);
    }
    return ids.get(id);
  };
  for (const field of kept.fields) {
    // A key that could reach a prototype is never written, whatever a crafted file put here.
    if (field.path.some((segment) => typeof segment === "string" && FORBIDDEN_KEYS.has(segment))) continue;
    let path: PathSegment[] = field.path;
    if (field.list !== undefined) {
      const at = indexOf(field.list, field.id ?? "");
      // The record was deleted: its fields went with it.
      if (at === undefined) continue;
      path = [field.list, at, ...field.path];
    }
    out = placed(out, path, field.value) as Row;
  }
  return out as T;
}

/** Where a removed field was, by record id when it sat in a list of records that have one. */
function locate(raw: RawDocument, path: PathSegment[], value: unknown): KeptField {
  const [list, index, ...rest] = path;
  if ((LISTS_WITH_IDS as readonly PathSegment[]).includes(list as PathSegment) && typeof index === "number") {
    const records = raw[list as ListWithIds];
    const record = Array.isArray(records) ? records[index] : undefined;
    if (isRow(record) && typeof record.id === "string") {
      return { list: list as ListWithIds, id: record.id, path: rest, value };
    }
  }
  return { path, value };
}

/** `container` with `value` set at `path`, copying each container on the way; unchanged if the way is gone. */
function placed(container: unknown, path: readonly PathSegment[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(container) && typeof head === "number") {
    if (rest.length > 0 && !(head in container)) return container;
    const copy = container.slice();
    copy[head] = placed(container[head], rest, value);
    return copy;
  }
  if (isRow(container) && typeof head === "string") {
    if (rest.length > 0 && !Object.hasOwn(container, head)) return container;
    return { ...container, [head]: placed(container[head], rest, value) };
  }
  return container;
}

function isNewerFields(value: unknown): value is NewerFields {
  return (
    isRow(value) &&
    typeof value.version === "number" &&
    Number.isInteger(value.version) &&
    value.version > CURRENT_VERSION &&
    Array.isArray(value.fields) &&
    value.fields.every((field) => isRow(field) && Array.isArray(field.path))
  );
}

function isRow(value: unknown): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
