/**
 * The flow of the round in Chromium: the essay opens as a classroom round whose flow shows every point
 * and the critique the essay leaves unanswered as dropped; answering it from the flow by Tab adds a point
 * to the canvas and the outline, takes the drop away, and undoes in one step; a point made on the canvas,
 * in no speech yet, is dragged into one.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";
import { focusCanvas, typeNodeText } from "./extend-pages";

const canvasNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const cell = (page: Page, id: string) => page.locator(`.flow-cell[data-node-id="${id}"]`);
const cells = (page: Page) => page.locator(".flow-cell");
const canvasNodes = (page: Page) => page.locator(".react-flow__node");

async function openFlow(browser: Browser, viewport?: { width: number; height: number }) {
  const opened = await openApp(browser, "/", viewport);
  await canvasNode(opened.page, "t1").waitFor({ state: "visible" });
  await opened.page.getByRole("tab", { name: "Flow" }).click();
  await cell(opened.page, "t1").waitFor();
  return opened;
}

describe("the flow of the round", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the essay round's speeches, every point, and the unanswered critique as dropped", async () => {
    const { page, errors } = await openFlow(browser);
    expect(await page.locator(".flow-heading").allInnerTexts()).toEqual([
      "OF For, 4 min",
      "OA Against, 4 min",
      "RF For, 3 min",
      "RA Against, 3 min",
    ]);
    expect(await cells(page).count()).toBe(await canvasNodes(page).count());
    // Exactly one drop: the critique the essay never answers.
    expect(await page.locator(".flow-cell.dropped").count()).toBe(1);
    expect(await cell(page, "k9").getAttribute("class")).toContain("dropped");
    expect(await cell(page, "k9").innerText()).toContain("dropped in RF");
    expect(await cell(page, "k1").getAttribute("class")).not.toContain("dropped");
    // What the against side's rebuttal must answer: the essay's rebuttals, none of them answered yet.
    const mustAnswer = page.getByRole("region", { name: "What the RA must answer" });
    expect(await mustAnswer.getByRole("listitem").count()).toBeGreaterThan(0);
    // Each bullet sits level with the first line of its item, wrapped or not.
    const offsets = await mustAnswer.locator("li").evaluateAll((items) =>
      items.map((item) => {
        const bullet = item.querySelector(".flow-bullet")?.getBoundingClientRect();
        const words = item.querySelector("button")?.getBoundingClientRect();
        return { gap: Math.abs((bullet?.top ?? -99) - (words?.top ?? 99)), wraps: (words?.height ?? 0) > 30 };
      }),
    );
    expect(offsets.some((offset) => offset.wraps)).toBe(true);
    expect(offsets.every((offset) => offset.gap <= 2)).toBe(true);
    // Answers are drawn as links, one per answer.
    expect(await page.locator(".flow-link").count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("answers a point by Tab in the next speech of the other side; the answer is on the canvas and in the outline, and undoes in one step", async () => {
    const { page, errors } = await openFlow(browser);
    const before = await canvasNodes(page).count();
    await cell(page, "k9").click();
    await page.keyboard.press("Tab");
    await expect.poll(() => canvasNodes(page).count()).toBe(before + 1);
    await expect
      .poll(async () => (await cell(page, "k9").getAttribute("class")) ?? "")
      .not.toContain("dropped");
    const added = page.locator(".flow-cell.kind-rebuttal.selected");
    expect(await added.count()).toBe(1);
    const id = (await added.getAttribute("data-node-id")) as string;
    // The new rebuttal sits in the rebuttal for, the third column.
    expect(Number.parseFloat((await added.getAttribute("style"))?.match(/left: (\d+)/)?.[1] ?? "-1")).toBe(
      380,
    );
    expect(await canvasNode(page, id).count()).toBe(1);

    await page.getByRole("tab", { name: "Outline" }).click();
    await expect
      .poll(() => page.locator(`[role="treeitem"][data-node-id="${id}"]`).count())
      .toBeGreaterThan(0);

    await page.keyboard.press("Control+z");
    await expect.poll(() => canvasNodes(page).count()).toBe(before);
    await page.getByRole("tab", { name: "Flow" }).click();
    await expect.poll(async () => (await cell(page, "k9").getAttribute("class")) ?? "").toContain("dropped");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("places a point made on the canvas, in no speech yet, by dragging it onto a speech", async () => {
    // A wide window, so the list of points in no speech and the columns are on screen together.
    const { page, errors } = await openFlow(browser, { width: 1600, height: 1000 });
    await cell(page, "k9").click();
    await focusCanvas(page);
    await page.keyboard.press("c");
    await typeNodeText(page, "Strong states feel it too");
    const unplaced = page.getByRole("region", { name: "Points in no speech" });
    const point = unplaced.getByRole("button", { name: "Strong states feel it too" });
    await point.dragTo(page.locator(".flow-heading").nth(2));

    const placed = page.locator(".flow-cell", { hasText: "Strong states feel it too" });
    await placed.waitFor();
    // In the rebuttal for, the third column, where it answers the critique in time.
    expect(Number.parseFloat((await placed.getAttribute("style"))?.match(/left: (\d+)/)?.[1] ?? "-1")).toBe(
      380,
    );
    expect(await cell(page, "k9").getAttribute("class")).not.toContain("dropped");
    expect(await unplaced.count()).toBe(0);

    await page.keyboard.press("Control+z");
    await unplaced.waitFor();
    expect(await cell(page, "k9").getAttribute("class")).toContain("dropped");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
