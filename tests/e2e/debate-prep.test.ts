/**
 * Debate prep in Chromium, on the essay round: the Prep tab's checklist items select their point on the
 * canvas and bring it into view, and the tab has nothing an accessibility engine finds serious. Expected
 * items come from src/analysis on the same map, the code the app runs.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepChecklist } from "../../src/analysis";
import type { ArgumentMap } from "../../src/model/schema";
import { seriousAccessibilityProblems } from "./axe";
import { launchBrowser, openApp } from "./browser";

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
const canvasNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function openPrep(browser: Browser) {
  const opened = await openApp(browser);
  await canvasNode(opened.page, "t1").waitFor({ state: "visible" });
  await opened.page.getByRole("tab", { name: "Prep" }).click();
  await opened.page.getByRole("region", { name: "Debate prep" }).waitFor();
  return opened;
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
});
