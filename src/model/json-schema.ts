/**
 * The JSON Schema of format v1, derived from the validator so the two cannot drift apart.
 * `npm run schema` writes it to schema/argument-map.v1.schema.json; a test fails when that file is stale.
 */
import { z } from "zod";
import { documentSchema } from "./schema";

export const SCHEMA_ID = "urn:warrant:schema:argument-map:v1";

export function argumentMapJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(documentSchema, { target: "draft-2020-12", unrepresentable: "any" });
  return {
    ...generated,
    $id: SCHEMA_ID,
    title: "Warrant argument map, format v1",
    description:
      "Flat records of nodes, edges and sources. Rules across records (ids that must exist, duplicate ids, " +
      "relations that must point at the right kind of thing) are checked by Warrant but cannot be expressed here.",
  };
}

export function argumentMapJsonSchemaText(): string {
  return `${JSON.stringify(argumentMapJsonSchema(), null, 2)}\n`;
}
