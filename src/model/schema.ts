/**
 * Format v1 of the argument-map file: the one validator every part of Warrant uses.
 * The TypeScript types below and `schema/argument-map.v1.schema.json` are both derived from it.
 * Cross-record rules (ids that must exist, duplicates, cycles) live in `integrity.ts`,
 * because a per-record schema cannot see the whole document.
 */
import { z } from "zod";
import { ID_PATTERN } from "./ids";
import { fitsWithin, isBlank } from "./text";

export const FORMAT_TAG = "argument-map";
export const CURRENT_VERSION = 1;

export const LIMITS = {
  nodes: 100_000,
  edges: 300_000,
  bytes: 64 * 1024 * 1024,
  idLength: 64,
  title: 200,
  description: 5_000,
  sourceText: 500_000,
  text: 2_000,
  label: 120,
  attribution: 200,
  tags: 20,
  tagLength: 40,
  quote: 1_000,
  notes: 10_000,
  page: 40,
  citation: 2_000,
  problems: 100,
} as const;

export const NODE_KINDS = ["thesis", "claim", "evidence", "critique", "rebuttal"] as const;
export const RELATIONS = ["support", "attack", "undercut"] as const;

export const DEFAULT_BASE = 0.5;
export const DEFAULT_WEIGHT = 1;

/**
 * A string of `min`..`max` code points. zod's own `.max()` counts UTF-16 units, so the count is
 * checked here and the JSON Schema bounds (which count code points) are written as metadata.
 */
function text(max: number, options: { min?: number; notBlank?: boolean } = {}) {
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
    .meta({
      ...(min > 0 ? { minLength: min } : {}),
      maxLength: max,
      ...(options.notBlank ? { pattern: "\\S" } : {}),
    });
}

export const idSchema = z.string().regex(ID_PATTERN).meta({ pattern: ID_PATTERN.source });

/** An absolute http(s) URL: anything else (a `javascript:` link, say) could be dangerous to render. */
export const httpUrlSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isHttpUrl(value)) {
      ctx.addIssue({
        code: "custom",
        message: `${JSON.stringify(value.slice(0, 80))} is not an http:// or https:// address (write "https://" in front of a bare www. address)`,
        input: value,
      });
    }
  })
  .meta({ format: "uri", pattern: "^[Hh][Tt][Tt][Pp][Ss]?://" });

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

const unitInterval = z.number().min(0).max(1);
const finite = z.number().check(z.refine(Number.isFinite, "must be a finite number"));

export const mapInfoSchema = z.strictObject({
  id: idSchema,
  title: text(LIMITS.title, { min: 1, notBlank: true }),
  description: text(LIMITS.description).optional(),
  source: z
    .strictObject({
      title: text(LIMITS.title).optional(),
      author: text(LIMITS.attribution).optional(),
      url: httpUrlSchema.optional(),
    })
    .optional(),
  sourceText: text(LIMITS.sourceText).optional(),
  createdAt: z.iso.datetime({ offset: true }).optional(),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  meta: metaSchema.optional(),
});

export const nodeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(NODE_KINDS),
  text: text(LIMITS.text, { min: 1, notBlank: true }),
  label: text(LIMITS.label).optional(),
  base: unitInterval.optional(),
  attribution: text(LIMITS.attribution).optional(),
  tags: z
    .array(text(LIMITS.tagLength, { min: 1 }))
    .max(LIMITS.tags)
    .optional(),
  sourceIds: z.array(idSchema).optional(),
  quote: text(LIMITS.quote, { min: 1 }).optional(),
  notes: text(LIMITS.notes).optional(),
  meta: metaSchema.optional(),
});

export const edgeSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  relation: z.enum(RELATIONS),
  weight: z.number().gt(0).max(1).optional(),
  group: idSchema.optional(),
  meta: metaSchema.optional(),
});

export const sourceSchema = z.strictObject({
  id: idSchema,
  citation: text(LIMITS.citation, { min: 1, notBlank: true }),
  url: httpUrlSchema.optional(),
  page: text(LIMITS.page, { min: 1 }).optional(),
});

export const positionSchema = z.strictObject({ x: finite, y: finite });

export const viewSchema = z.strictObject({
  positions: z.record(z.string(), positionSchema).optional(),
  collapsed: z.array(z.string()).optional(),
});

export const documentSchema = z.strictObject({
  format: z.literal(FORMAT_TAG),
  version: z.literal(CURRENT_VERSION),
  map: mapInfoSchema,
  nodes: z.array(nodeSchema).max(LIMITS.nodes),
  edges: z.array(edgeSchema).max(LIMITS.edges),
  sources: z.array(sourceSchema).optional(),
  view: viewSchema.optional(),
});

export type NodeKind = (typeof NODE_KINDS)[number];
export type Relation = (typeof RELATIONS)[number];
export type MapInfo = z.infer<typeof mapInfoSchema>;
export type ArgNode = z.infer<typeof nodeSchema>;
export type ArgEdge = z.infer<typeof edgeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Position = z.infer<typeof positionSchema>;
export type MapView = z.infer<typeof viewSchema>;
export type ArgumentMap = z.infer<typeof documentSchema>;
export type JsonValue = z.infer<ReturnType<typeof z.json>>;
