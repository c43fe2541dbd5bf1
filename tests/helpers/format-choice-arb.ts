/**
 * A map's choice of debate format, drawn from every kind there is: each of Warrant's formats, each in
 * either speaking order where the format lets either side open, and random custom formats.
 */
import fc from "fast-check";
import { DEBATE_FORMATS, type FormatChoice } from "../../src/model/debate-formats";
import { customFormatArb } from "./custom-format-arb";

export const formatChoiceArb: fc.Arbitrary<FormatChoice> = fc.oneof(
  fc.constantFrom(...DEBATE_FORMATS.map((format): FormatChoice => ({ format: format.id }))),
  fc.constantFrom(
    ...DEBATE_FORMATS.filter((format) => format.eitherSideFirst).map(
      (format): FormatChoice => ({ format: format.id, firstSide: "against" }),
    ),
  ),
  customFormatArb.map((format): FormatChoice => ({ format })),
);
