/**
 * Debate prep in Chromium, on the essay round: the Prep tab's checklist items select their point on the
 * canvas and bring it into view, and the tab has nothing an accessibility engine finds serious; a speech
 * outline starts from the flow's points and owed answers, takes points picked on the canvas, is reordered by
 * keyboard, downloads as Markdown with the points in that order, and prints alone; the round timer runs and pauses by keyboard. Expected items come from src/analysis on the same map, the code
 * the app runs.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeFlow, prepChecklist, speechOutlineEntries } from "../../src/analysis";
import type { ArgumentMap } from "../../src/model/schema";
import { seriousAccessibilityProblems } from "./axe";
import { launchBrowser, openApp } from "./browser";
import { chooseTab } from "./panel-tabs";

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
const canvasNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** `clock`: the page's clock is Playwright's, which runs as usual until a test moves it on by hand. */
async function openPrep(browser: Browser, options: { clock?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "block",
  });
  if (options.clock) await context.clock.install();
  const opened = await openApp(browser, "/", undefined, context);
  await canvasNode(opened.page, "t1").waitFor({ state: "visible" });
  await chooseTab(opened.page, "Prep");
  await opened.page.getByRole("region", { name: "Debate prep" }).waitFor();
  return opened;
}

/** Selects a point wherever it is on the canvas, in view or not, as a click on it does. */
async function selectPoint(page: Page, id: string) {
  await canvasNode(page, id).evaluate((element) => (element as HTMLElement).click());
  await expect
    .poll(() => canvasNode(page, id).locator(".argument-node").getAttribute("class"))
    .toContain("is-selected");
}

/** True when the point's box lies inside the canvas's box. */
async function inView(page: Page, id: string): Promise<boolean> {
  const canvas = await page.locator(".react-flow").first().boundingBox();
  const box = await canvasNode(page, id).boundingBox();
  if (!canvas || !box) return false;
  return (
    box.x >= canvas.x &&
    box.y >= canvas.y &&
    box.x + box.width <= canvas.x + canvas.width &&
    box.y + box.height <= canvas.y + canvas.height
  );
}

