/**
 * A full quota, simulated by an init script that makes `Storage.prototype.setItem` throw the browser's
 * QuotaExceededError: the map stays on screen, a banner says it is not saved, and export still works.
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";

declare global {
  interface Window {
    quotaFull?: boolean;
  }
}

/** A page whose storage refuses every write while `window.quotaFull` is true. */
async function openWithQuotaSwitch(
  browser: Browser,
  fullFromStart: boolean,
): Promise<{ page: Page; errors: string[] }> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "block",
  });
  await context.addInitScript((full: boolean) => {
    window.quotaFull = full;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (window.quotaFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      setItem.call(this, key, value);
    };
  }, fullFromStart);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(inject("baseUrl"));
  return { page, errors };
}

const banner = (page: Page) =>
  page.getByRole("alert").filter({ hasText: "is not saved: browser storage is full" });
const status = (page: Page) => page.locator(".keep-status").innerText();

describe("a full quota", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps the map on screen, says it is not saved, and still exports it", async () => {
    const { page, errors } = await openWithQuotaSwitch(browser, true);
    await banner(page).waitFor();
    expect(await status(page)).toBe("Not saved: storage full");
    await expect.poll(() => page.locator(".react-flow__node").count()).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      banner(page).getByRole("button", { name: "Export JSON" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      "A Fight Against Impunity Cooperation in the International Criminal Court.argmap.json",
    );
    const exported = JSON.parse(await readFile((await download.path()) as string, "utf8"));
    const essay = JSON.parse(await readFile("fixtures/icc-essay.argmap.json", "utf8"));
    expect(exported).toEqual(essay);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps an edit made while storage is full and saves it once there is room again", async () => {
    const { page } = await openWithQuotaSwitch(browser, false);
    await expect.poll(() => status(page)).toBe("Saved");
    await page.evaluate(() => {
      window.quotaFull = true;
    });
    await page.getByRole("button", { name: "Library", exact: true }).click();
    const row = page.locator(".keep-entry.is-open");
    await row.getByRole("button", { name: /^Rename/ }).click();
    await row.getByRole("textbox", { name: "Map title" }).fill("Edited while full");
    await row.getByRole("textbox", { name: "Map title" }).press("Enter");
    await banner(page).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Edited while full");

    await page.evaluate(() => {
      window.quotaFull = false;
    });
    // The retry comes a few seconds later, without another edit.
    await expect.poll(() => status(page), { timeout: 10_000 }).toBe("Saved");
    await page.reload();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Edited while full");
    await page.context().close();
  });
});
