/**
 * Choosing the round's format: one of Warrant's (with which side opens, where the format lets either) or
 * a custom one, written into the map's debate block, and with it, when given, what the sides are called
 * (a name left empty gives the side back the format's own name). The motion stays, and the side names
 * when none are given; a custom format with a problem is refused with the first problem, in the words the
 * file's loader would use.
 */
import { customFormatProblems } from "../custom-format";
import { debateFormat, type FormatChoice } from "../debate-formats";
import { formatProblem } from "../problem";
import { type ArgumentMap, LIMITS } from "../schema";
import { codePointLength } from "../text";
import { produceMap } from "./draft";
import { type EditResult, refused } from "./results";

/** What each side is called in this round; an empty name is the format's own. */
export interface SideNaming {
  forSide: string;
  againstSide: string;
}

const SIDE_WORDS: Record<keyof SideNaming, string> = {
  forSide: "the side for the motion",
  againstSide: "the side against the motion",
};

/** Why a side's name cannot be saved, or undefined when both can. */
export function sideNamingProblem(sides: SideNaming): string | undefined {
  for (const key of ["forSide", "againstSide"] as const) {
    const length = codePointLength(sides[key].trim());
    if (length > LIMITS.sideName) {
      return `the name of ${SIDE_WORDS[key]} is ${length} characters; it can be at most ${LIMITS.sideName}`;
    }
  }
  return undefined;
}

export function chooseDebateFormat(doc: ArgumentMap, choice: FormatChoice, sides?: SideNaming): EditResult {
  if (typeof choice.format === "string") {
    const known = debateFormat(choice.format);
    if (!known) return refused(`"${choice.format}" is not a debate format this version of Warrant knows`);
    if (choice.firstSide !== undefined && !known.eitherSideFirst) {
      return refused(`in the ${known.name} format the speaking order is fixed`);
    }
  } else {
    const [first] = customFormatProblems(choice.format);
    if (first) return refused(`the format's ${formatProblem(first)}`);
  }
  const naming = sides && sideNamingProblem(sides);
  if (naming) return refused(naming);
  const firstSide = choice.firstSide === "against" ? "against" : undefined;
  const current = doc.map.debate;
  const forSide = sides ? sides.forSide.trim() || undefined : current?.forSide;
  const againstSide = sides ? sides.againstSide.trim() || undefined : current?.againstSide;
  if (
    current?.format === choice.format &&
    current.firstSide === firstSide &&
    current.forSide === forSide &&
    current.againstSide === againstSide
  ) {
    return { ok: true, doc };
  }
  return {
    ok: true,
    doc: produceMap(doc, (draft) => {
      const {
        firstSide: _first,
        forSide: _for,
        againstSide: _against,
        ...kept
      } = draft.map.debate ?? {
        format: choice.format,
      };
      draft.map.debate = {
        ...kept,
        format: choice.format,
        ...(forSide ? { forSide } : {}),
        ...(againstSide ? { againstSide } : {}),
        ...(firstSide ? { firstSide } : {}),
      };
    }),
  };
}

/** The points placed in a speech the format lacks, with those speeches: what changing to it leaves unplaced. */
export function pointsOutsideFormat(
  doc: ArgumentMap,
  speechIds: ReadonlySet<string>,
): { count: number; speeches: string[] } {
  const speeches = new Set<string>();
  let count = 0;
  for (const node of doc.nodes) {
    if (node.speech === undefined || speechIds.has(node.speech)) continue;
    count++;
    speeches.add(node.speech);
  }
  return { count, speeches: [...speeches] };
}
