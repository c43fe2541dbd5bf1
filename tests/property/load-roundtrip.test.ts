/**
 * Properties of the load pipeline and the serializer over generated maps:
 * valid maps survive serialize-then-load unchanged; broken ones, and arbitrary bytes, never throw and
 * always come back with at least one located error.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadMap, loadMapValue } from "../../src/io/load";
import { canonicalMap, serializeMap } from "../../src/io/serialize";
import { toVersion1 } from "../../src/io/to-version-1";
import { compileCheck } from "../../src/model/compile-check";
import { FORBIDDEN_KEYS } from "../../src/model/forbidden-keys";
import { type ArgumentMap, documentSchema } from "../../src/model/schema";
import { documentSchemaV1, VERSION_2_FIELDS } from "../../src/model/schema-v1";
import { validMapArb } from "../helpers/arbitraries";
import { corruptionArb } from "../helpers/corruptions";

const PATH = /^(\$|[A-Za-z_$][A-Za-z0-9_$]*|\$\[)/;

describe("serialize then load", () => {
  it("gives back the same map, and the same bytes when saved again", () => {
    fc.assert(
      fc.property(validMapArb(), (doc) => {
        const text = serializeMap(doc);
        const result = loadMap(text);
        if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
        // JSON has no -0, so compare with what JSON itself can carry.
        expect(result.doc).toEqual(JSON.parse(JSON.stringify(canonicalMap(doc))));
        expect(serializeMap(result.doc)).toBe(text);
      }),
      { numRuns: 300 },
    );
    // Generating 300 maps with every optional field of both versions takes a few seconds on a busy machine.
  }, 30_000);
});

/** Versions 1 and 2 keep positions under node ids, where these few ids cannot be keys: their positions go. */
const unplaceable = (node: ArgumentMap["nodes"][number]) =>
  node.position !== undefined && FORBIDDEN_KEYS.has(node.id);

describe("writing version 1", () => {
  it("gives a valid version-1 file that loads back as the map without its version-2 fields", () => {
    const without = (record: object, keys: readonly string[]) =>
      Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
    fc.assert(
      fc.property(validMapArb({ maxNodes: 8, maxEdges: 10 }), (doc) => {
        const { doc: older, dropped } = toVersion1(doc);
        const text = serializeMap(older);
        expect(documentSchemaV1.safeParse(JSON.parse(text)).success).toBe(true);
        const result = loadMap(text);
        if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
        const expected = {
          ...without(canonicalMap(doc), VERSION_2_FIELDS.document),
          map: without(doc.map, VERSION_2_FIELDS.map),
          nodes: doc.nodes.map((node) =>
            // Cards came with version 3: older versions leave them out.
            without(node, [...VERSION_2_FIELDS.node, "card", ...(unplaceable(node) ? ["position"] : [])]),
          ),
          edges: doc.edges.map((edge) => without(edge, VERSION_2_FIELDS.edge)),
        };
        expect(result.doc).toEqual(JSON.parse(JSON.stringify(canonicalMap(expected as typeof doc))));
        // Every field that went is reported, and nothing else is.
        const cards = doc.nodes.some((node) => node.card !== undefined) ? 1 : 0;
        expect(dropped.length).toBe(countV2Fields(doc) + doc.nodes.filter(unplaceable).length + cards);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});

function countV2Fields(doc: ArgumentMap): number {
  const count = (record: object, keys: readonly string[]) =>
    keys.filter((key) => (record as Record<string, unknown>)[key] !== undefined).length;
  return (
    count(doc, VERSION_2_FIELDS.document) +
    count(doc.map, VERSION_2_FIELDS.map) +
    doc.nodes.reduce((sum, node) => sum + count(node, VERSION_2_FIELDS.node), 0) +
    doc.edges.reduce((sum, edge) => sum + count(edge, VERSION_2_FIELDS.edge), 0)
  );
}

describe("broken input", () => {
  it("a corrupted valid map never throws and reports at least one located error", () => {
    fc.assert(
      fc.property(validMapArb({ maxNodes: 6, maxEdges: 8 }), corruptionArb, (doc, corruption) => {
        const broken = corruption.apply(structuredClone(doc));
        const result = loadMap(typeof broken === "string" ? broken : JSON.stringify(broken));
        expect(result.ok, corruption.name).toBe(false);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.path).toMatch(PATH);
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it("random text and random bytes never throw and never pass", () => {
    const bytes = fc.uint8Array({ maxLength: 200 }).map((array) => new TextDecoder().decode(array));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200, unit: "binary" }), bytes, fc.json()), (text) => {
        const result = loadMap(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors[0]?.path).toMatch(PATH);
      }),
      { numRuns: 500 },
    );
  });

  it("any JSON value given directly never throws", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => loadMapValue(value)).not.toThrow();
      }),
    );
  });
});

describe("the compiled check", () => {
  const check = compileCheck(documentSchema);
  it("agrees with zod on valid and corrupted maps", () => {
    fc.assert(
      fc.property(validMapArb({ maxNodes: 6, maxEdges: 8 }), fc.option(corruptionArb), (doc, corruption) => {
        const value = corruption ? corruption.apply(structuredClone(doc)) : doc;
        if (typeof value === "string") return;
        expect(check(value)).toBe(documentSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
