/**
 * The row each placed point takes on a flow sheet, the way debaters flow: an answer sits level with the
 * first point it answers when that row is free in its column, lower otherwise, so a line of argument reads
 * across the sheet. The sheet on screen and the spreadsheet exports both place points by this one rule.
 */
import type { RoundFlow } from "./flow";

/** For each speech, in order, its points with their rows (top to bottom). */
export function flowRows(flow: RoundFlow): { id: string; row: number }[][] {
  // What each point answers, as the flow counts answers: a point and the points it answers.
  const answersFrom = new Map<string, string[]>();
  for (const [target, answers] of flow.answers) {
    for (const answer of answers) {
      const list = answersFrom.get(answer.by) ?? [];
      list.push(target);
      answersFrom.set(answer.by, list);
    }
  }
  const rowOf = new Map<string, number>();
  return flow.speeches.map((speech) => {
    const wanted = speech.points.map((id, order) => {
      const targets = (answersFrom.get(id) ?? []).map((target) => rowOf.get(target) ?? 0);
      return { id, order, row: targets.length > 0 ? Math.min(...targets) : 0 };
    });
    wanted.sort((a, b) => a.row - b.row || a.order - b.order);
    let next = 0;
    return wanted.map(({ id, row }) => {
      const at = Math.max(row, next);
      next = at + 1;
      rowOf.set(id, at);
      return { id, row: at };
    });
  });
}
