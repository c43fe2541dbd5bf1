import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  argumentMapJsonSchema,
  argumentMapJsonSchemaText,
  SCHEMA_VERSIONS,
  schemaPath,
} from "../../../src/model/json-schema";

type SchemaShape = {
  properties: Record<
    string,
    { maxItems?: number; items?: { properties: Record<string, { maxLength?: number }> } }
  > & {
    version: { const: number };
    map: { properties: Record<string, unknown> };
    nodes: { maxItems: number; items: { properties: Record<string, { maxLength?: number }> } };
    edges: { items: { properties: Record<string, unknown> } };
  };
};

describe("the JSON Schema files", () => {
  for (const version of SCHEMA_VERSIONS) {
    it(`${schemaPath(version)} matches the validator it is generated from (run \`npm run schema\` after changing the format)`, () => {
      expect(readFileSync(schemaPath(version), "utf8")).toBe(argumentMapJsonSchemaText(version));
    });
  }

  it("carries the format's limits, counted in characters", () => {
    const schema = argumentMapJsonSchema(2) as SchemaShape;
    expect(schema.properties.nodes.maxItems).toBe(100_000);
    expect(schema.properties.nodes.items.properties.text?.maxLength).toBe(2000);
    expect(schema.properties.nodes.items.properties.label?.maxLength).toBe(120);
    expect(schema.properties.nodes.items.properties.addedBy?.maxLength).toBe(200);
    expect(schema.properties.presentations?.maxItems).toBe(50);
  });

  it("version 2 adds the debate, presentation and classroom fields; version 1 has none of them", () => {
    const v2 = argumentMapJsonSchema(2) as SchemaShape;
    const v1 = argumentMapJsonSchema(1) as SchemaShape;
    expect(v2.properties.version.const).toBe(2);
    expect(v1.properties.version.const).toBe(1);
    for (const key of ["debate", "assignment", "student", "feedback"]) {
      expect(v2.properties.map.properties).toHaveProperty(key);
      expect(v1.properties.map.properties).not.toHaveProperty(key);
    }
    for (const key of ["speech", "feedback", "addedBy", "ratings"]) {
      expect(v2.properties.nodes.items.properties).toHaveProperty(key);
      expect(v1.properties.nodes.items.properties).not.toHaveProperty(key);
    }
    expect(v2.properties.edges.items.properties).toHaveProperty("response");
    expect(v1.properties.edges.items.properties).not.toHaveProperty("response");
    expect(v1.properties).not.toHaveProperty("presentations");
  });
});
