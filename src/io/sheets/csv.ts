/**
 * A table of text as CSV (RFC 4180): fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a quote, a line break or a space at either end, quotes doubled inside. Every record has
 * the table's width, so a spreadsheet reads the columns as they were.
 *
 * A field that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) gets a leading apostrophe, which Excel and LibreOffice read as "this is text": a map from
 * someone else can never make a spreadsheet compute or fetch anything when its flow is opened.
 */

import type { SheetTable } from "./sheet-table";

const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/u;

/** The field as a spreadsheet shows it: text that would start a formula is kept as text. */
export function csvText(field: string): string {
  return FORMULA_START.test(field) ? `'${field}` : field;
}

export function csvField(field: string): string {
  const text = csvText(field);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeCsv(records: readonly (readonly string[])[]): string {
  const width = Math.max(0, ...records.map((record) => record.length));
  return records
    .map((record) => Array.from({ length: width }, (_, i) => csvField(record[i] ?? "")).join(","))
    .map((line) => `${line}\r\n`)
    .join("");
}

/** The table as CSV: its header, then its rows. */
export function tableCsv(table: SheetTable): string {
  return writeCsv([table.header, ...table.rows]);
}
