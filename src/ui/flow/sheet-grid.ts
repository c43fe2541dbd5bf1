/**
 * The flow sheet's grid as data: the flow's columns, each with its cells and, below them, the slot that
 * starts a new point in that speech; and where each arrow key goes from a cell. Pure, so the moves are
 * tested without a browser.
 */
import type { FlowCell, FlowLayout } from "./flow-layout";

export interface SheetItem {
  /** A point's id, or `new:` and the speech for the slot below a column. */
  key: string;
  column: number;
  row: number;
  cell: FlowCell | undefined;
}

export const slotKey = (speechId: string) => `new:${speechId}`;

export function sheetColumns(layout: FlowLayout): SheetItem[][] {
  return layout.columns.map((column, c) => {
    const items: SheetItem[] = column.cells.map((cell) => ({ key: cell.id, column: c, row: cell.row, cell }));
    const last = column.cells.at(-1);
    items.push({ key: slotKey(column.speechId), column: c, row: last ? last.row + 1 : 0, cell: undefined });
    return items;
  });
}

/**
 * Where a key moves from `key`: up and down in the speech; left and right to the nearest row of the
 * next speech; with Ctrl, left and right to the top of the next speech, up and down to its ends.
 */
export function moveFrom(
  columns: SheetItem[][],
  key: string,
  arrow: string,
  ctrl: boolean,
): string | undefined {
  const c = columns.findIndex((items) => items.some((item) => item.key === key));
  const items = columns[c];
  if (!items) return undefined;
  const at = items.findIndex((item) => item.key === key);
  const here = items[at] as SheetItem;
  if (arrow === "ArrowUp") return (ctrl ? items[0] : items[at - 1])?.key;
  if (arrow === "ArrowDown") return (ctrl ? items.at(-1) : items[at + 1])?.key;
  const step = arrow === "ArrowLeft" ? -1 : arrow === "ArrowRight" ? 1 : 0;
  const next = step === 0 ? undefined : columns[c + step];
  if (!next) return undefined;
  if (ctrl) return next[0]?.key;
  return next.reduce((best, item) =>
    Math.abs(item.row - here.row) < Math.abs(best.row - here.row) ? item : best,
  ).key;
}
