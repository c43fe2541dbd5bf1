/**
 * Format v2, kept as a view of the current validator for tools that read only that version: version 3
 * moved a point's hand-set position from `view.positions` (an object keyed by node id) onto the point
 * itself, and added evidence cards (`nodes[].card`). `schema/argument-map.v2.schema.json` is generated
 * from this, and `warrant convert --format-version 2` writes documents it accepts.
 */
import * as z from "zod/mini";
import { documentSchema, LIMITS, nodeSchema, positionSchema } from "./schema";

export const nodeSchemaV2 = z.omit(nodeSchema, { position: true, card: true });

export const viewSchemaV2 = z.strictObject({
  positions: z.optional(z.record(z.string(), positionSchema)),
  collapsed: z.optional(z.array(z.string())),
});

export const documentSchemaV2 = z.extend(documentSchema, {
  version: z.literal(2),
  nodes: z.array(nodeSchemaV2).check(z.maxLength(LIMITS.nodes)),
  view: z.optional(viewSchemaV2),
});

export type ArgumentMapV2 = z.infer<typeof documentSchemaV2>;
