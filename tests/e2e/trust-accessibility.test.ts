/**
 * An accessibility engine (axe-core) finds nothing serious or critical on the canvas, each side tab, the
 * export menu, the brief, the library, the dialogs (paste, import report and preview, share) and the
 * shortcut overlay; and a reader who asks for reduced motion gets none.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityProblems } from "./axe";
import { launchBrowser, openApp, viewAtRest } from "./browser";
import { flowNode, focusCanvas } from "./extend-pages";
import { chooseTab, panelTabNames } from "./panel-tabs";

const status = (page: Page) => page.locator(".keep-status").innerText();

async function selectPoint(page: Page, id: string): Promise<void> {
  await flowNode(page, id)
    .locator(".argument-node")
    .evaluate((node) => (node as HTMLElement).click());
}

describe("accessibility", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("has nothing serious on the canvas, in any side tab, the library, the dialogs or the shortcuts", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const found: Record<string, string[]> = {};
    found.canvas = await seriousAccessibilityProblems(page);

    await selectPoint(page, "k1");
    // Every tab the panel offers, read from the page, so that a tab added later is checked too.
    const tabs = await panelTabNames(page);
    expect(tabs.length).toBeGreaterThanOrEqual(5);
    for (const tab of tabs) {
      await chooseTab(page, tab);
      await page.locator(".side-panel-body").waitFor();
      // A tab's code loads the first time it is chosen: check what it shows, not its loading note.
      await expect.poll(() => page.locator(".side-panel-body .on-demand-note").count()).toBe(0);
      found[tab] = await seriousAccessibilityProblems(page, ".side-panel");
    }
    // However many tabs there are, nothing is wider than the window: the page never scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole("button", { name: "Export ▾" }).click();
    await page.getByRole("menuitem").first().waitFor();
    found["export menu"] = await seriousAccessibilityProblems(page, ".interop-export");
    await page.getByRole("menuitem", { name: "Printable brief…" }).click();
    await page.getByRole("dialog", { name: "Debate brief" }).waitFor();
    found.brief = await seriousAccessibilityProblems(page);
    // It takes the focus, so Escape closes it.
    await page.keyboard.press("Escape");
    await page.getByRole("dialog", { name: "Debate brief" }).waitFor({ state: "detached" });

    await page.getByRole("button", { name: "Library", exact: true }).click();
    await page.locator(".keep-library").waitFor();
    found.library = await seriousAccessibilityProblems(page);
    await page.getByRole("button", { name: "Paste a map…" }).click();
    await page.getByRole("dialog", { name: "Paste a map" }).waitFor();
    found["paste dialog"] = await seriousAccessibilityProblems(page);
    await page.getByRole("dialog", { name: "Paste a map" }).getByRole("textbox").fill("not a map");
    await page.getByRole("button", { name: "Import as a new map" }).click();
    await page.getByRole("dialog", { name: "Nothing was imported" }).waitFor();
    found["import report"] = await seriousAccessibilityProblems(page);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    // A file in another format is previewed, with what it keeps and drops, before it is imported.
    await page.getByRole("button", { name: "Paste a map…" }).click();
    await page.getByRole("dialog", { name: "Paste a map" }).getByRole("textbox").fill("p af 2\n1 2\n");
    await page
      .getByRole("dialog", { name: "Paste a map" })
      .getByRole("button", { name: "Import as a new map" })
      .click();
    const preview = page.getByRole("dialog", { name: "Import “ICCMA 2023 framework”" });
    await preview.waitFor();
    found["import preview"] = await seriousAccessibilityProblems(page);
    await preview.getByRole("button", { name: "Close" }).click();
    await page.locator(".keep-library").getByRole("button", { name: "Close" }).click();

    await page.getByRole("button", { name: "Share link" }).click();
    await page.getByRole("dialog", { name: "Share link" }).waitFor();
    found["share dialog"] = await seriousAccessibilityProblems(page);
    await page.keyboard.press("Escape");

    await focusCanvas(page);
    await page.keyboard.press("?");
    await page.getByRole("dialog").first().waitFor();
    found.shortcuts = await seriousAccessibilityProblems(page);
    await page.keyboard.press("Escape");

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((part) => [part, []])));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("moves the view without animation and runs no CSS animation when reduced motion is asked for", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: "reduce",
      serviceWorkers: "block",
    });
    const { page } = await openApp(browser, "/", undefined, context);
    await expect.poll(() => status(page)).toBe("Saved");
    const transform = () =>
      page.locator(".react-flow__viewport").evaluate((element) => getComputedStyle(element).transform);
    await focusCanvas(page);
    const before = await transform();
    // One frame after the key, a zoom without animation is already where it ends.
    await page.keyboard.press("+");
    const oneFrameLater = await page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          requestAnimationFrame(() =>
            resolve(getComputedStyle(document.querySelector(".react-flow__viewport") as Element).transform),
          ),
        ),
    );
    // Had the zoom animated, the view would come to rest somewhere else than where it was one frame in.
    await viewAtRest(page);
    expect(oneFrameLater).not.toBe(before);
    expect(oneFrameLater).toBe(await transform());
    const running = await page.evaluate(
      () => document.getAnimations().filter((animation) => animation.playState === "running").length,
    );
    expect(running).toBe(0);
    await context.close();
  });
});
