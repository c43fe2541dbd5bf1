/**
 * The flow view as data: one column per speech of the round (cross-examinations hold no points, so they
 * have none), one cell per point placed in it, and one link per answer, from the answering cell to the
 * cell it answers, however many columns apart. A point that answers several is one cell with several
 * links, never a copy.
 *
 * Rows follow the way debaters flow (`flowRows`, which the spreadsheet exports share): an answer sits level
 * with the first point it answers when that row is free in its column, lower otherwise.
 *
 * Pure: the view draws what this returns, and the tests check it without a browser.
 */
import { flowRows, type RoundFlow } from "../../analysis";
import { type DebateSide, sideNames } from "../../model/debate-formats";
import type { ArgNode, ArgumentMap, DebateResponse } from "../../model/schema";

export interface FlowCell {
  id: string;
  kind: ArgNode["kind"];
  /** The words shown: the point's label, or its text. */
  words: string;
  side: DebateSide | undefined;
  column: number;
  row: number;
  /** Set when no later speech of the other side answers the point: the speech that should have. */
  droppedIn: string | undefined;
}

export interface FlowColumn {
  speechId: string;
  name: string;
  side: DebateSide;
  sideName: string;
  /** The team giving the speech, where a side has several (British Parliamentary). */
  team: string | undefined;
  minutes: number;
  /**
   * The cross-examination right after the speech, where the format has one (policy's, Lincoln-Douglas's,
   * public forum's crossfires, a custom format's): shown with the speech, since it holds no points.
   */
  crossAfter: { id: string; name: string; minutes: number; who: string } | undefined;
  cells: FlowCell[];
}

export interface FlowLink {
  edgeId: string;
  /** The answering point and the point it answers. */
  from: string;
  to: string;
  relation: "attack" | "undercut";
  response: DebateResponse | undefined;
  fromColumn: number;
  toColumn: number;
}

export interface FlowLayout {
  columns: FlowColumn[];
  /** Points placed in no speech (or one the format lacks), listed apart to be placed. */
  unplaced: FlowCell[];
  links: FlowLink[];
  /** The number of rows the tallest column needs. */
  rows: number;
}

export function layoutFlow(doc: ArgumentMap, flow: RoundFlow): FlowLayout {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const droppedIn = new Map(flow.dropped.map((point) => [point.id, point.droppedIn]));
  const names = sideNames(flow.format, doc.map.debate);
  const periods = new Map(flow.format.periods.map((period) => [period.id, period]));
  const crossAfter = new Map<string, FlowColumn["crossAfter"]>();
  flow.format.periods.forEach((period, i) => {
    const next = flow.format.periods[i + 1];
    if (period.kind !== "speech" || next?.kind !== "cross-examination") return;
    const who = next.asks === "both" ? "both sides ask" : `${names[next.asks]} asks`;
    crossAfter.set(period.id, { id: next.id, name: next.name, minutes: next.minutes, who });
  });
  const edgeById = new Map(doc.edges.map((edge) => [edge.id, edge]));

  const cell = (id: string, column: number, row: number): FlowCell => {
    const node = byId.get(id) as ArgNode;
    return {
      id,
      kind: node.kind,
      words: node.label ?? node.text,
      side: flow.sideOf.get(id),
      column,
      row,
      droppedIn: droppedIn.get(id),
    };
  };

  const rowsBySpeech = flowRows(flow, doc);
  const columns: FlowColumn[] = flow.speeches.map((speech, column) => {
    const period = periods.get(speech.id);
    const cells = (rowsBySpeech[column] ?? []).map(({ id, row }) => cell(id, column, row));
    return {
      speechId: speech.id,
      name: period?.name ?? speech.id,
      side: speech.side,
      sideName: names[speech.side],
      team: period?.kind === "speech" ? period.team : undefined,
      minutes: period?.minutes ?? 0,
      crossAfter: crossAfter.get(speech.id),
      cells,
    };
  });

  const columnOf = new Map<string, number>();
  columns.forEach((column, i) => {
    for (const placed of column.cells) columnOf.set(placed.id, i);
  });
  const links: FlowLink[] = [];
  for (const [target, answers] of flow.answers) {
    for (const answer of answers) {
      const edge = edgeById.get(answer.edge);
      if (edge === undefined || edge.relation === "support") continue;
      links.push({
        edgeId: edge.id,
        from: answer.by,
        to: target,
        relation: edge.relation,
        response: edge.response,
        fromColumn: columnOf.get(answer.by) as number,
        toColumn: columnOf.get(target) as number,
      });
    }
  }
  links.sort(
    (a, b) => a.toColumn - b.toColumn || a.fromColumn - b.fromColumn || (a.edgeId < b.edgeId ? -1 : 1),
  );

  const rows = Math.max(0, ...columns.flatMap((column) => column.cells.map((placed) => placed.row + 1)));
  const unplaced = flow.unplaced.map((id, row) => cell(id, -1, row));
  return { columns, unplaced, links, rows };
}
