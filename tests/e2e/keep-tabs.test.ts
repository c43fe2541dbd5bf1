/**
 * Two tabs of one browser on the same map: edits made in turn reach the other tab and nothing is lost;
 * edits made at the same time end in a conflict message, and neither tab's work is written over.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openApp } from "./browser";

async function openLibrary(page: Page): Promise<void> {
  const toggle = page.getByRole("button", { name: "Library", exact: true });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  // Its code loads the first time it opens.
  await page.locator(".keep-library").waitFor();
}

/** Types a new title for the open map; the returned function commits it. */
async function prepareRename(page: Page, title: string): Promise<() => Promise<void>> {
  await openLibrary(page);
  const row = page.locator(".keep-entry.is-open");
  await row.getByRole("button", { name: /^Rename/ }).click();
  const input = row.getByRole("textbox", { name: "Map title" });
  await input.fill(title);
  return () => input.press("Enter");
}

async function renameOpenMap(page: Page, title: string): Promise<void> {
  await (await prepareRename(page, title))();
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();
const status = (page: Page) => page.locator(".keep-status").innerText();
const conflictBanner = (page: Page) =>
  page.getByRole("alert").filter({ hasText: "Another tab saved newer changes" });

describe("two tabs", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("editing in turn, each tab sees the other's work and nothing is lost", async () => {
    const { page: first, errors } = await openApp(browser);
    await expect.poll(() => status(first)).toBe("Saved");
    const second = await first.context().newPage();
    await second.goto(inject("baseUrl"));
    await expect.poll(() => status(second)).toBe("Saved");

    await renameOpenMap(first, "Alpha");
    await expect.poll(() => status(first)).toBe("Saved");
    await expect.poll(() => heading(second)).toBe("Alpha");

    await renameOpenMap(second, "Alpha and Beta");
    await expect.poll(() => status(second)).toBe("Saved");
    await expect.poll(() => heading(first)).toBe("Alpha and Beta");
    expect(await status(first)).toBe("Saved");

    await first.reload();
    await expect.poll(() => heading(first)).toBe("Alpha and Beta");
    expect(await conflictBanner(first).count()).toBe(0);
    expect(await conflictBanner(second).count()).toBe(0);
    expect(errors).toEqual([]);
    await first.context().close();
  });

  it("editing at the same time, the later tab shows the conflict and keeps its work as a copy", async () => {
    const { page: first } = await openApp(browser);
    await expect.poll(() => status(first)).toBe("Saved");
    const second = await first.context().newPage();
    await second.goto(inject("baseUrl"));
    await expect.poll(() => status(second)).toBe("Saved");

    // Both edits land within one debounce, so whichever tab writes second finds the other's work.
    const commits = [
      await prepareRename(first, "Edited in the first tab"),
      await prepareRename(second, "Edited in the second tab"),
    ];
    await Promise.all(commits.map((commit) => commit()));
    const conflicted = async () =>
      (await conflictBanner(first).count()) + (await conflictBanner(second).count());
    await expect.poll(conflicted, { timeout: 5_000 }).toBe(1);
    const loser = (await conflictBanner(first).count()) === 1 ? first : second;
    const winner = loser === first ? second : first;
    const winnerTitle = await heading(winner);
    const loserTitle = await heading(loser);
    expect(loserTitle).not.toBe(winnerTitle);
    expect(await status(loser)).toBe("Not saved: changed in another tab");

    await loser.getByRole("button", { name: "Keep this tab's changes as a copy" }).click();
    await expect.poll(() => status(loser)).toBe("Saved");
    expect(await heading(loser)).toBe(`${loserTitle} (this tab's copy)`);

    // Both edits are in the library, and the winner's map still holds the winner's edit.
    for (const page of [first, second]) {
      await page.reload();
      await openLibrary(page);
      const titles = await page.locator(".keep-entry-open").allInnerTexts();
      expect(titles).toEqual(expect.arrayContaining([winnerTitle, `${loserTitle} (this tab's copy)`]));
    }
    await first.context().close();
  });
});