describe("debate prep", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("selects a checklist item's point on the canvas, by keyboard, and brings it into view", async () => {
    const { page, errors } = await openPrep(browser);
    const forSide = prepChecklist(essay, "for");
    const critique = forSide.unansweredCritiques[0];
    if (critique === undefined) throw new Error("the essay leaves a critique unanswered");
    const region = page.getByRole("region", { name: `${forSide.sideName}: what to prepare` });
    const item = region.locator(`.prep-item[data-node-id="${critique.nodeId}"]`);
    expect(await item.innerText()).toBe(critique.message);
    await item.focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => canvasNode(page, critique.nodeId).locator(".argument-node").getAttribute("class"))
      .toContain("is-selected");
    await expect.poll(() => inView(page, critique.nodeId)).toBe(true);

    // A key point is listed in the order of how much it moves the thesis, and selects its point on a click.
    const key = forSide.keyPoints[0];
    if (key === undefined) throw new Error("the essay's for side has points that hold the thesis up");
    const keyItems = region
      .getByRole("region", { name: "Points that move the thesis most" })
      .locator(".prep-item");
    expect(
      await keyItems.evaluateAll((items) => items.map((item) => item.getAttribute("data-node-id"))),
    ).toEqual(forSide.keyPoints.map((point) => point.nodeId));
    await keyItems.first().click();
    await expect
      .poll(() => canvasNode(page, key.nodeId).locator(".argument-node").getAttribute("class"))
      .toContain("is-selected");
    expect(await seriousAccessibilityProblems(page, ".side-panel")).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("outlines a speech from the flow and picked points, reorders it by keyboard, downloads it as Markdown and prints it alone", async () => {
    const { page, errors } = await openPrep(browser);
    await page.getByRole("tab", { name: "Speeches" }).click();
    const outline = page.getByRole("region", { name: "Speech outline" });
    await outline.getByRole("combobox", { name: "Speech" }).selectOption("RF");
    const fromFlow = speechOutlineEntries(computeFlow(essay), "RF").map((entry) => entry.id);
    expect(fromFlow.length).toBeGreaterThan(0);
    const picked = ["t1", "c1", "k1"];
    for (const id of picked) {
      await selectPoint(page, id);
      await outline.getByRole("button", { name: /^Add the / }).click();
    }
    const entries = outline.locator(".speech-outline-entry");
    const order = () =>
      entries.evaluateAll((items) => items.map((item) => item.getAttribute("data-node-id")));
    expect(await order()).toEqual([...fromFlow, ...picked]);
    // The critique first: Alt+ArrowUp twice on its entry.
    await outline.locator('.speech-outline-entry[data-node-id="k1"] .speech-outline-point').focus();
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Alt+ArrowUp");
    expect(await order()).toEqual([...fromFlow, "k1", "t1", "c1"]);
    expect(await seriousAccessibilityProblems(page, ".side-panel")).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      outline.getByRole("button", { name: "Export as Markdown" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `${essay.map.title.replace(/:/g, " ").replace(/\s+/g, " ")} RF.md`,
    );
    const markdown = readFileSync((await download.path()) as string, "utf8");
    expect(markdown.split("\n")[0]).toBe(`# ${escapeMarkdown(essay.map.title)}: RF, Rebuttal for`);
    const texts = ["k1", "t1", "c1"].map((id) => {
      const point = essay.nodes.find((node) => node.id === id);
      return escapeMarkdown((point?.text ?? "").replace(/\s+/g, " ").trim());
    });
    const at = texts.map((text) => markdown.indexOf(text));
    expect(at.every((index) => index > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(markdown.match(/^\d+\. /gm)?.length).toBe(fromFlow.length + 3);

    // Printing shows the outline alone: the app is hidden on paper while it prints.
    await page.evaluate(() => {
      window.print = () => {};
    });
    await outline.getByRole("button", { name: "Print" }).click();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#root").isVisible()).toBe(false);
    const sheet = page.locator("body > .speech-outline-print");
    expect(await sheet.isVisible()).toBe(true);
    expect(await sheet.locator("li").count()).toBe(fromFlow.length + 3);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(await page.locator("#root").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("runs and pauses the round timer by keyboard, steps to the next period and runs a side's prep clock", async () => {
    const { page, errors } = await openPrep(browser, { clock: true });
    await page.getByRole("tab", { name: "Timer" }).click();
    const timer = page.getByRole("region", { name: "Round timer" });
    const clock = (label: string) => timer.locator(`.round-timer-clock[data-clock="${label}"]`);
    const shown = (label: string) => clock(label).locator(".round-timer-digits").innerText();
    expect(await shown("OF")).toBe("4:00");
    await clock("OF").focus();
    await page.keyboard.press("Space");
    await expect.poll(() => clock("OF").getAttribute("data-running")).toBe("true");
    await expect.poll(() => shown("OF"), { timeout: 10_000 }).not.toBe("4:00");
    await page.keyboard.press("Space");
    await expect.poll(() => clock("OF").getAttribute("data-running")).toBe("false");
    // Paused: the digits stand still while time goes on (moved on by the test's clock, not waited for).
    const paused = await shown("OF");
    await page.clock.runFor(3_000);
    expect(await shown("OF")).toBe(paused);

    // N: the opening against, full and stopped; R on the first put back its full time.
    await page.keyboard.press("r");
    expect(await shown("OF")).toBe("4:00");
    await page.keyboard.press("n");
    expect(await shown("OA")).toBe("4:00");
    expect(await timer.locator('[aria-current="step"]').innerText()).toContain("OA");
    // 2: the against side's prep clock runs; the keys stayed in the timer, so the canvas gained nothing.
    const points = await page.locator(".react-flow__node").count();
    await clock("OA").focus();
    await page.keyboard.press("2");
    await expect.poll(() => clock("Against prep").getAttribute("data-running")).toBe("true");
    expect(await page.locator(".react-flow__node").count()).toBe(points);
    expect(await seriousAccessibilityProblems(page, ".side-panel")).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** As src/ui/debate/speech-outline.ts writes words in Markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>()#+!|~])/g, "\\$1");
}
