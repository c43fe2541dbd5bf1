/**
 * Menus in Chromium close as menus do everywhere: the Export menu on Escape right after it was opened
 * with a click (the focus still on its button), the Filters popover on a click on the map. While the
 * Export menu's code loads, its note stands where the menu will, and the header does not move.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";

describe("menus over the map", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("close on Escape and on a click elsewhere", async () => {
    const { page, errors } = await openApp(browser);
    const exportButton = page.getByRole("button", { name: "Export ▾" });
    await exportButton.click();
    await page.getByRole("menuitem", { name: "Picture of the map (SVG)" }).waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("menu").count()).toBe(0);
    expect(await exportButton.getAttribute("aria-expanded")).toBe("false");

    await exportButton.click();
    await page.getByRole("menuitem", { name: "Picture of the map (SVG)" }).waitFor();
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await expect.poll(() => page.getByRole("menu").count()).toBe(0);

    const filters = page.getByRole("button", { name: /^Filters/ });
    await filters.click();
    await expect.poll(() => filters.getAttribute("aria-expanded")).toBe("true");
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await expect.poll(() => filters.getAttribute("aria-expanded")).toBe("false");
    await filters.click();
    await expect.poll(() => filters.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    await expect.poll(() => filters.getAttribute("aria-expanded")).toBe("false");
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it("show the Export menu's loading note in the menu's place, the header keeping its height", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: "block",
    });
    // The export formats' code is held back until the note has been looked at.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route(/ExportMenuItems-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const { page, errors } = await openApp(browser, "/", undefined, context);
    const header = page.locator(".app-header");
    const canvas = page.locator(".map-canvas");
    const exportButton = page.getByRole("button", { name: "Export ▾" });
    await exportButton.waitFor();
    const before = await header.boundingBox();
    const canvasBefore = await canvas.boundingBox();
    await exportButton.click();
    const note = page.getByRole("status").filter({ hasText: "Loading the export formats…" });
    await note.waitFor();
    const [noteBox, buttonBox, after] = await Promise.all([
      note.boundingBox(),
      exportButton.boundingBox(),
      header.boundingBox(),
    ]);
    expect(after?.height).toBe(before?.height);
    expect((await canvas.boundingBox())?.y).toBe(canvasBefore?.y);
    // Below the button, over the page, as the menu is.
    expect(noteBox && buttonBox && noteBox.y >= buttonBox.y + buttonBox.height).toBe(true);
    release();
    await page.getByRole("menuitem", { name: "Picture of the map (SVG)" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
