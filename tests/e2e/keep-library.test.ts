/**
 * The library in Chromium: a first visit stores the essay map, an edit survives a reload, and maps can
 * be created, duplicated, deleted and brought back.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autosaveQuiet, launchBrowser, openApp } from "./browser";

async function renameOpenMap(page: Page, title: string): Promise<void> {
  await openLibrary(page);
  const row = page.locator(".keep-entry.is-open");
  await row.getByRole("button", { name: /^Rename/ }).click();
  await row.getByRole("textbox", { name: "Map title" }).fill(title);
  await row.getByRole("textbox", { name: "Map title" }).press("Enter");
}

async function openLibrary(page: Page): Promise<void> {
  const toggle = page.getByRole("button", { name: "Library", exact: true });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  // Its code loads the first time it opens.
  await page.locator(".keep-library").waitFor();
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const status = (page: Page) => page.locator(".keep-status");

describe("the library", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("stores the essay map on a first visit, and keeps an edit across a reload", async () => {
    const { page, errors } = await openApp(browser);
    await openLibrary(page);
    const entries = page.locator(".keep-entry");
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().innerText()).toContain("A Fight Against Impunity");
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("warrant:map:"))),
    ).toHaveLength(1);

    await renameOpenMap(page, "My ICC notes");
    await expect.poll(() => heading(page).innerText()).toBe("My ICC notes");
    await expect.poll(() => status(page).innerText()).toBe("Saved");

    await page.reload();
    await expect.poll(() => heading(page).innerText()).toBe("My ICC notes");
    await openLibrary(page);
    expect(await page.locator(".keep-entry").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("saves an edit made just before the page is closed", async () => {
    const { page } = await openApp(browser);
    await expect.poll(() => status(page).innerText()).toBe("Saved");
    await renameOpenMap(page, "Renamed right before leaving");
    // No waiting for the debounce: the page-hide flush has to write it.
    await page.goto("about:blank");
    await page.goBack();
    await expect.poll(() => heading(page).innerText()).toBe("Renamed right before leaving");
    await page.context().close();
  });

  it("creates, duplicates, deletes and brings back maps", async () => {
    const { page, errors } = await openApp(browser);
    await openLibrary(page);
    const library = page.getByRole("complementary", { name: "Library" });
    await library.getByRole("button", { name: "New blank map" }).click();
    await expect.poll(() => heading(page).innerText()).toBe("Untitled map");
    await expect.poll(() => page.locator(".keep-entry").count()).toBe(2);

    const essayRow = page.locator(".keep-entry", { hasText: "A Fight Against Impunity" });
    await essayRow.getByRole("button", { name: /^Duplicate/ }).click();
    await expect.poll(() => page.locator(".keep-entry").count()).toBe(3);
    expect(await page.locator(".keep-entry").allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining("(copy)")]),
    );

    await page
      .locator(".keep-entry", { hasText: "(copy)" })
      .getByRole("button", { name: /^Delete/ })
      .click();
    await expect.poll(() => page.locator(".keep-entry").count()).toBe(2);
    await page.getByRole("button", { name: "Undo delete" }).click();
    await expect.poll(() => page.locator(".keep-entry").count()).toBe(3);

    // Deleting the open map opens another one.
    await page
      .locator(".keep-entry.is-open")
      .getByRole("button", { name: /^Delete/ })
      .click();
    await expect.poll(() => heading(page).innerText()).not.toBe("Untitled map");
    await expect.poll(() => page.locator(".keep-entry").count()).toBe(2);

    await essayRow.getByRole("button", { name: "A Fight Against Impunity", exact: false }).first().click();
    await expect.poll(() => heading(page).innerText()).toContain("A Fight Against Impunity");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("never saves a generated map (?generate=N)", async () => {
    const { page, errors } = await openApp(browser, "/?generate=40");
    await expect.poll(() => heading(page).innerText()).toBe("Generated debate of 40 nodes");
    await expect.poll(() => status(page).innerText()).toBe("Not saved");
    await autosaveQuiet(page);
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith("warrant:map:")),
    );
    expect(stored).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
