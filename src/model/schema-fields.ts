/**
 * The building blocks of the format's validator: bounded text, ids, safe URLs and free `meta` JSON.
 * `schema.ts` assembles the records from them.
 */
import * as z from "zod/mini";
import { ID_PATTERN } from "./ids";
import { fitsWithin, isBlank } from "./text";

/**
 * A string of `min`..`max` code points. zod's own `.max()` counts UTF-16 units, so the count is
 * checked here and the JSON Schema bounds (which count code points) are written as metadata.
 */
export function text(max: number, options: { min?: number; notBlank?: boolean } = {}) {
  const min = options.min ?? 0;
  // A plain check function (not superRefine) adds no per-value allocation, which matters for 100,000 nodes.
  return z
    .string()
    .check((ctx) => {
      const value = ctx.value;
      if (value.length < min) {
        ctx.issues.push({ code: "too_small", origin: "string", minimum: min, inclusive: true, input: value });
      } else if (!fitsWithin(value, max)) {
        ctx.issues.push({ code: "too_big", origin: "string", maximum: max, inclusive: true, input: value });
      } else if (options.notBlank && isBlank(value)) {
        ctx.issues.push({ code: "custom", message: "is blank; write some words here", input: value });
      }
    })
    .register(z.globalRegistry, {
      ...(min > 0 ? { minLength: min } : {}),
      maxLength: max,
      ...(options.notBlank ? { pattern: "\\S" } : {}),
    });
}

export const idSchema = z
  .string()
  .check(z.regex(ID_PATTERN))
  .register(z.globalRegistry, { pattern: ID_PATTERN.source });

/** An absolute http(s) URL: anything else (a `javascript:` link, say) could be dangerous to render. */
export const httpUrlSchema = z
  .string()
  .check(
    z.superRefine((value: string, ctx) => {
      if (!isHttpUrl(value)) {
        ctx.addIssue({
          code: "custom",
          message: `${JSON.stringify(value.slice(0, 80))} is not an http:// or https:// address (write "https://" in front of a bare www. address)`,
          input: value,
        });
      }
    }),
  )
  .register(z.globalRegistry, { format: "uri", pattern: "^[Hh][Tt][Tt][Pp][Ss]?://" });

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** Free JSON that other tools attach; Warrant keeps it unchanged. */
export const metaSchema = z.record(z.string(), z.json());

export const unitInterval = z.number().check(z.gte(0), z.lte(1));
export const finite = z.number().check(z.refine(Number.isFinite, "must be a finite number"));
