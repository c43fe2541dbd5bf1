/**
 * The hand-written check of a whole map against the schema it stands in for: on valid maps, and on maps
 * with one field of a node, edge, source or the document set to a value near the rule (lengths at and
 * past a limit, blank and padded text, numbers at the bounds, ids one character off, unknown keys,
 * missing fields), it says yes exactly when the schema does; and where it says no, loading reports the
 * schema's own problems.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEnvelope } from "../../src/io/envelope";
import { findForbiddenKeys } from "../../src/io/forbidden-keys";
import { loadMapValue } from "../../src/io/load";
import { isValidMap } from "../../src/model/map-check";
import { type ArgumentMap, CURRENT_VERSION, documentSchema, LIMITS } from "../../src/model/schema";
import { describeIssues } from "../../src/model/schema-issues";
import { validMapArb } from "../helpers/arbitraries";
import { corruptionArb } from "../helpers/corruptions";

type Loose = Record<string, unknown>;

/** Text of a length at or around `limit` code points, of letters, astral characters or white space. */
const textNear = (limit: number) =>
  fc
    .tuple(
      fc.constantFrom(0, 1, 2, limit - 1, limit, limit + 1),
      fc.constantFrom("a", "😀", " ", "\u00a0", "\u2003", "\ufeff", "\u200b", "\n"),
      fc.constantFrom("", "", "a", " ", "😀"),
    )
    .map(([length, unit, first]) => first + unit.repeat(Math.max(0, length - first.length)));

const idNear = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_\-.:]{1,6}$/),
  fc.constantFrom("", "a b", "é", "a/b", "x".repeat(64), "x".repeat(65), "n1", "e1", "s1", "constructor"),
);

const numberNear = fc.constantFrom(
  0,
  -0,
  1,
  0.5,
  1e-9,
  1.0000001,
  -0.0000001,
  2,
  Number.NaN,
  Infinity,
  -Infinity,
);
const wrongType = fc.constantFrom(undefined, null, true, 1, "x", {}, [], [""], ["a"], [1]);
/** Short lists of near values, and lists of valid items at and one past the limit on their length. */
const listOf = (item: fc.Arbitrary<unknown>, valid: unknown, limit: number) =>
  fc.oneof(
    fc.array(item, { maxLength: 3 }),
    fc.constantFrom(limit, limit + 1).map((length) => Array(length).fill(valid)),
  );
const enumNear = (...names: string[]) =>
  fc.constantFrom(...names, ...names.map((name) => name.toUpperCase()), "");

/** For each field, values at and just past its rules, and values of the wrong type. */
const NEAR: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
  node: {
    id: idNear,
    kind: enumNear("thesis", "claim", "evidence", "critique", "rebuttal"),
    text: textNear(2000),
    label: textNear(120),
    base: numberNear,
    attribution: textNear(200),
    tags: listOf(textNear(40), "t", 20),
    sourceIds: listOf(idNear, "s1", 2),
    quote: textNear(1000),
    notes: textNear(10_000),
    meta: fc.constantFrom({}, { a: 1 }, { a: [null, { b: "c" }] }, [], "x"),
    speech: idNear,
    feedback: fc.constantFrom({}, { released: true }, { released: 1 }, { comment: "x", mark: "A" }, { x: 1 }),
    addedBy: textNear(200),
    ratings: fc.constantFrom(
      [],
      [{ by: "a", base: 0.5 }],
      [{ by: " ", base: 0.5 }],
      [{ by: "a", base: 2 }],
      {},
    ),
    card: fc.oneof(
      fc.record({ tag: textNear(500) }),
      fc.record({ cite: textNear(2000), text: textNear(20_000) }),
      fc.constantFrom({}, { tag: 1 }, { quote: "x" }, [], "x"),
    ),
    colour: wrongType,
  },
  edge: {
    id: idNear,
    from: idNear,
    to: idNear,
    relation: enumNear("support", "attack", "undercut"),
    weight: numberNear,
    group: idNear,
    meta: fc.constantFrom({}, { a: 1 }, [], "x"),
    response: enumNear("turn", "delink", "non-unique", "mitigation", "indict", "cross-apply"),
    colour: wrongType,
  },
  source: {
    id: idNear,
    citation: textNear(2000),
    url: fc.constantFrom(
      "https://example.org",
      "HTTP://example.org/a",
      "http://",
      "javascript:alert(1)",
      "www.x.org",
    ),
    page: textNear(40),
    colour: wrongType,
  },
  document: {
    format: fc.constantFrom("argument-map", "argument-maps", "", undefined),
    version: fc.constantFrom(2, 2.0, 1, 3, "2", undefined),
    map: fc.constantFrom({ id: "m", title: "T" }, { id: "m", title: " " }, { id: "m" }, [], null),
    nodes: fc.constantFrom([], {}, null, [null], [{}]),
    edges: fc.constantFrom([], {}, null, [null], [{}]),
    sources: fc.constantFrom([], undefined, {}, [{ id: "s", citation: "c" }], [{ id: "s" }]),
    view: fc.constantFrom(
      {},
      undefined,
      { positions: {} },
      { positions: { a: { x: 1, y: 2 } } },
      { collapsed: [1] },
    ),
    presentations: fc.constantFrom([], undefined, {}, [{ id: "p", title: "P", steps: [] }], [{ id: "p" }]),
    colour: wrongType,
  },
};

