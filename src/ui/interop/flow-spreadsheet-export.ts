/**
 * The flow of the open map out to spreadsheets, each a download named after the map: CSV (one table) and
 * an Excel workbook (.xlsx, one sheet for the round's flow). Both hold `flowGrid`: one column per speech,
 * answers on the rows of what they answer, as the flow sheet shows them. The CSV writer is small; the
 * workbook's library (ExcelJS) is large and loads only when a workbook is asked for.
 */
import { computeFlow, flowGrid } from "../../analysis";
import type { ArgumentMap } from "../../model/schema";
import { downloadText, downloadUrl } from "../storage/download";
import { mapFileName } from "../storage/file-name";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type FlowSpreadsheet = "csv" | "xlsx";

/** Downloads the flow; returns what to tell the debater. */
export async function exportFlowSpreadsheet(doc: ArgumentMap, kind: FlowSpreadsheet): Promise<string> {
  const grid = flowGrid(doc, computeFlow(doc));
  const fileName = mapFileName(`${doc.map.title} flow`, `.${kind}`);
  const size = `${grid.header.length} ${grid.header.length === 1 ? "column" : "columns"}, ${grid.rows.length} ${grid.rows.length === 1 ? "row" : "rows"}`;
  if (kind === "csv") {
    const { tableCsv } = await import("../../io/sheets/csv");
    // The byte order mark tells Excel the file is UTF-8, so accented words open as they were typed.
    downloadText(`\uFEFF${tableCsv(grid)}`, fileName, "text/csv;charset=utf-8");
    return `Saved ${fileName} (${size}).`;
  }
  const { writeWorkbook } = await import("../../io/sheets/xlsx");
  const written = await writeWorkbook([grid]);
  const url = URL.createObjectURL(new Blob([written.bytes as BlobPart], { type: XLSX_TYPE }));
  downloadUrl(url, fileName);
  // Revoked later, as downloadText does: the browser may start reading the file after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  const replaced =
    written.replacedCells === 0
      ? ""
      : ` In ${written.replacedCells} ${written.replacedCells === 1 ? "cell" : "cells"}, characters a workbook cannot hold were replaced by �.`;
  return `Saved ${fileName} (${size}).${replaced}`;
}
