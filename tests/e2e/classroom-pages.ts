/** Steps the classroom browser tests share: menus, files in and out, selecting a point anywhere. */
import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { expect } from "vitest";
import type { ArgumentMap } from "../../src/model/schema";

export const flowNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
export const strip = (page: Page) => page.getByRole("region", { name: "Assignment" });

/** Selects a point wherever it is on the canvas, in view or not, as a click on it does. */
export async function selectPoint(page: Page, id: string): Promise<void> {
  await flowNode(page, id).evaluate((element) => (element as HTMLElement).click());
  await expect
    .poll(() => flowNode(page, id).locator(".argument-node").getAttribute("class"))
    .toContain("is-selected");
}

export async function classroomMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole("button", { name: "Classroom ▾" }).click();
  await page.getByRole("menu", { name: "Classroom" }).getByRole("menuitem", { name: item }).click();
}

export async function setRole(page: Page, role: "a student" | "the teacher"): Promise<void> {
  await page.getByRole("button", { name: "Classroom ▾" }).click();
  await page.getByRole("menuitemradio", { name: role }).click();
}

export async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .locator(".keep-header-controls input[type=file]")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

/** Clicks what starts a download and returns the file's name and the map in it. */
export async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; doc: ArgumentMap }> {
  const [download] = (await Promise.all([page.waitForEvent("download"), click()])) as [Download, unknown];
  const text = await readFile(await download.path(), "utf8");
  return { name: download.suggestedFilename(), doc: JSON.parse(text) as ArgumentMap };
}

export const status = (page: Page) => page.locator(".keep-status").innerText();