interface Tweak {
  where: "node" | "edge" | "source" | "document";
  seed: number;
  field: string;
  value: unknown;
  remove: boolean;
}

const tweakArb: fc.Arbitrary<Tweak> = fc
  .constantFrom("node", "node", "edge", "edge", "source", "document")
  .chain((where) =>
    fc.constantFrom(...Object.keys(NEAR[where] as object)).chain((field) =>
      fc.record({
        where: fc.constant(where as Tweak["where"]),
        seed: fc.nat(),
        field: fc.constant(field),
        value: fc.oneof(
          {
            weight: 4,
            arbitrary: (NEAR[where] as Record<string, fc.Arbitrary<unknown>>)[field] as fc.Arbitrary<unknown>,
          },
          { weight: 1, arbitrary: wrongType },
        ),
        remove: fc.nat({ max: 4 }).map((n) => n === 0),
      }),
    ),
  );

function applyTweak(doc: ArgumentMap, tweak: Tweak): unknown {
  const list =
    tweak.where === "node"
      ? doc.nodes
      : tweak.where === "edge"
        ? doc.edges
        : tweak.where === "source"
          ? (doc.sources ?? [])
          : [doc];
  const record = list[tweak.seed % Math.max(1, list.length)] as Loose | undefined;
  if (record === undefined) return doc;
  if (tweak.remove) delete record[tweak.field];
  else record[tweak.field] = tweak.value;
  return doc;
}

/** A valid map, one with a tweaked field, or one broken by a shared corruption (not text). */
const candidateArb = fc
  .tuple(
    validMapArb({ maxNodes: 4, maxEdges: 5 }),
    fc.oneof(
      fc.constant(undefined),
      tweakArb.map((tweak) => (doc: ArgumentMap) => applyTweak(doc, tweak)),
      corruptionArb.map((corruption) => (doc: ArgumentMap) => corruption.apply(doc)),
    ),
  )
  .map(([doc, change]) => (change ? change(structuredClone(doc)) : doc));

describe("the hand-written map check", () => {
  it("says yes exactly when the schema does", () => {
    fc.assert(
      fc.property(candidateArb, (value) => {
        if (typeof value === "string") return;
        expect(isValidMap(value)).toBe(documentSchema.safeParse(value).success);
      }),
      { numRuns: 4000 },
    );
  }, 60_000);

  it("leaves the problems of a map it refuses to the schema", () => {
    fc.assert(
      fc.property(candidateArb, (value) => {
        if (typeof value === "string" || isValidMap(value)) return;
        const envelope = checkEnvelope(value);
        if (!envelope.ok || envelope.version !== CURRENT_VERSION || findForbiddenKeys(value, 1).length > 0)
          return;
        const parsed = documentSchema.safeParse(value);
        if (parsed.success) return;
        const result = loadMapValue(value);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.errors).toEqual(describeIssues(parsed.error.issues, value, LIMITS.problems));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
