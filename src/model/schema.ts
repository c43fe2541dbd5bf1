/**
 * Format v2 of the argument-map file: the one validator every part of Warrant uses.
 * The TypeScript types below and `schema/argument-map.v2.schema.json` are both derived from it, and so is
 * the version-1 validator (`schema-v1.ts`), which is this one without the fields version 2 added.
 * Cross-record rules (ids that must exist, duplicates, cycles) live in `integrity.ts`,
 * because a per-record schema cannot see the whole map.
 */
import { z } from "zod";
import { finite, httpUrlSchema, idSchema, metaSchema, text, unitInterval } from "./schema-fields";

export { httpUrlSchema, idSchema, isHttpUrl, metaSchema } from "./schema-fields";

export const FORMAT_TAG = "argument-map";
export const CURRENT_VERSION = 2;

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
  motion: 500,
  sideName: 40,
  presentations: 50,
  steps: 500,
  note: 2_000,
  instructions: 5_000,
  person: 200,
  stems: 10,
  stem: 200,
  comment: 2_000,
  mark: 40,
  ratings: 1_000,
  problems: 100,
} as const;

export const NODE_KINDS = ["thesis", "claim", "evidence", "critique", "rebuttal"] as const;
export const RELATIONS = ["support", "attack", "undercut"] as const;

/** How a debater names an answer; descriptive only, the relation and weight carry the logic. */
export const RESPONSES = ["turn", "delink", "non-unique", "mitigation", "indict", "cross-apply"] as const;

export const DEFAULT_BASE = 0.5;
export const DEFAULT_WEIGHT = 1;

/** Sentence starters offered when a student adds a point of a kind. */
const stemsSchema = z.strictObject(
  Object.fromEntries(
    NODE_KINDS.map((kind) => [
      kind,
      z
        .array(text(LIMITS.stem, { min: 1 }))
        .max(LIMITS.stems)
        .optional(),
    ]),
  ) as Record<(typeof NODE_KINDS)[number], z.ZodOptional<z.ZodArray<ReturnType<typeof text>>>>,
);

/** A teacher's comment and mark, on the whole map or one node; unreleased feedback is the teacher's. */
export const feedbackSchema = z.strictObject({
  comment: text(LIMITS.comment).optional(),
  mark: text(LIMITS.mark).optional(),
  released: z.boolean().optional(),
});

export const ratingSchema = z.strictObject({
  by: text(LIMITS.person, { min: 1, notBlank: true }),
  base: unitInterval,
});

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
  debate: z
    .strictObject({
      // Any id: one the app does not know is a warning, so a map from a newer Warrant still opens.
      format: idSchema,
      motion: text(LIMITS.motion).optional(),
      forSide: text(LIMITS.sideName, { min: 1, notBlank: true }).optional(),
      againstSide: text(LIMITS.sideName, { min: 1, notBlank: true }).optional(),
    })
    .optional(),
  assignment: z
    .strictObject({
      title: text(LIMITS.title, { min: 1, notBlank: true }),
      instructions: text(LIMITS.instructions).optional(),
      teacher: text(LIMITS.person).optional(),
      stems: stemsSchema.optional(),
      allowedKinds: z.array(z.enum(NODE_KINDS)).max(NODE_KINDS.length).optional(),
      locked: z.array(z.string()).max(LIMITS.nodes).optional(),
    })
    .optional(),
  student: z.strictObject({ name: text(LIMITS.person, { min: 1, notBlank: true }) }).optional(),
  feedback: feedbackSchema.optional(),
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
  speech: idSchema.optional(),
  feedback: feedbackSchema.optional(),
  addedBy: text(LIMITS.person).optional(),
  ratings: z.array(ratingSchema).max(LIMITS.ratings).optional(),
});

export const edgeSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  relation: z.enum(RELATIONS),
  weight: z.number().gt(0).max(1).optional(),
  group: idSchema.optional(),
  meta: metaSchema.optional(),
  response: z.enum(RESPONSES).optional(),
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

export const presentationStepSchema = z.strictObject({
  // Plain strings: ids that name no node are dropped with a warning, like stale view entries.
  show: z.array(z.string()).max(LIMITS.nodes),
  focus: z.string().optional(),
  note: text(LIMITS.note).optional(),
});

export const presentationSchema = z.strictObject({
  id: idSchema,
  title: text(LIMITS.title, { min: 1, notBlank: true }),
  steps: z.array(presentationStepSchema).max(LIMITS.steps),
});

export const documentSchema = z.strictObject({
  format: z.literal(FORMAT_TAG),
  version: z.literal(CURRENT_VERSION),
  map: mapInfoSchema,
  nodes: z.array(nodeSchema).max(LIMITS.nodes),
  edges: z.array(edgeSchema).max(LIMITS.edges),
  sources: z.array(sourceSchema).optional(),
  view: viewSchema.optional(),
  presentations: z.array(presentationSchema).max(LIMITS.presentations).optional(),
});

export type NodeKind = (typeof NODE_KINDS)[number];
export type Relation = (typeof RELATIONS)[number];
export type DebateResponse = (typeof RESPONSES)[number];
export type DebateInfo = NonNullable<MapInfo["debate"]>;
export type Assignment = NonNullable<MapInfo["assignment"]>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type Presentation = z.infer<typeof presentationSchema>;
export type PresentationStep = z.infer<typeof presentationStepSchema>;
export type MapInfo = z.infer<typeof mapInfoSchema>;
export type ArgNode = z.infer<typeof nodeSchema>;
export type ArgEdge = z.infer<typeof edgeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Position = z.infer<typeof positionSchema>;
export type MapView = z.infer<typeof viewSchema>;
export type ArgumentMap = z.infer<typeof documentSchema>;
export type JsonValue = z.infer<ReturnType<typeof z.json>>;
