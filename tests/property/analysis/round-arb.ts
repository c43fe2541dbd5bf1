/**
 * Random rounds: a random map whose first node is the thesis, every node placed in a random speech (or
 * none) of a random format (formatChoiceArb: each of Warrant's, either speaking order, custom ones).
 */
import fc from "fast-check";
import { flowSpeeches, formatOfMap } from "../../../src/model/debate-formats";
import type { ArgumentMap } from "../../../src/model/schema";
import { formatChoiceArb } from "../../helpers/format-choice-arb";
import { arbitraryMap } from "./arbitrary-maps";

export const roundArb = fc
  .record({
    map: arbitraryMap({ maxNodes: 10 }),
    choice: formatChoiceArb,
    placements: fc.array(fc.option(fc.nat(20), { nil: undefined, freq: 4 }), {
      minLength: 10,
      maxLength: 10,
    }),
  })
  .map(({ map, choice, placements }) => {
    const speeches = flowSpeeches(formatOfMap({ debate: choice }));
    const doc: ArgumentMap = {
      ...map,
      map: { ...map.map, debate: choice },
      nodes: map.nodes.map((node, i) => {
        const at = placements[i];
        return {
          ...node,
          ...(i === 0 ? { kind: "thesis" as const } : {}),
          ...(at === undefined ? {} : { speech: speeches[at % speeches.length]?.id }),
        };
      }),
    };
    return doc;
  });
