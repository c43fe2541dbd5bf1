/**
 * Tables of text as an Excel workbook (.xlsx, Office Open XML), one worksheet per table, written by
 * ExcelJS: a maintained library that writes and reads the format without a network or native code, in
 * Node (the command line, the tests) and in the browser. It is large, so it is loaded only when a workbook
 * is written: the first screen never carries it.
 *
 * Each sheet has its header row in bold and frozen, wide columns whose text wraps, and every cell written
 * as text (never a formula, whatever it starts with). Characters XML cannot hold (control characters, lone
 * surrogates) become U+FFFD, and the cells where that happened are counted, so the caller can say so.
 */
import { xmlSafe } from "../picture/xml-text";
import type { SheetTable } from "./sheet-table";

export interface WrittenWorkbook {
  bytes: Uint8Array;
  /** How many cells had characters a workbook cannot hold replaced. */
  replacedCells: number;
}

/** Excel refuses these in a sheet's name, and names longer than 31 characters. */
const NOT_IN_SHEET_NAME = /[[\]:*?/\\]/gu;
const SHEET_NAME_LENGTH = 31;
const COLUMN_WIDTH = 34;

/** The sheets' names: each table's title made a legal name, told apart by a number when two are alike. */
export function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base =
      Array.from(
        xmlSafe(title)
          .replace(NOT_IN_SHEET_NAME, " ")
          .replace(/\s+/gu, " ")
          .replace(/^'+|'+$/gu, "")
          .trim(),
      )
        .slice(0, SHEET_NAME_LENGTH)
        .join("")
        .trim() || "Sheet";
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${Array.from(base)
        .slice(0, SHEET_NAME_LENGTH - suffix.length)
        .join("")
        .trim()}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

export async function writeWorkbook(tables: readonly SheetTable[]): Promise<WrittenWorkbook> {
  const loaded = await import("exceljs");
  // The browser build is a bundle whose namespace is the default export; Node's is the module itself.
  const ExcelJS = (loaded as unknown as { default?: typeof loaded }).default ?? loaded;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Warrant";
  let replacedCells = 0;
  const safe = (text: string) => {
    const kept = xmlSafe(text);
    if (kept !== text) replacedCells++;
    return kept;
  };
  const names = sheetNames(tables.map((table) => table.title));
  tables.forEach((table, i) => {
    const sheet = workbook.addWorksheet(names[i], { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.header.map(() => ({ width: COLUMN_WIDTH }));
    const header = sheet.addRow(table.header.map(safe));
    header.font = { bold: true };
    // An empty cell is left unwritten, as a spreadsheet's own empty cells are.
    for (const row of table.rows) sheet.addRow(row.map((text) => (text === "" ? null : safe(text))));
    sheet.eachRow((row) => {
      row.alignment = { wrapText: true, vertical: "top" };
    });
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), replacedCells };
}
