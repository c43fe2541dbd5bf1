/**
 * Argdown's YAML data (`{key: value}` after a statement, front matter) as format-v1 `meta`: JSON values
 * only (YAML dates become ISO strings), and never a key that format v1 refuses. Warrant's own fields
 * (`kind`, `base`, `attribution`, `id`, `label`, `untitled`), which its Argdown export writes, are read back out;
 * `group` stays in the data, for the reader to take out only where it folds an argument into a linked group.
 */
import { FORBIDDEN_KEYS } from "../../../model/forbidden-keys";
import { type JsonValue, NODE_KINDS, type NodeKind } from "../../../model/schema";

export interface WarrantData {
  kind?: NodeKind;
  base?: number;
  attribution?: string;
  id?: string;
  /** A label that could not be the Argdown title. */
  label?: string;
  /** Warrant's export titled a point without a label: the title is not a label. */
  untitled?: boolean;
  /** Everything else, as JSON. */
  rest?: Record<string, JsonValue>;
}

/** What a JSON copy of YAML data had to leave out, counted for the import's report. */
export interface DataLeftOut {
  /** Keys format v1 refuses (`__proto__`, `constructor`, `prototype`). */
  keys: number;
  /** Values JSON cannot hold: `.inf`, `.nan`, an invalid date, data nested deeper than 20 levels. */
  values: number;
}

export function nothingLeftOut(): DataLeftOut {
  return { keys: 0, values: 0 };
}

/** A JSON copy of YAML data; `dropped` counts what had to be left out. */
export function toJson(value: unknown, dropped: DataLeftOut, depth = 0): JsonValue | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : leftOut(dropped);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? leftOut(dropped) : value.toISOString();
  if (depth > 20) return leftOut(dropped);
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
  return leftOut(dropped);
}

function leftOut(dropped: DataLeftOut): undefined {
  dropped.values++;
  return undefined;
}

/** The sentences for the import's report, none when nothing was left out. */
export function leftOutWords(dropped: DataLeftOut): string[] {
  const lines: string[] = [];
  if (dropped.keys > 0)
    lines.push(`${dropped.keys} data keys named __proto__, constructor or prototype were left out`);
  if (dropped.values > 0)
    lines.push(
      `${dropped.values} data ${dropped.values === 1 ? "value" : "values"} that JSON cannot hold (.inf, .nan, an invalid date, data nested more than 20 deep) ${dropped.values === 1 ? "was" : "were"} left out`,
    );
  return lines;
}

export function warrantData(data: unknown, dropped: DataLeftOut): WarrantData {
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
    else if (key === "untitled" && value === true) out.untitled = true;
    else if (key === "label" && typeof value === "string") out.label = value;
    else rest[key] = value;
  }
  if (Object.keys(rest).length > 0) out.rest = rest;
  return out;
}
