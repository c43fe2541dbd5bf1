/**
 * Lenient import: fields that the format does not define are dropped with a warning, so a map written by
 * a newer or different tool still opens. The known fields come from the validator itself: this walks the
 * document beside the schema, so every record the format has (and every one it gains) is covered.
 */
import type * as z from "zod/mini";
import { type PathSegment, type Problem, problem } from "../model/problem";
import { documentSchema } from "../model/schema";
import { unknownFieldMessage } from "../model/schema-issues";
import type { RawDocument } from "./migrations";

// The parts of zod's definitions this walk reads.
interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
}

const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

export function dropUnknownKeys(raw: RawDocument): { raw: RawDocument; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const kept = removeUnknownKeys(raw, (path, key) => {
    warnings.push(problem(path, `${unknownFieldMessage(key)}; it was dropped`));
  });
  return { raw: kept, warnings };
}

/**
 * The document without the fields the format does not define; `removed` hears each one with where it was
 * (the path ends with its key) and its value. The input is never changed: only what holds a removed field
 * is copied.
 */
export function removeUnknownKeys(
  raw: RawDocument,
  removed: (path: PathSegment[], key: string, value: unknown) => void,
): RawDocument {
  const walk = (value: unknown, schema: z.ZodMiniType, path: PathSegment[]): unknown => {
    const def = defOf(schema);
    switch (def.type) {
      case "optional":
        return walk(value, def.innerType as z.ZodMiniType, path);
      case "array":
        if (!Array.isArray(value)) return value;
        return mapIfChanged(value, (item, i) => walk(item, def.element as z.ZodMiniType, [...path, i]));
      case "record":
        // `meta` is free JSON and kept as it is; a record whose values are records would be walked.
        if (!isRecord(value) || defOf(def.valueType as z.ZodMiniType).type !== "object") return value;
        return entriesIfChanged(value, (key, item) =>
          walk(item, def.valueType as z.ZodMiniType, [...path, key]),
        );
      case "object": {
        if (!isRecord(value)) return value;
        const shape = def.shape as Record<string, z.ZodMiniType>;
        return entriesIfChanged(value, (key, item) => {
          if (!Object.hasOwn(shape, key)) {
            removed([...path, key], key, item);
            return DROP;
          }
          return walk(item, shape[key] as z.ZodMiniType, [...path, key]);
        });
      }
      case "union": {
        // An id or a record (the debate format): a record is walked as the union's record.
        const record = def.options?.find((option) => defOf(option).type === "object");
        return record && isRecord(value) ? walk(value, record, path) : value;
      }
      default:
        return value;
    }
  };
  return walk(raw, documentSchema, []) as RawDocument;
}

const DROP = Symbol("drop");

function mapIfChanged(list: unknown[], change: (item: unknown, i: number) => unknown): unknown[] {
  let out: unknown[] | undefined;
  list.forEach((item, i) => {
    const next = change(item, i);
    if (next !== item) {
      out ??= list.slice();
      out[i] = next;
    }
  });
  return out ?? list;
}

function entriesIfChanged(
  record: Record<string, unknown>,
  change: (key: string, item: unknown) => unknown,
): Record<string, unknown> {
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    const next = change(key, item);
    if (next !== item) changed = true;
    if (next !== DROP) out[key] = next;
  }
  return changed ? out : record;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
