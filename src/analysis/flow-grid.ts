/**
 * The flow of a round as a table of words, for spreadsheets: one column per speech (headed by its id, name
 * and side), each point in the row the flow sheet gives it (`flowRows`: answers level with what they
 * answer), showing what the sheet shows (the point's label, or its text). Points placed in no speech are
 * not dropped: they fill one more column, "In no speech", after the speeches.
 */
import { sideNames } from "../model/debate-formats";
import type { ArgumentMap } from "../model/schema";
import type { RoundFlow } from "./flow";
import { flowRows } from "./flow-rows";

export const UNPLACED_HEADER = "In no speech";

export interface FlowGrid {
  /** The sheet's name: the map's title. */
  title: string;
  header: string[];
  /** `rows[r][c]`: the words of the point at row r of column c, or "" for an empty cell. */
  rows: string[][];
  /** The point in each filled cell, by the same indices (undefined for an empty one). */
  ids: (string | undefined)[][];
}

export function flowGrid(doc: ArgumentMap, flow: RoundFlow): FlowGrid {
  const words = new Map(doc.nodes.map((node) => [node.id, node.label ?? node.text]));
  const names = sideNames(flow.format, doc.map.debate);
  const periodNames = new Map(flow.format.periods.map((period) => [period.id, period.name]));
  const columns = flowRows(flow, doc);
  const header = flow.speeches.map(
    (speech) => `${speech.id} ${periodNames.get(speech.id) ?? speech.id} (${names[speech.side]})`,
  );
  if (flow.unplaced.length > 0) {
    header.push(UNPLACED_HEADER);
    columns.push(flow.unplaced.map((id, row) => ({ id, row })));
  }
  const height = Math.max(0, ...columns.flatMap((column) => column.map((placed) => placed.row + 1)));
  const ids: (string | undefined)[][] = Array.from({ length: height }, () =>
    new Array<string | undefined>(header.length).fill(undefined),
  );
  columns.forEach((column, c) => {
    for (const { id, row } of column) (ids[row] as (string | undefined)[])[c] = id;
  });
  const rows = ids.map((row) => row.map((id) => (id === undefined ? "" : (words.get(id) ?? ""))));
  return { title: doc.map.title, header, rows, ids };
}
