import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { argumentMapJsonSchema, argumentMapJsonSchemaText } from "../../../src/model/json-schema";

describe("the JSON Schema file", () => {
  it("matches the validator it is generated from (run `npm run schema` after changing the format)", () => {
    expect(readFileSync("schema/argument-map.v1.schema.json", "utf8")).toBe(argumentMapJsonSchemaText());
  });

  it("carries the format's limits, counted in characters", () => {
    const schema = argumentMapJsonSchema() as {
      properties: {
        nodes: { maxItems: number; items: { properties: Record<string, { maxLength?: number }> } };
      };
    };
    expect(schema.properties.nodes.maxItems).toBe(100_000);
    expect(schema.properties.nodes.items.properties.text?.maxLength).toBe(2000);
    expect(schema.properties.nodes.items.properties.label?.maxLength).toBe(120);
  });
});
