/**
 * Finding and reading points in Chromium: search, the inspector and its links, the outline by keyboard
 * alone, and the source text with its highlighted quotes.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";
import { chooseTab } from "./panel-tabs";

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const inspectorTitle = (page: Page) => page.locator("#inspector-title");

async function openEssay(browser: Browser) {
  const opened = await openApp(browser);
  await node(opened.page, "t1").waitFor({ state: "visible" });
  return opened;
}

async function isSelectedOnCanvas(page: Page, id: string): Promise<boolean> {
  return ((await node(page, id).locator(".argument-node").getAttribute("class")) ?? "").includes(
    "is-selected",
  );
}

/** Whether a node sits in the middle of the canvas (which spans x 0..920 under the bars). */
async function isCentred(page: Page, id: string): Promise<boolean> {
  const box = await node(page, id).boundingBox();
  return box ? Math.abs(box.x + box.width / 2 - 460) < 40 : false;
}

describe("finding and reading points", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("finds Nzelibe with Ctrl+F, selects that critique, centres it and shows it in the inspector", async () => {
    const { page, errors } = await openEssay(browser);
    await page.keyboard.press("Control+f");
    await page.keyboard.type("Nzelibe");
    await expect.poll(() => page.locator(".argument-node.is-match").count()).toBe(1);
    await page.keyboard.press("Enter");
    expect(await page.locator("#map-search-status").innerText()).toBe("1 of 1");
    await expect.poll(() => isSelectedOnCanvas(page, "k1")).toBe(true);
    await expect.poll(() => inspectorTitle(page).innerText()).toBe("Ku & Nzelibe: no meaningful deterrence");
    expect(await page.locator(".inspector-kind").textContent()).toContain("Critique");
    await expect.poll(() => isCentred(page, "k1")).toBe(true);
    // "/" also jumps to the search field.
    await page.locator("body").click({ position: { x: 5, y: 790 } });
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("map-search");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows sources as safe links and relations as links to the other end", async () => {
    const { page, errors } = await openEssay(browser);
    await page.getByRole("searchbox", { name: "Search the map" }).fill("Nzelibe");
    await page.getByRole("searchbox", { name: "Search the map" }).press("Enter");
    await expect.poll(() => inspectorTitle(page).innerText()).toBe("Ku & Nzelibe: no meaningful deterrence");
    const links = await page.locator(".inspector a").evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: a.getAttribute("href"),
        target: a.getAttribute("target"),
        rel: a.getAttribute("rel"),
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.target).toBe("_blank");
      expect(link.rel?.split(" ")).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
    }
    expect(await page.locator(".inspector cite").first().innerText()).toContain("Julian Ku and Jide Nzelibe");
    await page
      .locator(".inspector .relation-list")
      .getByRole("button", { name: /The court deters atrocities/ })
      .click();
    await expect.poll(() => inspectorTitle(page).innerText()).toBe("The court deters atrocities");
    await expect.poll(() => isSelectedOnCanvas(page, "c14")).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("works the outline with the keyboard alone, its selection shared with the canvas", async () => {
    const { page, errors } = await openEssay(browser);
    const inspectorTab = page.getByRole("tab", { name: "Inspector" });
    await inspectorTab.focus();
    // Inspector, Why, Health, then Outline.
    for (const name of ["Why", "Health", "Outline"]) {
      await page.keyboard.press("ArrowRight");
      expect(await page.getByRole("tab", { name }).getAttribute("aria-selected")).toBe("true");
    }
    // The Outline's code loads the first time the tab is chosen.
    await page.getByRole("tree").waitFor();
    await page.keyboard.press("Tab");
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return {
          role: element?.getAttribute("role"),
          id: element?.getAttribute("data-node-id"),
          level: element?.getAttribute("aria-level"),
          expanded: element?.getAttribute("aria-expanded"),
        };
      });
    expect(await focused()).toEqual({ role: "treeitem", id: "t1", level: "1", expanded: "true" });
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toMatchObject({ id: "c1", level: "2", expanded: "true" });
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toMatchObject({ id: "c1", expanded: "false" });
    await page.keyboard.press("ArrowDown");
    expect((await focused()).level).toBe("2");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toMatchObject({ id: "c1", expanded: "true" });
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toMatchObject({ id: "c2", level: "3" });
    await page.keyboard.press("Enter");
    await expect.poll(() => isSelectedOnCanvas(page, "c2")).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toMatchObject({ id: "c1" });
    await page.keyboard.press("End");
    expect((await focused()).role).toBe("treeitem");
    await page.keyboard.press("Home");
    expect(await focused()).toMatchObject({ id: "t1" });
    // A node with two parents is listed once in full and elsewhere as a reference.
    expect(await page.locator('[role="treeitem"][data-node-id="ev5"]:not([data-reference])').count()).toBe(1);
    expect(await page.locator('[role="treeitem"][data-node-id="ev5"][data-reference]').count()).toBe(1);
    // The inspector shows what Enter selected.
    await page.getByRole("tab", { name: "Inspector" }).click();
    await expect.poll(() => inspectorTitle(page).innerText()).toBe("1990s genocides exposed the gap");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("highlights quotes in the source text, selecting from either side", async () => {
    const { page, errors } = await openEssay(browser);
    await chooseTab(page, "Source text");
    expect(await page.locator(".source-coverage").innerText()).toMatch(
      /^Quotes cover \d+% of the text \(47 of 47 quotes found\)\.$/,
    );
    await page.locator('.quote-mark[data-node-ids~="k1"]').first().click();
    await expect.poll(() => isSelectedOnCanvas(page, "k1")).toBe(true);
    await expect.poll(() => isCentred(page, "k1")).toBe(true);
    // The claim the critique attacks sits just above it on the canvas.
    await node(page, "c14").click();
    await expect
      .poll(() => page.locator('.quote-mark.is-selected[data-node-ids~="c14"]').count())
      .toBeGreaterThan(0);
    expect(await page.locator('.quote-mark.is-selected[data-node-ids~="k1"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
