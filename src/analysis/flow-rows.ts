/**
 * The row each placed point takes on a flow sheet, the way debaters flow: an answer sits level with the
 * first point it answers when that row is free in its column, lower otherwise, and a point carried into a
 * later speech of its side (an extension, which supports the point it extends) level with that point, so
 * a line of argument reads across the sheet. The sheet on screen and the spreadsheet exports both place
 * points by this one rule.
 */
import type { ArgumentMap } from "../model/schema";
import type { RoundFlow } from "./flow";

/** For each speech, in order, its points with their rows (top to bottom). */
export function flowRows(flow: RoundFlow, doc: Pick<ArgumentMap, "edges">): { id: string; row: number }[][] {
  // What each point lines up with: the points it answers, as the flow counts answers, and those it carries on.
  const answersFrom = new Map<string, string[]>();
  const levelWith = (from: string, target: string) => {
    const list = answersFrom.get(from) ?? [];
    list.push(target);
    answersFrom.set(from, list);
  };
  for (const [target, answers] of flow.answers) {
    for (const answer of answers) levelWith(answer.by, target);
  }
  const at = new Map(flow.speeches.flatMap((speech, i) => speech.points.map((id) => [id, i])));
  for (const edge of doc.edges) {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    const sameSide = flow.sideOf.get(edge.from) === flow.sideOf.get(edge.to);
    if (edge.relation === "support" && from !== undefined && to !== undefined && from > to && sameSide) {
      levelWith(edge.from, edge.to);
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
