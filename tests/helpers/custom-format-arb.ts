/**
 * Random custom debate formats that the schema and the rules across periods accept: 2-10 speeches with
 * distinct ids, each side giving at least one, minutes within the limits, a team now and then, and now
 * and then a cross-examination after a speech (asked by one side or both), with an id of its own.
 */
import fc from "fast-check";
import type { CustomFormat, CustomSpeech } from "../../src/model/schema";

const speechIdArb = fc.stringMatching(/^[A-Za-z0-9_\-.:]{1,6}$/);

export const customFormatArb: fc.Arbitrary<CustomFormat> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 20 }).filter((name) => name.trim() !== ""),
    ids: fc.uniqueArray(speechIdArb, { minLength: 20, maxLength: 20 }),
    count: fc.integer({ min: 2, max: 10 }),
    sides: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    minutes: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 10, maxLength: 10 }),
    teams: fc.array(fc.option(fc.constantFrom("OG", "OO", "CG", "CO"), { nil: undefined }), {
      minLength: 10,
      maxLength: 10,
    }),
    askers: fc.array(
      fc.option(fc.constantFrom("for", "against", "both") as fc.Arbitrary<"for" | "against" | "both">, {
        nil: undefined,
      }),
      {
        minLength: 10,
        maxLength: 10,
      },
    ),
    prepMinutes: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  })
  .map(({ name, ids, count, sides, minutes, teams, askers, prepMinutes }) => ({
    name,
    speeches: ids.slice(0, count).flatMap((id, i): CustomSpeech[] => {
      // The first two speeches are one of each side, so every format has both.
      const side = i === 0 ? "for" : i === 1 ? "against" : sides[i] ? "for" : "against";
      const team = teams[i];
      const speech: CustomSpeech = {
        id,
        name: `Speech ${i + 1}`,
        side: side as "for" | "against",
        minutes: minutes[i] as number,
        ...(team === undefined ? {} : { team }),
      };
      const asks = askers[i];
      if (asks === undefined) return [speech];
      // The ids past the speeches' are the cross-examinations', so no two periods share one.
      const cross: CustomSpeech = {
        kind: "cross-examination",
        id: ids[10 + i] as string,
        name: `Questions ${i + 1}`,
        asks,
        minutes: 3,
      };
      return [speech, cross];
    }),
    ...(prepMinutes === undefined ? {} : { prepMinutes }),
  }));
