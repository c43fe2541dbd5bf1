/**
 * Typing is never lost: words typed in the inspector's Text box, on the canvas or in a flow cell, not
 * yet given to the map (the field still has focus), are kept across a reload, and offered back after a
 * crash; and leaving a tab whose changes could not be stored asks first, while leaving one whose changes
 * are saved does not.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";
import { importFile } from "./classroom-pages";
import { flowNode, focusCanvas, inlineEditor, nodeWithText } from "./extend-pages";
import { crash, storedMapsText } from "./library-pages";

const status = (page: Page) => page.locator(".keep-status").innerText();
const typingDraft = (page: Page) => page.evaluate(() => localStorage.getItem("warrant:typing") ?? "");
const textBox = (page: Page) => page.getByRole("textbox", { name: "Text", exact: true });

async function inspect(page: Page, id: string): Promise<void> {
  await flowNode(page, id).click();
  await page.getByRole("tab", { name: "Inspector" }).click();
  await textBox(page).waitFor();
}

/** Closes the page as a person would, and says whether it asked before leaving. */
async function closeAsked(page: Page): Promise<boolean> {
  let asked = false;
  page.on("dialog", (dialog) => {
    if (dialog.type() === "beforeunload") asked = true;
    void dialog.accept();
  });
  const closed = new Promise((resolve) => page.once("close", resolve));
  await page.close({ runBeforeUnload: true });
  await closed;
  return asked;
}

describe("typing and leaving", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps words still being typed in the inspector across a reload", async () => {
    const { page, errors } = await openApp(browser);
    await flowNode(page, "t1").waitFor({ state: "visible" });
    await expect.poll(() => status(page)).toBe("Saved");
    await inspect(page, "t1");
    await textBox(page).fill("Words typed and never left");
    // Still in the field: nothing was given to the map yet.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");

    await page.reload();
    await flowNode(page, "t1").waitFor({ state: "visible" });
    await inspect(page, "t1");
    expect(await textBox(page).inputValue()).toBe("Words typed and never left");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("offers back words still being typed when the tab crashed, in the inspector and on the canvas", async () => {
    const { page, errors } = await openApp(browser);
    await flowNode(page, "t1").waitFor({ state: "visible" });
    await expect.poll(() => status(page)).toBe("Saved");
    await inspect(page, "t1");
    await textBox(page).fill("Words typed when the tab crashed");
    await expect.poll(() => typingDraft(page)).toContain("Words typed when the tab crashed");
    await crash(page);

    const next = await page.context().newPage();
    await next.goto(new URL("/", page.url()).href);
    await flowNode(next, "t1").waitFor({ state: "visible" });
    const offer = next.locator(".keep-banner").filter({ hasText: "were not kept when the page last closed" });
    expect(await offer.innerText()).toContain("“Words typed when the tab crashed”");
    await offer.getByRole("button", { name: "Put them back" }).click();
    await inspect(next, "t1");
    expect(await textBox(next).inputValue()).toBe("Words typed when the tab crashed");
    await expect.poll(() => storedMapsText(next)).toContain("Words typed when the tab crashed");

    // On the canvas: a new claim, its words typed and the tab gone before they were left.
    await flowNode(next, "t1").click();
    await expect.poll(() => status(next)).toBe("Saved");
    await focusCanvas(next);
    await next.keyboard.press("s");
    await inlineEditor(next).waitFor({ state: "visible" });
    await expect.poll(() => status(next)).toBe("Saved");
    await next.keyboard.type("A claim typed when the tab crashed");
    await expect.poll(() => typingDraft(next)).toContain("A claim typed when the tab crashed");
    await crash(next);

    const last = await page.context().newPage();
    await last.goto(new URL("/", page.url()).href);
    await flowNode(last, "t1").waitFor({ state: "visible" });
    await last
      .locator(".keep-banner")
      .filter({ hasText: "“A claim typed when the tab crashed”" })
      .getByRole("button", { name: "Put them back" })
      .click();
    await nodeWithText(last, "A claim typed when the tab crashed").waitFor({ state: "visible" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps words still being typed on the canvas across a reload", async () => {
    const { page, errors } = await openApp(browser);
    await flowNode(page, "t1").click();
    await expect.poll(() => status(page)).toBe("Saved");
    await focusCanvas(page);
    await page.keyboard.press("s");
    await inlineEditor(page).waitFor({ state: "visible" });
    await page.keyboard.type("A claim typed and never left");
    expect(await storedMapsText(page)).not.toContain("A claim typed and never left");

    await page.reload();
    await nodeWithText(page, "A claim typed and never left").waitFor({ state: "visible" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps words still being typed in a flow cell across a reload", async () => {
    const { page, errors } = await openApp(browser);
    await flowNode(page, "t1").waitFor({ state: "visible" });
    const round = { format: "argument-map", version: 3, nodes: [], edges: [] };
    const map = { id: "round", title: "An empty policy round", debate: { format: "policy" } };
    await importFile(page, "round.argmap.json", JSON.stringify({ ...round, map }));
    await page.getByRole("heading", { level: 1, name: "An empty policy round" }).waitFor();
    await page.getByRole("button", { name: "Flow", exact: true }).click();
    const grid = page.getByRole("grid", { name: "Flow of the round" });
    await grid.getByRole("gridcell", { name: "New point in the 1AC" }).focus();
    await page.keyboard.press("Enter");
    await grid.locator("textarea.flow-cell-input").waitFor();
    await page.keyboard.type("A point flowed and never left");
    expect(await storedMapsText(page)).not.toContain("A point flowed and never left");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "An empty policy round" }).waitFor();
    await page.getByRole("button", { name: "Flow", exact: true }).click();
    const flowed = grid.getByRole("gridcell").filter({ hasText: "A point flowed and never left" });
    await flowed.waitFor();
    // Typing into a point already on the sheet keeps its words in storage as they are typed.
    await flowed.focus();
    await page.keyboard.press("Enter");
    await grid.locator("textarea.flow-cell-input").waitFor();
    await page.keyboard.type(", then carried on");
    await expect.poll(() => typingDraft(page)).toContain("A point flowed and never left, then carried on");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("asks before leaving changes that could not be stored, and not when they are saved", async () => {
    const saved = (await openApp(browser)).page;
    await flowNode(saved, "t1").waitFor({ state: "visible" });
    await inspect(saved, "t1");
    await textBox(saved).fill("An edit that is saved");
    await saved.keyboard.press("Control+Enter");
    await expect.poll(() => status(saved)).toBe("Saved");

    const refused = (await openApp(browser)).page;
    await flowNode(refused, "t1").waitFor({ state: "visible" });
    await expect.poll(() => status(refused)).toBe("Saved");
    // Storage fills up: every write from now on fails as a full quota does.
    await refused.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await inspect(refused, "t1");
    await textBox(refused).fill("An edit storage refuses");
    await refused.keyboard.press("Control+Enter");
    await expect.poll(() => status(refused)).toBe("Not saved: storage full");

    expect(await closeAsked(refused)).toBe(true);
    expect(await closeAsked(saved)).toBe(false);
    await saved.context().close();
    await refused.context().close();
  });
});
