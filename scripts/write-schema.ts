// Writes the JSON Schema of format v1 from the validator: `npm run schema`.
import { writeFileSync } from "node:fs";
import { argumentMapJsonSchemaText } from "../src/model/json-schema";

const path = "schema/argument-map.v1.schema.json";
writeFileSync(path, argumentMapJsonSchemaText());
console.log(`wrote ${path}`);
