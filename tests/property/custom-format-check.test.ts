/**
 * The Format dialog's check of a custom format says what the file's loader says: for any value written as
 * `map.debate.format`, good formats, formats with one thing changed, and any JSON, the check finds no
 * problem exactly when a map holding it loads, and each problem it finds the loader reports in the same
 * words, within the format.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadMap } from "../../src/io/load";
import { customFormatProblems } from "../../src/model/custom-format";
import { FORBIDDEN_KEYS } from "../../src/model/forbidden-keys";
import { customFormatArb } from "../helpers/custom-format-arb";
import { smallMap } from "../helpers/small-map";

/** A custom format with one field replaced by any JSON value, or one speech's id copied onto another. */
const changedFormatArb = fc.oneof(
  fc
    .tuple(customFormatArb, fc.constantFrom("name", "speeches", "prepMinutes", "colour"), fc.jsonValue())
    .map(([format, field, value]) => ({ ...format, [field]: value })),
  fc
    .tuple(
      customFormatArb,
      fc.nat(),
      fc.constantFrom("kind", "id", "name", "side", "asks", "minutes", "team", "colour"),
      fc.jsonValue(),
    )
    .map(([format, at, field, value]) => ({
      ...format,
      speeches: format.speeches.map((speech, i) =>
        i === at % format.speeches.length ? { ...speech, [field]: value } : speech,
      ),
    })),
  customFormatArb.map((format) => ({
    ...format,
    speeches: format.speeches.map((speech, i) =>
      i === 1 ? { ...speech, id: format.speeches[0]?.id } : speech,
    ),
  })),
);

function hasForbiddenKey(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(([key, inner]) => FORBIDDEN_KEYS.has(key) || hasForbiddenKey(inner));
}

const formatValueArb = fc.oneof(customFormatArb, changedFormatArb, fc.jsonValue());

describe("the custom format check", () => {
  it("finds nothing exactly when the map loads, and only problems the loader reports at the format", () => {
    fc.assert(
      fc.property(formatValueArb, (value) => {
        // A plain string is the other branch of the field (a format's id), not a custom format.
        fc.pre(typeof value !== "string");
        const doc = { ...smallMap(), map: { ...smallMap().map, debate: { format: value } } };
        const loaded = loadMap(JSON.stringify(doc), { mode: "strict" });
        const found = customFormatProblems(value);
        expect(found.length === 0).toBe(loaded.ok);
        if (loaded.ok || loaded.kind !== "invalid" || typeof value !== "object" || value === null) return;
        if (Array.isArray(value)) return;
        // A key forbidden anywhere in a map is refused before the format is read (the dialog's boxes
        // cannot make one); otherwise each problem the check finds, the loader reports in the same
        // words, somewhere in the format.
        if (hasForbiddenKey(value)) return;
        const reported = loaded.errors
          .filter((error) => error.path.startsWith("map.debate.format"))
          .map((error) => error.message);
        for (const problem of found) expect(reported).toContain(problem.message);
      }),
      { numRuns: 400 },
    );
  });
});
