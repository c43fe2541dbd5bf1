/**
 * Menus in Chromium close as menus do everywhere: the Export menu on Escape right after it was opened
 * with a click (the focus still on its button), the Filters popover on a click on the map.
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
});
