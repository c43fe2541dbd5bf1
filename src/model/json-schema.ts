/**
 * The JSON Schemas of the format, derived from the validator so the two cannot drift apart.
 * `npm run schema` writes them to schema/argument-map.v3.schema.json (the current version) and
 * schema/argument-map.v1 and .v2.schema.json (kept published for tools that read those versions); a test
 * fails when any of them is stale.
 */
import * as z from "zod/mini";
import { documentSchema } from "./schema";
import { documentSchemaV1 } from "./schema-v1";
import { documentSchemaV2 } from "./schema-v2";

export const SCHEMA_VERSIONS = [1, 2, 3] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

export function schemaId(version: SchemaVersion): string {
  return `urn:warrant:schema:argument-map:v${version}`;
}

export function schemaPath(version: SchemaVersion): string {
  return `schema/argument-map.v${version}.schema.json`;
}

export function argumentMapJsonSchema(version: SchemaVersion = 3): Record<string, unknown> {
  const validator = version === 1 ? documentSchemaV1 : version === 2 ? documentSchemaV2 : documentSchema;
  const generated = z.toJSONSchema(validator, { target: "draft-2020-12", unrepresentable: "any" });
  return {
    ...generated,
    $id: schemaId(version),
    title: `Warrant argument map, format v${version}`,
    description:
      "Flat records of nodes, edges and sources. Rules across records (ids that must exist, duplicate ids, " +
      "relations that must point at the right kind of thing) are checked by Warrant but cannot be expressed here.",
  };
}

export function argumentMapJsonSchemaText(version: SchemaVersion = 3): string {
  return `${JSON.stringify(argumentMapJsonSchema(version), null, 2)}\n`;
}
