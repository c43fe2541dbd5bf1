/**
 * Format v2 of the argument-map file: the one validator every part of Warrant uses.
 * The TypeScript types below and `schema/argument-map.v2.schema.json` are both derived from it, and so is
 * the version-1 validator (`schema-v1.ts`), which is this one without the fields version 2 added.
 * Cross-record rules (ids that must exist, duplicates, cycles) live in `integrity.ts`,
 * because a per-record schema cannot see the whole map.
 * Written with zod/mini, zod's functional form of the same validators: the app's bundle keeps only the
 * parts of zod used here, which is most of what the first screen would otherwise download of zod.
 */
import * as z from "zod/mini";
import { finite, httpUrlSchema, idSchema, metaSchema, text, unitInterval } from "./schema-fields";

export { httpUrlSchema, idSchema, isHttpUrl, metaSchema } from "./schema-fields";

export const FORMAT_TAG = "argument-map";
export const CURRENT_VERSION = 3;

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
  cardTag: 500,
  cardText: 20_000,
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
  formatName: 80,
  speeches: 40,
  speechName: 80,
  teamName: 40,
  minutes: 60,
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
      z.optional(z.array(text(LIMITS.stem, { min: 1 })).check(z.maxLength(LIMITS.stems))),
    ]),
  ) as Record<(typeof NODE_KINDS)[number], z.ZodMiniOptional<z.ZodMiniArray<ReturnType<typeof text>>>>,
);

/** A teacher's comment and mark, on the whole map or one node; unreleased feedback is the teacher's. */
export const feedbackSchema = z.strictObject({
  comment: z.optional(text(LIMITS.comment)),
  mark: z.optional(text(LIMITS.mark)),
  released: z.optional(z.boolean()),
});

export const ratingSchema = z.strictObject({
  by: text(LIMITS.person, { min: 1, notBlank: true }),
  base: unitInterval,
});

export const DEBATE_SIDES = ["for", "against"] as const;

export const PERIOD_KINDS = ["speech", "cross-examination"] as const;
/** Who asks in a cross-examination: one side, or both (a crossfire). */
export const ASKERS = ["for", "against", "both"] as const;

/**
 * One period of a custom debate format, in the order given: a speech (its id on the flow, its name, its
 * side, its minutes, its team), or with `kind` "cross-examination" a timed period of questions, which
 * holds no points (its id, its name, the side that `asks`, its minutes). One record for both, so a file
 * of speeches alone reads as it always did; which fields each kind needs is a rule across the format
 * (custom-format.ts), said where it is broken.
 */
export const customSpeechSchema = z.strictObject({
  kind: z.optional(z.enum(PERIOD_KINDS)),
  id: idSchema,
  name: text(LIMITS.speechName, { min: 1, notBlank: true }),
  side: z.optional(z.enum(DEBATE_SIDES)),
  asks: z.optional(z.enum(ASKERS)),
  minutes: z.number().check(z.gt(0), z.lte(LIMITS.minutes)),
  team: z.optional(text(LIMITS.teamName, { min: 1, notBlank: true })),
});

/**
 * A debate format the map brings with it, for a league or a class whose round is none of Warrant's:
 * its speeches (and cross-examinations) in order, and the preparation time each side may use during the round.
 */
export const customFormatSchema = z.strictObject({
  name: text(LIMITS.formatName, { min: 1, notBlank: true }),
  speeches: z.array(customSpeechSchema).check(z.minLength(1), z.maxLength(LIMITS.speeches)),
  prepMinutes: z.optional(z.number().check(z.gte(0), z.lte(LIMITS.minutes))),
});

/** The debate block's format: the id of one of Warrant's formats, or a custom format written out. */
export const debateFormatFieldSchema = z.union([idSchema, customFormatSchema]);

export const mapInfoSchema = z.strictObject({
  id: idSchema,
  title: text(LIMITS.title, { min: 1, notBlank: true }),
  description: z.optional(text(LIMITS.description)),
  source: z.optional(
    z.strictObject({
      title: z.optional(text(LIMITS.title)),
      author: z.optional(text(LIMITS.attribution)),
      url: z.optional(httpUrlSchema),
    }),
  ),
  sourceText: z.optional(text(LIMITS.sourceText)),
  createdAt: z.optional(z.iso.datetime({ offset: true })),
  updatedAt: z.optional(z.iso.datetime({ offset: true })),
  meta: z.optional(metaSchema),
  debate: z.optional(
    z.strictObject({
      // Any id: one the app does not know is a warning, so a map from a newer Warrant still opens.
      format: debateFormatFieldSchema,
      motion: z.optional(text(LIMITS.motion)),
      forSide: z.optional(text(LIMITS.sideName, { min: 1, notBlank: true })),
      againstSide: z.optional(text(LIMITS.sideName, { min: 1, notBlank: true })),
      // Which side gives the first speech, where the format lets either (public forum).
      firstSide: z.optional(z.enum(DEBATE_SIDES)),
    }),
  ),
  assignment: z.optional(
    z.strictObject({
      title: text(LIMITS.title, { min: 1, notBlank: true }),
      instructions: z.optional(text(LIMITS.instructions)),
      teacher: z.optional(text(LIMITS.person)),
      stems: z.optional(stemsSchema),
      allowedKinds: z.optional(z.array(z.enum(NODE_KINDS)).check(z.maxLength(NODE_KINDS.length))),
      locked: z.optional(z.array(z.string()).check(z.maxLength(LIMITS.nodes))),
    }),
  ),
  student: z.optional(z.strictObject({ name: text(LIMITS.person, { min: 1, notBlank: true }) })),
  feedback: z.optional(feedbackSchema),
});

