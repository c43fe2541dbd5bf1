/**
 * The flow out to spreadsheets in Chromium: the Export menu downloads the essay round's flow as CSV and as
 * an .xlsx workbook (its library loaded on demand in the page), and ExcelJS reads both back to the flow
 * cell for cell, as the app computes it (src/analysis on the same map).
 */
import { createReadStream, readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeFlow, flowGrid } from "../../src/analysis";
import { csvText } from "../../src/io/sheets/csv";
import type { ArgumentMap } from "../../src/model/schema";
import { launchBrowser, openApp } from "./browser";

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
const grid = flowGrid(essay, computeFlow(essay));

async function download(page: Page, item: string) {
  await page.getByRole("button", { name: "Export ▾" }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: item }).click(),
  ]);
  return { name: file.suggestedFilename(), path: (await file.path()) as string };
}

function cells(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(
      grid.header.map((_, c) => {
        const value = row.getCell(c + 1).value;
        return value === null || value === undefined ? "" : String(value);
      }),
    );
  }
  return rows;
}

describe("the flow out to spreadsheets", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("downloads the flow as CSV and as .xlsx, each read back to the flow cell for cell", async () => {
    const { page, errors } = await openApp(browser);
    await page.locator('.react-flow__node[data-id="t1"]').waitFor({ state: "visible" });
    const stem = essay.map.title.replace(/:/g, " ").replace(/\s+/g, " ").trim();

    const csv = await download(page, "Flow of the round (CSV)");
    expect(csv.name).toBe(`${stem} flow.csv`);
    const fromCsv = new ExcelJS.Workbook();
    const csvSheet = await fromCsv.csv.read(createReadStream(csv.path), {
      map: (value: unknown) => value,
    } as never);
    const readCsv = cells(csvSheet);
    // The byte order mark that tells Excel the file is UTF-8 is not part of the first header.
    (readCsv[0] as string[])[0] = (readCsv[0]?.[0] ?? "").replace(/^\uFEFF/u, "");
    expect(readCsv).toEqual([grid.header, ...grid.rows].map((row) => row.map(csvText)));

    const xlsx = await download(page, "Flow of the round (Excel .xlsx)");
    expect(xlsx.name).toBe(`${stem} flow.xlsx`);
    const fromXlsx = new ExcelJS.Workbook();
    await fromXlsx.xlsx.readFile(xlsx.path);
    expect(fromXlsx.worksheets).toHaveLength(1);
    expect(cells(fromXlsx.worksheets[0] as ExcelJS.Worksheet)).toEqual([grid.header, ...grid.rows]);
    await expect
      .poll(() => page.locator(".keep-notice, [role=status]").allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining(`Saved ${stem} flow.xlsx`)]));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
