/** How deep a Kialo discussion's numbering goes (`1.1.1.` is three levels), bounded like every reader's. */
import type { Problem } from "../../../model/problem";
import { atLine, NESTING } from "../../input-limits";
import type { KialoEntry } from "./parse-kialo";

export function kialoNestingProblem(
  entries: readonly KialoEntry[],
  limit: number = NESTING.kialo,
): Problem | undefined {
  for (const entry of entries) {
    let levels = 1;
    for (let i = 0; i < entry.number.length && levels <= limit; i++) if (entry.number[i] === ".") levels++;
    if (levels > limit) {
      return atLine(
        entry.line,
        `claims are numbered more than ${limit} levels deep; Warrant reads Kialo discussions at most ${limit} levels deep`,
      );
    }
  }
  return undefined;
}
