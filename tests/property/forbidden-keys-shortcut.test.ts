/**
 * Loading a valid map looks for refused keys (__proto__, constructor, prototype) only in its free JSON.
 * That is sound while the schema's records are all strict and the only places with keys of anyone's
 * choosing are the `meta` fields: the first test walks the schema to keep it so. The second
 * holds loading a text to loading its parsed value (which walks everything), with refused keys put in
 * each of those places and elsewhere.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadMap, loadMapValue } from "../../src/io/load";
import { FORBIDDEN_KEYS } from "../../src/model/forbidden-keys";
import { type ArgumentMap, documentSchema } from "../../src/model/schema";
import { validMapArb } from "../helpers/arbitraries";

// The parts of zod's definitions this walk reads.
interface Def {
  type: string;
  shape?: Record<string, unknown>;
  catchall?: unknown;
  innerType?: unknown;
  element?: unknown;
  options?: unknown[];
}
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
const LEAVES = new Set(["string", "number", "boolean", "literal", "enum"]);

/** Paths where the schema takes keys it does not name, and the field names of its records. */
function openPlaces(schema: unknown, path: string, places: string[], names: Set<string>): void {
  const def = defOf(schema);
  if (def.type === "optional") openPlaces(def.innerType, path, places, names);
  else if (def.type === "array") openPlaces(def.element, `${path}[]`, places, names);
  else if (def.type === "union")
    for (const option of def.options ?? []) openPlaces(option, path, places, names);
  else if (def.type === "object" && def.catchall !== undefined && defOf(def.catchall).type === "never") {
    for (const [key, field] of Object.entries(def.shape ?? {})) {
      names.add(key);
      openPlaces(field, path === "" ? key : `${path}.${key}`, places, names);
    }
  } else if (!LEAVES.has(def.type)) places.push(path);
}

describe("refused keys in a valid map", () => {
  it("can only be in meta, since every other record is strict", () => {
    const places: string[] = [];
    const names = new Set<string>();
    openPlaces(documentSchema, "", places, names);
    expect(places.sort()).toEqual(["edges[].meta", "map.meta", "nodes[].meta"]);
    for (const key of FORBIDDEN_KEYS) expect(names.has(key)).toBe(false);
  });

  it("are found by loading the text as by loading its parsed value", () => {
    const spotArb = fc.constantFrom("map meta", "node meta", "edge meta", "deep meta", "node");
    fc.assert(
      fc.property(
        validMapArb({ maxNodes: 4, maxEdges: 5 }),
        fc.option(fc.tuple(spotArb, fc.constantFrom(...FORBIDDEN_KEYS)), { nil: undefined }),
        (doc, planted) => {
          const text = planted ? plant(doc, planted[0], planted[1]) : JSON.stringify(doc);
          expect(loadMap(text)).toEqual(loadMapValue(JSON.parse(text)));
        },
      ),
      { numRuns: 400 },
    );
  }, 30_000);
});

/** The map's text with a refused key written into one place (as text: `__proto__` cannot be set). */
function plant(doc: ArgumentMap, spot: string, key: string): string {
  const copy = structuredClone(doc) as ArgumentMap & Record<string, unknown>;
  const marker = "planted-here";
  const node = copy.nodes[0];
  const edge = copy.edges[0];
  if (spot === "map meta") copy.map.meta = { [marker]: 1 };
  else if (spot === "node meta" && node) node.meta = { [marker]: 1 };
  else if (spot === "edge meta" && edge) edge.meta = { [marker]: 1 };
  else if (spot === "deep meta" && node) node.meta = { a: [{ b: { [marker]: 1 } }] };
  else if (spot === "node" && node) (node as unknown as Record<string, unknown>)[marker] = 1;
  else copy.map.meta = { [marker]: 1 };
  return JSON.stringify(copy).replace(JSON.stringify(marker), JSON.stringify(key));
}
