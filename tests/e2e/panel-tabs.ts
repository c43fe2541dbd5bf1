/**
 * The side panel's tabs as a reader reaches them: in the row, or, when the row is too narrow for a tab,
 * in the More menu beside it.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";

const MORE = "More ▾";

/** Chooses the tab named `name`, from the row or from the More menu, and waits until it is chosen. */
export async function chooseTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if ((await tab.count()) === 0) {
    await page.getByRole("button", { name: MORE }).click();
    await page.getByRole("menu", { name: "More tabs" }).getByRole("menuitem", { name, exact: true }).click();
  } else {
    await tab.click();
  }
  await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true");
}

/** The name of every tab the panel offers: those in the row, then those in the More menu. */
export async function panelTabNames(page: Page): Promise<string[]> {
  const inRow = await page.locator(".side-panel-tabs [role=tab]:not([hidden])").allInnerTexts();
  const more = page.getByRole("button", { name: MORE });
  if ((await more.count()) === 0) return inRow;
  await more.click();
  const inMenu = await page.getByRole("menu", { name: "More tabs" }).getByRole("menuitem").allInnerTexts();
  await page.keyboard.press("Escape");
  return [...inRow, ...inMenu];
}
