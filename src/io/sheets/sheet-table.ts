/** A table of text to write as a spreadsheet: a header row over rows of cells ("" for an empty cell). */
export interface SheetTable {
  /** The sheet's name (in a workbook) or the file's subject. */
  title: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
}