export const positionSchema = z.strictObject({ x: finite, y: finite });

/**
 * An evidence card as debaters cut one: its tag (the claim the card is read for), its cite (who, when,
 * where, as said aloud), and the text quoted from the source. Any part may be missing while the card is
 * being cut; a card with none is no card (the operations remove it).
 */
export const cardSchema = z.strictObject({
  tag: z.optional(text(LIMITS.cardTag)),
  cite: z.optional(text(LIMITS.citation)),
  text: z.optional(text(LIMITS.cardText)),
});

export const nodeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(NODE_KINDS),
  text: text(LIMITS.text, { min: 1, notBlank: true }),
  label: z.optional(text(LIMITS.label)),
  base: z.optional(unitInterval),
  attribution: z.optional(text(LIMITS.attribution)),
  tags: z.optional(z.array(text(LIMITS.tagLength, { min: 1 })).check(z.maxLength(LIMITS.tags))),
  sourceIds: z.optional(z.array(idSchema)),
  quote: z.optional(text(LIMITS.quote, { min: 1 })),
  notes: z.optional(text(LIMITS.notes)),
  meta: z.optional(metaSchema),
  speech: z.optional(idSchema),
  feedback: z.optional(feedbackSchema),
  addedBy: z.optional(text(LIMITS.person)),
  ratings: z.optional(z.array(ratingSchema).check(z.maxLength(LIMITS.ratings))),
  // An evidence point's card; on another kind of point it is kept with a warning.
  card: z.optional(cardSchema),
  // Where the point was put by hand, on the point itself: a position keyed by id in an object could
  // not belong to a point whose id is a name the object already has ("constructor").
  position: z.optional(positionSchema),
});

export const edgeSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  relation: z.enum(RELATIONS),
  weight: z.optional(z.number().check(z.gt(0), z.lte(1))),
  group: z.optional(idSchema),
  meta: z.optional(metaSchema),
  response: z.optional(z.enum(RESPONSES)),
});

export const sourceSchema = z.strictObject({
  id: idSchema,
  citation: text(LIMITS.citation, { min: 1, notBlank: true }),
  url: z.optional(httpUrlSchema),
  page: z.optional(text(LIMITS.page, { min: 1 })),
});

export const viewSchema = z.strictObject({
  collapsed: z.optional(z.array(z.string())),
});

export const presentationStepSchema = z.strictObject({
  // Plain strings: ids that name no node are dropped with a warning, like stale view entries.
  show: z.array(z.string()).check(z.maxLength(LIMITS.nodes)),
  focus: z.optional(z.string()),
  note: z.optional(text(LIMITS.note)),
});

export const presentationSchema = z.strictObject({
  id: idSchema,
  title: text(LIMITS.title, { min: 1, notBlank: true }),
  steps: z.array(presentationStepSchema).check(z.maxLength(LIMITS.steps)),
});

export const documentSchema = z.strictObject({
  format: z.literal(FORMAT_TAG),
  version: z.literal(CURRENT_VERSION),
  map: mapInfoSchema,
  nodes: z.array(nodeSchema).check(z.maxLength(LIMITS.nodes)),
  edges: z.array(edgeSchema).check(z.maxLength(LIMITS.edges)),
  sources: z.optional(z.array(sourceSchema)),
  view: z.optional(viewSchema),
  presentations: z.optional(z.array(presentationSchema).check(z.maxLength(LIMITS.presentations))),
});

export type NodeKind = (typeof NODE_KINDS)[number];
export type Relation = (typeof RELATIONS)[number];
export type DebateResponse = (typeof RESPONSES)[number];
export type DebateInfo = NonNullable<MapInfo["debate"]>;
export type CustomFormat = z.infer<typeof customFormatSchema>;
export type CustomSpeech = z.infer<typeof customSpeechSchema>;
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
export type EvidenceCard = z.infer<typeof cardSchema>;
export type MapView = z.infer<typeof viewSchema>;
export type ArgumentMap = z.infer<typeof documentSchema>;
export type JsonValue = z.infer<ReturnType<typeof z.json>>;
