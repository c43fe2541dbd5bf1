/**
 * Choosing the round's format: one of Warrant's (with which side opens, where the format lets either) or
 * a custom one, written into the map's debate block. The motion and the side names stay; a custom format
 * with a problem is refused with the first problem, in the words the file's loader would use.
 */
import { customFormatProblems } from "../custom-format";
import { debateFormat, type FormatChoice } from "../debate-formats";
import { formatProblem } from "../problem";
import type { ArgumentMap } from "../schema";
import { produceMap } from "./draft";
import { type EditResult, refused } from "./results";

export function chooseDebateFormat(doc: ArgumentMap, choice: FormatChoice): EditResult {
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
  const firstSide = choice.firstSide === "against" ? "against" : undefined;
  const current = doc.map.debate;
  if (current?.format === choice.format && current.firstSide === firstSide) return { ok: true, doc };
  return {
    ok: true,
    doc: produceMap(doc, (draft) => {
      const { firstSide: _was, ...kept } = draft.map.debate ?? { format: choice.format };
      draft.map.debate = { ...kept, format: choice.format, ...(firstSide ? { firstSide } : {}) };
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
