/**
 * Random custom debate formats that the schema and the rules across speeches accept: 1-10 speeches with
 * distinct ids, each side giving at least one, minutes within the limits, a team now and then.
 */
import fc from "fast-check";
import type { CustomFormat } from "../../src/model/schema";

const speechIdArb = fc.stringMatching(/^[A-Za-z0-9_\-.:]{1,6}$/);

export const customFormatArb: fc.Arbitrary<CustomFormat> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 20 }).filter((name) => name.trim() !== ""),
    ids: fc.uniqueArray(speechIdArb, { minLength: 2, maxLength: 10 }),
    sides: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    minutes: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 10, maxLength: 10 }),
    teams: fc.array(fc.option(fc.constantFrom("OG", "OO", "CG", "CO"), { nil: undefined }), {
      minLength: 10,
      maxLength: 10,
    }),
    prepMinutes: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  })
  .map(({ name, ids, sides, minutes, teams, prepMinutes }) => ({
    name,
    speeches: ids.map((id, i) => {
      // The first two speeches are one of each side, so every format has both.
      const side = i === 0 ? "for" : i === 1 ? "against" : sides[i] ? "for" : "against";
      const team = teams[i];
      return {
        id,
        name: `Speech ${i + 1}`,
        side: side as "for" | "against",
        minutes: minutes[i] as number,
        ...(team === undefined ? {} : { team }),
      };
    }),
    ...(prepMinutes === undefined ? {} : { prepMinutes }),
  }));
