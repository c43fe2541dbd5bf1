/**
 * Format v2, kept as a view of the current validator for tools that read only that version: version 3
 * moved a point's hand-set position from `view.positions` (an object keyed by node id) onto the point
 * itself, added evidence cards (`nodes[].card`), and let a map write out its own debate format and say which
 * side speaks first. `schema/argument-map.v2.schema.json` is generated from this, and
 * `warrant convert --format-version 2` writes documents it accepts.
 */
import * as z from "zod/mini";
import { documentSchema, idSchema, LIMITS, mapInfoSchema, nodeSchema, positionSchema } from "./schema";

export const nodeSchemaV2 = z.omit(nodeSchema, { position: true, card: true });

export const viewSchemaV2 = z.strictObject({
  positions: z.optional(z.record(z.string(), positionSchema)),
  collapsed: z.optional(z.array(z.string())),
});

/** Version 2's debate block: a format named by id only, and no choice of which side speaks first. */
export const mapInfoSchemaV2 = z.extend(mapInfoSchema, {
  debate: z.optional(
    z.extend(z.omit(mapInfoSchema.shape.debate.def.innerType, { firstSide: true }), { format: idSchema }),
  ),
});

export const documentSchemaV2 = z.extend(documentSchema, {
  version: z.literal(2),
  map: mapInfoSchemaV2,
  nodes: z.array(nodeSchemaV2).check(z.maxLength(LIMITS.nodes)),
  view: z.optional(viewSchemaV2),
});

export type ArgumentMapV2 = z.infer<typeof documentSchemaV2>;
