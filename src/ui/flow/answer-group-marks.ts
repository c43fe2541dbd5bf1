/**
 * Where each grouped answer sits in its bracket on the sheet: the group's answers in the order of their
 * rows, the first opening the bracket and the last closing it, so the group reads as one block.
 */
import type { AnswerGroup } from "../../analysis";

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
