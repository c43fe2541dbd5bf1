/**
 * The flow out to spreadsheets: the table is the flow sheet cell for cell (the same rows as the sheet on
 * screen, answers level with what they answer), and the CSV and the .xlsx workbook, read back by ExcelJS
 * (the library that writes the workbook), hold that table cell for cell.
 */
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeFlow, flowGrid, UNPLACED_HEADER } from "../../../../src/analysis";
import { csvText, tableCsv } from "../../../../src/io/sheets/csv";
import { sheetNames, writeWorkbook } from "../../../../src/io/sheets/xlsx";
import { flowSpeeches, formatOfMap } from "../../../../src/model/debate-formats";
import type { ArgumentMap } from "../../../../src/model/schema";
import { layoutFlow } from "../../../../src/ui/flow/flow-layout";

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;

/** The essay with its points placed in the speeches chosen (undefined: in no speech). */
function placed(speeches: (string | undefined)[]): ArgumentMap {
  return {
    ...essay,
    nodes: essay.nodes.map((node, i) => {
      const { speech: _was, ...rest } = node;
      const speech = speeches[i % speeches.length];
      return speech === undefined ? rest : { ...rest, speech };
    }),
  };
}

/** What the flow sheet on screen shows, as a table: its columns' cells at their rows, then the unplaced. */
function sheetCells(doc: ArgumentMap): Map<string, string> {
  const layout = layoutFlow(doc, computeFlow(doc));
  const cells = new Map<string, string>();
  layout.columns.forEach((column, c) => {
    for (const cell of column.cells) cells.set(`${cell.row},${c}`, cell.words);
  });
  for (const cell of layout.unplaced) cells.set(`${cell.row},${layout.columns.length}`, cell.words);
  return cells;
}

function gridCells(rows: readonly (readonly string[])[]): Map<string, string> {
  const cells = new Map<string, string>();
  rows.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text !== "") cells.set(`${r},${c}`, text);
    });
  });
  return cells;
}

describe("the flow as a table", () => {
  it("is the flow sheet cell for cell, one column per speech, answers on the rows of what they answer", () => {
    const grid = flowGrid(essay, computeFlow(essay));
    const flow = computeFlow(essay);
    expect(grid.header.map((title) => title.split(" ")[0])).toEqual(flow.speeches.map((s) => s.id));
    expect(gridCells(grid.rows)).toEqual(sheetCells(essay));
    // An answer sits level with what it answers: the first rebuttal's row holds the critique it answers.
    const answer = flow.answers.get("k1")?.[0];
    const row = grid.ids.findIndex((ids) => ids.includes("k1"));
    expect(answer && grid.ids[row]).toContain(answer?.by);
  });

  it("stays the sheet cell for cell wherever the points are placed, the unplaced in a column of their own", () => {
    const speeches = flowSpeeches(formatOfMap(essay.map)).map((speech) => speech.id);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...speeches, undefined), { minLength: 1, maxLength: 12 }),
        (at) => {
          const doc = placed(at);
          const flow = computeFlow(doc);
          const grid = flowGrid(doc, flow);
          expect(gridCells(grid.rows)).toEqual(sheetCells(doc));
          expect(grid.header.includes(UNPLACED_HEADER)).toBe(flow.unplaced.length > 0);
          // Every point is in exactly one cell.
          const listed = grid.ids.flat().filter((id) => id !== undefined);
          expect([...listed].sort()).toEqual(doc.nodes.map((node) => node.id).sort());
          for (const row of grid.rows) expect(row.length).toBe(grid.header.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the flow as CSV and as a workbook", () => {
  const flow = computeFlow(essay);
  const grid = flowGrid(essay, flow);

  it("reads back from CSV cell for cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.read(Readable.from([tableCsv(grid)]), {
      map: (value: unknown) => value,
    } as never);
    const read = rowsOf(sheet, grid.header.length);
    expect(read[0]).toEqual(grid.header.map(csvText));
    expect(read.slice(1)).toEqual(grid.rows.map((row) => row.map(csvText)));
  });

  it("reads back from .xlsx cell for cell, one sheet named after the map, its header bold", async () => {
    const written = await writeWorkbook([grid]);
    expect(written.replacedCells).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written.bytes as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(sheetNames([essay.map.title]));
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const read = rowsOf(sheet, grid.header.length);
    expect(read).toEqual([grid.header, ...grid.rows]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it("keeps text that looks like a formula as text, and characters a workbook cannot hold replaced and counted", async () => {
    const table = {
      title: "What: a [flow]?",
      header: ["1AC", "1NC"],
      rows: [
        ['=HYPERLINK("http://example.org")', "+1 more"],
        ["bell\u0007here", ""],
      ],
    };
    const written = await writeWorkbook([table, { ...table, title: "What  a  flow " }]);
    expect(written.replacedCells).toBe(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written.bytes as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["What a flow", "What a flow (2)"]);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell("A2").value).toBe('=HYPERLINK("http://example.org")');
    expect(sheet.getCell("A2").formula).toBeUndefined();
    expect(sheet.getCell("A3").value).toBe("bell\uFFFDhere");
  });
});

/** The sheet's cells as text, `width` to a row, an empty cell as "". */
function rowsOf(sheet: ExcelJS.Worksheet, width: number): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(
      Array.from({ length: width }, (_, c) => {
        const value = row.getCell(c + 1).value;
        return value === null || value === undefined ? "" : String(value);
      }),
    );
  }
  return rows;
}
