/**
 * Argdown's YAML data (`{key: value}` after a statement, front matter) as format-v1 `meta`: JSON values
 * only (YAML dates become ISO strings), and never a key that format v1 refuses. Warrant's own fields
 * (`kind`, `base`, `attribution`, `id`, `group`, `label`, `untitled`), which its Argdown export writes, are read back out.
 */
import { FORBIDDEN_KEYS } from "../../../model/forbidden-keys";
import { type JsonValue, NODE_KINDS, type NodeKind } from "../../../model/schema";

export interface WarrantData {
  kind?: NodeKind;
  base?: number;
  attribution?: string;
  id?: string;
  group?: string;
  /** A label that could not be the Argdown title. */
  label?: string;
  /** Warrant's export titled a point without a label: the title is not a label. */
  untitled?: boolean;
  /** Everything else, as JSON. */
  rest?: Record<string, JsonValue>;
}

/** A JSON copy of YAML data; `dropped` counts keys that had to be left out. */
export function toJson(value: unknown, dropped: { keys: number }, depth = 0): JsonValue | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (depth > 20) return undefined;
  if (Array.isArray(value)) {
    return value
      .map((item) => toJson(item, dropped, depth + 1))
      .filter((item) => item !== undefined) as JsonValue[];
  }
  if (typeof value === "object") {
    const out: Record<string, JsonValue> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        dropped.keys++;
        continue;
      }
      const inner = toJson((value as Record<string, unknown>)[key], dropped, depth + 1);
      if (inner !== undefined) out[key] = inner;
    }
    return out;
  }
  return undefined;
}

export function warrantData(data: unknown, dropped: { keys: number }): WarrantData {
  const json = toJson(data, dropped);
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  const out: WarrantData = {};
  const rest: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key === "kind" && typeof value === "string" && (NODE_KINDS as readonly string[]).includes(value)) {
      out.kind = value as NodeKind;
    } else if (key === "base" && typeof value === "number" && value >= 0 && value <= 1) out.base = value;
    else if (key === "attribution" && typeof value === "string") out.attribution = value;
    else if (key === "id" && typeof value === "string") out.id = value;
    else if (key === "group" && (typeof value === "string" || typeof value === "number"))
      out.group = String(value);
    else if (key === "untitled" && value === true) out.untitled = true;
    else if (key === "label" && typeof value === "string") out.label = value;
    else rest[key] = value;
  }
  if (Object.keys(rest).length > 0) out.rest = rest;
  return out;
}
