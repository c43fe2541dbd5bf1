/**
 * Compiles a zod schema into a yes/no checker that allocates almost nothing.
 *
 * zod builds a result object for every value it visits, which makes a map of 400,000 records take longer
 * to validate than to parse. Most documents are valid, so the load pipeline first asks this checker, and
 * only when it says "no" runs zod itself to collect the located problems. The checker is derived from the
 * same schema (it runs zod's own checks and falls back to zod for any type it does not know), so the schema
 * stays the single source of truth; a property test keeps the two in agreement.
 */
import type * as z from "zod/mini";

type Check = (value: unknown) => boolean;

// zod's internal definition objects, as far as this compiler reads them.
interface CheckInternals {
  check: (payload: Payload) => void;
  def?: { check?: string; pattern?: unknown };
}

interface ZodInternals {
  _zod: {
    check?: (payload: Payload) => void;
    def: {
      type: string;
      checks?: Array<{ _zod: { check: (payload: Payload) => void } }>;
      shape?: Record<string, z.ZodMiniType>;
      catchall?: z.ZodMiniType;
      innerType?: z.ZodMiniType;
      element?: z.ZodMiniType;
      values?: unknown[];
      entries?: Record<string, unknown>;
    };
  };
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

export function compileCheck(schema: z.ZodMiniType): Check {
  const zod = (schema as unknown as ZodInternals)._zod;
  const internals = zod.def;
  // A schema such as z.iso.datetime() is its own check; zod runs it before the listed checks.
  const own = compileChecks([
    ...(zod.check ? [{ _zod: zod as CheckInternals }] : []),
    ...(internals.checks ?? []),
  ]);
  switch (internals.type) {
    case "string":
      return (value) => typeof value === "string" && own(value);
    case "number":
      return (value) => typeof value === "number" && Number.isFinite(value) && own(value);
    case "boolean":
      return (value) => typeof value === "boolean" && own(value);
    case "literal": {
      const values = internals.values ?? [];
      return (value) => values.includes(value) && own(value);
    }
    case "enum": {
      const allowed = new Set(Object.values(internals.entries ?? {}));
      return (value) => allowed.has(value) && own(value);
    }
    case "optional": {
      const inner = compileCheck(internals.innerType as z.ZodMiniType);
      return (value) => value === undefined || inner(value);
    }
    case "array": {
      const element = compileCheck(internals.element as z.ZodMiniType);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return own(value);
      };
    }
    case "object":
      return compileObject(schema, internals, own);
    default:
      // Rare or recursive types (records, free JSON): let zod decide.
      return (value) => schema.safeParse(value).success;
  }
}

function compileObject(schema: z.ZodMiniType, def: ZodInternals["_zod"]["def"], own: Check): Check {
  const catchall = def.catchall as unknown as ZodInternals | undefined;
  // Only strict objects are compiled; anything that passes or strips unknown keys goes to zod.
  if (catchall?._zod.def.type !== "never") return (value) => schema.safeParse(value).success;
  const shape = (def.shape ?? {}) as Record<string, z.ZodMiniType>;
  const keys = Object.keys(shape);
  const fieldOf = new Map(keys.map((key, i) => [key, i]));
  const fields = keys.map((key) => compileCheck(shape[key] as z.ZodMiniType));
  // An optional field accepts a missing value; any other field absent from a record is checked as
  // undefined, which is what the full walk below does for every field.
  const requiredCount = keys.filter((key) => !isOptional(shape[key] as z.ZodMiniType)).length;
  const optional = keys.map((key) => isOptional(shape[key] as z.ZodMiniType));
  const checkEveryField = (record: Record<string, unknown>): boolean => {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!(fields[i] as Check)(Object.hasOwn(record, key) ? record[key] : undefined)) return false;
    }
    return true;
  };
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    // Own keys named like Object.prototype members are not seen by for..in on plain objects.
    if (Object.hasOwn(record, "__proto__")) return false;
    // One loop over the keys the record has (a node has 6 of its 15 possible fields): each key is an
    // unknown-key check and its field's check at once, instead of one pass for unknown keys and
    // another over every field of the schema. Missing fields are then fine if all are optional.
    let requiredSeen = 0;
    for (const key in record) {
      const i = fieldOf.get(key);
      if (i === undefined) return false;
      // for..in also lists inherited enumerable keys; those count as missing, as in the full walk.
      if (!Object.hasOwn(record, key)) continue;
      if (!(fields[i] as Check)(record[key])) return false;
      if (!optional[i]) requiredSeen++;
    }
    if (requiredSeen < requiredCount && !checkEveryField(record)) return false;
    return own(value);
  };
}

function isOptional(schema: z.ZodMiniType): boolean {
  return (schema as unknown as ZodInternals)._zod.def.type === "optional";
}

function compileChecks(checks: ReadonlyArray<{ _zod: CheckInternals }>): Check {
  if (checks.length === 0) return () => true;
  // The commonest check, an id's pattern, runs as a bare test; zod's own regex check does the same.
  const pattern = checks.length === 1 ? checks[0]?._zod.def?.pattern : undefined;
  if (
    pattern instanceof RegExp &&
    checks[0]?._zod.def?.check === "string_format" &&
    !pattern.global &&
    !pattern.sticky
  ) {
    return (value) => pattern.test(value as string);
  }
  const payload: Payload = { value: undefined, issues: [] };
  // The issues list is emptied only after a failure: setting an array's length on every call costs
  // more than the checks themselves on a map of 400,000 records.
  return (value) => {
    for (let i = 0; i < checks.length; i++) {
      payload.value = value;
      (checks[i] as { _zod: CheckInternals })._zod.check(payload);
      if (payload.issues.length > 0) {
        payload.issues.length = 0;
        return false;
      }
    }
    return true;
  };
}
