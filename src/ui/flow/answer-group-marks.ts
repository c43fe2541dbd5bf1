/**
 * Where each grouped answer sits in its bracket: the group's answers in the order of their rows, the
 * first opening the bracket and the last closing it, so the group reads as one block. The sheet and the
 * side panel's flow both mark their cells from `answerGroupPlaces` and draw the bracket with the classes
 * `groupClasses` gives (answer-group.css, which AnswerGroupNote brings).
 */
import { type AnswerGroup, answerGroups, type RoundFlow } from "../../analysis";
import type { ArgumentMap } from "../../model/schema";
import type { FlowLayout } from "./flow-layout";

export type GroupPlace = "first" | "middle" | "last";

export function groupPlaces(
  groups: readonly AnswerGroup[],
  rowOf: (id: string) => number,
): Map<string, GroupPlace> {
  const places = new Map<string, GroupPlace>();
  for (const group of groups) {
    const ordered = [...group.answers].sort((a, b) => rowOf(a) - rowOf(b));
    ordered.forEach((id, i) => {
      if (places.has(id)) return;
      places.set(id, i === 0 ? "first" : i === ordered.length - 1 ? "last" : "middle");
    });
  }
  return places;
}

/** Each grouped answer of the round, with its place in its bracket, by the rows the layout gives. */
export function answerGroupPlaces(
  doc: ArgumentMap,
  flow: RoundFlow,
  layout: Pick<FlowLayout, "columns">,
): Map<string, GroupPlace> {
  const rows = new Map(layout.columns.flatMap((column) => column.cells.map((cell) => [cell.id, cell.row])));
  return groupPlaces(answerGroups(doc, flow), (id) => rows.get(id) ?? 0);
}

/** The classes that draw a cell's part of its bracket; empty for a cell in no group. */
export function groupClasses(place: GroupPlace | undefined): string {
  return place === undefined ? "" : `grouped group-${place}`;
}
