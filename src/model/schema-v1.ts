/**
 * Format v1, kept as a view of the version-2 validator (schema-v2.ts): version 2 only added optional
 * fields, so the version-1 records are the version-2 records without them. `schema/argument-map.v1.schema.json` is
 * generated from this, and `warrant convert --format-version 1` writes documents it accepts.
 */
import * as z from "zod/mini";
import { edgeSchema, LIMITS, mapInfoSchema } from "./schema";
import { documentSchemaV2, nodeSchemaV2 } from "./schema-v2";

/** Every field version 2 added, by the record that carries it, in the order the format lists them. */
export const VERSION_2_FIELDS = {
  document: ["presentations"],
  map: ["debate", "assignment", "student", "feedback"],
  node: ["speech", "feedback", "addedBy", "ratings"],
  edge: ["response"],
} as const;

const without = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, true])) as { [key in K]: true };

export const mapInfoSchemaV1 = z.omit(mapInfoSchema, without(VERSION_2_FIELDS.map));
export const nodeSchemaV1 = z.omit(nodeSchemaV2, without(VERSION_2_FIELDS.node));
export const edgeSchemaV1 = z.omit(edgeSchema, without(VERSION_2_FIELDS.edge));

export const documentSchemaV1 = z.extend(z.omit(documentSchemaV2, without(VERSION_2_FIELDS.document)), {
  version: z.literal(1),
  map: mapInfoSchemaV1,
  nodes: z.array(nodeSchemaV1).check(z.maxLength(LIMITS.nodes)),
  edges: z.array(edgeSchemaV1).check(z.maxLength(LIMITS.edges)),
});

export type ArgumentMapV1 = z.infer<typeof documentSchemaV1>;
