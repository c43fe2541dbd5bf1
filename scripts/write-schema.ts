// Writes the JSON Schemas of the format from the validator: `npm run schema`.
import { writeFileSync } from "node:fs";
import { argumentMapJsonSchemaText, SCHEMA_VERSIONS, schemaPath } from "../src/model/json-schema";

for (const version of SCHEMA_VERSIONS) {
  writeFileSync(schemaPath(version), argumentMapJsonSchemaText(version));
  console.log(`wrote ${schemaPath(version)}`);
}
