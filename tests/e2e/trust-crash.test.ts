/**
 * A part of the page that fails to draw, in Chromium. The test build breaks a part on purpose with
 * `?fault=<part>` once the map has been edited (see src/ui/crash/TestFault.tsx). The failed part says
 * so, the rest of the page keeps working, the map can still be exported, nothing is written after the
 * error, and the next visit starts on the library instead of opening that map again.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autosaveQuiet, launchBrowser, openApp } from "./browser";
import { exportedMap, flowNode, focusCanvas } from "./extend-pages";

const status = (page: Page) => page.locator(".keep-status").innerText();
const heading = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();
const storedMaps = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith("warrant:map:"))),
  );

/** Adds a claim under the thesis with the keyboard: an edit, which arms the fault. */
async function addClaimToThesis(page: Page): Promise<void> {
  await flowNode(page, "t1")
    .locator(".argument-node")
    .evaluate((node) => (node as HTMLElement).click());
  await focusCanvas(page);
  await page.keyboard.press("s");
}

describe("a part of the page that fails to draw", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("says so, keeps the rest working and the map exportable, and is not opened again", async () => {
    const { page } = await openApp(browser, "/?fault=canvas");
    await expect.poll(() => status(page)).toBe("Saved");
    const title = await heading(page);
    const before = await storedMaps(page);

    await addClaimToThesis(page);
    const failed = page.locator(".part-failed");
    await failed.waitFor();
    expect(await failed.innerText()).toContain("The map could not be shown");
    expect(await failed.innerText()).toContain("a fault put into canvas by a test");
    await expect.poll(() => status(page)).toBe("Not saved: stopped after an error");

    // The side panel still works, and edits made there are kept on screen but never written.
    await page.getByRole("tab", { name: "Outline" }).click();
    await expect.poll(() => page.getByRole("treeitem").count()).toBeGreaterThan(10);
    await page.getByRole("tab", { name: "Inspector" }).click();
    await autosaveQuiet(page);
    expect(await storedMaps(page)).toEqual(before);
    const exported = await exportedMap(page);
    expect(exported.nodes).toHaveLength(48);
    expect(exported.map.title).toBe(title);

    // The next visit starts on the library, with the map named and left as it was.
    await page.goto(new URL("/", page.url()).href);
    await page.locator(".keep-library").waitFor();
    const banner = page.getByRole("alert").filter({ hasText: "could not be shown last time" });
    expect(await banner.innerText()).toContain(`“${title}” could not be shown last time`);
    expect(await heading(page)).toBe("No map open");
    expect(await storedMaps(page)).toEqual(before);

    // Opened again by hand, it is the map as last saved, and saving goes on as usual.
    await banner.getByRole("button", { name: "Open it again" }).click();
    await expect.poll(() => heading(page)).toBe(title);
    await expect.poll(() => page.locator(".react-flow__node").count()).toBe(47);
    expect(await page.evaluate(() => localStorage.getItem("warrant:render-failures"))).toBeNull();
    await page.context().close();
  });

  it("keeps a failed side tab to itself: the canvas and the other tabs go on", async () => {
    const { page } = await openApp(browser, "/?fault=why");
    await expect.poll(() => status(page)).toBe("Saved");
    await addClaimToThesis(page);
    await page.keyboard.press("Escape");
    await page.getByRole("tab", { name: "Why" }).click();
    await expect
      .poll(() => page.locator(".side-panel .part-failed").innerText())
      .toContain("The Why tab could not be shown");
    await expect.poll(() => page.locator(".react-flow__node").count()).toBe(48);
    await page.getByRole("tab", { name: "Health" }).click();
    await expect.poll(() => page.locator(".side-panel .part-failed").count()).toBe(0);
    expect(await exportedMap(page)).toMatchObject({ nodes: expect.any(Array) });
    await page.context().close();
  });
});
