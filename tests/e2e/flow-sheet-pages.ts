/** What the flow sheet's browser tests share: finding the grid and its cells, typing, opening a round. */
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { openApp } from "./browser";
import { importFile } from "./classroom-pages";

export const grid = (page: Page) => page.getByRole("grid", { name: "Flow of the round" });
export const cellWith = (page: Page, words: string) =>
  grid(page).getByRole("gridcell").filter({ hasText: words });
export const typingBox = (page: Page) => grid(page).locator("textarea.flow-cell-input");

/** Types the words of the cell being typed into, and waits until they show. */
export async function typeWords(page: Page, words: string): Promise<void> {
  await typingBox(page).waitFor();
  await page.keyboard.type(words);
  await expect.poll(() => typingBox(page).inputValue()).toBe(words);
}

/** Opens the app, imports `text` as a map titled `title`, and switches to the flow sheet. */
export async function openRoundOnSheet(
  browser: Browser,
  title: string,
  text: string,
  viewport?: { width: number; height: number },
) {
  const opened = await openApp(browser, "/", viewport);
  const { page } = opened;
  await page.locator(".react-flow__node").first().waitFor({ state: "visible" });
  await importFile(page, "round.argmap.json", text);
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await page.getByRole("button", { name: "Flow", exact: true }).click();
  await grid(page).waitFor();
  return opened;
}

/**
 * Extends the point showing `extended` into its side's next speech (`speech`) and crosses out the one
 * showing `crossed`, each waited for on the sheet; gives back the two marks, to count through undo and redo.
 */
export async function extendAndCrossOut(page: Page, extended: string, speech: string, crossed: string) {
  await cellWith(page, extended).focus();
  await page.keyboard.press("Control+e");
  const extension = grid(page).locator(`[data-speech="${speech}"].extension`);
  await expect.poll(() => extension.count()).toBe(1);
  await cellWith(page, crossed).focus();
  await page.keyboard.press("Control+Shift+X");
  const crossedOut = grid(page).locator(".crossed-out");
  await expect.poll(() => crossedOut.count()).toBe(1);
  return { extension, crossedOut };
}

/**
 * The cells of the sheet that do not lie within the column of their speech (each as "speech: words"):
 * what a row that laid out columns of its own would show.
 */
export async function cellsOutsideTheirColumn(page: Page): Promise<string[]> {
  return grid(page).evaluate((sheet) => {
    // Each speech's column is where its heading is.
    const columns = new Map(
      [...sheet.querySelectorAll("th")].map((heading) => [
        heading.querySelector(".flow-speech-id")?.textContent ?? "",
        heading.getBoundingClientRect(),
      ]),
    );
    const outside: string[] = [];
    for (const cell of sheet.querySelectorAll<HTMLElement>("td[data-speech]")) {
      const column = columns.get(cell.dataset.speech ?? "");
      const box = cell.getBoundingClientRect();
      if (!column || box.left < column.left - 0.5 || box.right > column.right + 0.5) {
        outside.push(`${cell.dataset.speech}: ${cell.textContent}`);
      }
    }
    return outside;
  });
}

/** Starts the flow of the empty speech `speech` by keyboard (its `+` cell, Enter) and types `words` into it. */
export async function startSpeech(page: Page, speech: string, words: string): Promise<void> {
  await grid(page)
    .getByRole("gridcell", { name: `New point in the ${speech}` })
    .focus();
  await page.keyboard.press("Enter");
  await typeWords(page, words);
}
