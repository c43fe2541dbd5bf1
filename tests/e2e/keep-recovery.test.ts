/**
 * Stored data the app cannot read is never written over: a damaged map is backed up and reported, with
 * its raw text for export and a reset; a map from a newer Warrant is left untouched.
 */
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";

const status = (page: Page) => page.locator(".keep-status").innerText();

/** The stored maps: key and raw value. */
const storedMaps = (page: Page) =>
  page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith("warrant:map:")));

describe("stored data that cannot be read", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("backs up a damaged map, says so, keeps it unwritten, and offers its raw text and a reset", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const [[key, value]] = (await storedMaps(page)) as [[string, string]];
    const damaged = value.slice(0, value.length - 500);
    await page.evaluate(({ k, v }) => localStorage.setItem(k, v), { k: key, v: damaged });

    await page.reload();
    const banner = page.getByRole("alert").filter({ hasText: "could not be read" });
    await banner.waitFor();
    expect(await banner.innerText()).toContain("A Fight Against Impunity");
    expect(await banner.innerText()).toContain("not valid JSON");
    // A readable map is open instead (the essay map again, as a new entry), and saved.
    await expect.poll(() => status(page)).toBe("Saved");
    const backup = await page.evaluate(
      (k) => localStorage.getItem(k.replace("warrant:map:", "warrant:backup:")),
      key,
    );
    expect(backup).toBe(damaged);
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(damaged);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      banner.getByRole("button", { name: "Export raw text" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.recovered\.json$/);
    expect(await readFile((await download.path()) as string, "utf8")).toBe(
      damaged.slice(damaged.indexOf("\n") + 1),
    );

    await banner.getByRole("button", { name: "Reset (delete it)" }).click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
    // Errors the page logged would show in the console; none are expected.
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("leaves a map saved by a newer version untouched and says why it cannot open", async () => {
    const { page } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const [[key, value]] = (await storedMaps(page)) as [[string, string]];
    const newer = value.replace('"version": 3', '"version": 4').replace('"version":3', '"version":4');
    expect(newer).not.toBe(value);
    await page.evaluate(({ k, v }) => localStorage.setItem(k, v), { k: key, v: newer });

    await page.reload();
    const banner = page.getByRole("alert").filter({ hasText: "newer version of Warrant" });
    await banner.waitFor();
    await expect.poll(() => status(page)).toBe("Saved");
    await page.getByRole("button", { name: "Library", exact: true }).click();
    await page.locator(".keep-entry").first().waitFor();
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(newer);
    expect(
      await page.evaluate((k) => localStorage.getItem(k.replace("warrant:map:", "warrant:backup:")), key),
    ).toBeNull();
    await page.context().close();
  });
});
