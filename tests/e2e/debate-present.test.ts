/**
 * Presentation mode in Chromium: the essay's saved presentation stepped through by keyboard, with its
 * breadcrumb, notes and strengths, and nothing serious for an accessibility engine; the default walk from the thesis; and the selection added as a step,
 * which the map keeps and one undo takes back.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityProblems } from "./axe";
import { launchBrowser, openApp } from "./browser";
import { focusCanvas } from "./extend-pages";

const presentation = (page: Page) => page.getByRole("dialog", { name: "Presentation" });
const shownPoint = (page: Page) => page.locator(".presentation-point");
const crumbs = (page: Page) => page.locator(".presentation-breadcrumb li");
const count = (page: Page) => page.locator(".presentation-count");

async function openEssay(browser: Browser) {
  const opened = await openApp(browser);
  await opened.page.locator('.react-flow__node[data-id="t1"]').waitFor({ state: "visible" });
  return opened;
}

async function present(page: Page) {
  await focusCanvas(page);
  await page.keyboard.press("p");
  await shownPoint(page).waitFor();
}

describe("presentation mode", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("steps through the essay's presentation by keyboard, with the breadcrumb, notes and strengths", async () => {
    const { page, errors } = await openEssay(browser);
    await present(page);
    // Full screen (where a browser refuses it, the presentation covers the window instead).
    expect(await page.evaluate(() => document.fullscreenElement?.tagName)).toBe("HTML");
    const box = await presentation(page).boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 800 });
    expect(await count(page).innerText()).toBe("Step 1 of 5");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(await shownPoint(page).getAttribute("data-node-id")).toBe("t1");
    expect(await page.getByRole("complementary", { name: "Presenter notes" }).innerText()).toContain(
      "Start with the thesis",
    );

    await page.keyboard.press("ArrowRight");
    expect(await count(page).innerText()).toBe("Step 2 of 5");
    expect(await shownPoint(page).getAttribute("data-node-id")).toBe("c1");
    expect(await crumbs(page).count()).toBe(2);
    expect(await crumbs(page).last().getAttribute("aria-current")).toBe("step");
    // What it argues about among the points shown: the thesis, which it supports.
    expect(await shownPoint(page).locator(".presentation-relations").innerText()).toMatch(/^supports “/);
    // The step's other points, below the one in focus.
    expect(
      await page
        .locator(".presentation-also > li")
        .evaluateAll((items) => items.map((li) => li.getAttribute("data-node-id"))),
    ).toEqual(["c3", "c4"]);

    await page.keyboard.press("PageDown");
    expect(await shownPoint(page).getAttribute("data-node-id")).toBe("c5");
    await page.keyboard.press("End");
    expect(await count(page).innerText()).toBe("Step 5 of 5");
    expect(await shownPoint(page).getAttribute("data-node-id")).toBe("k9");
    // At the end, the next key stays on the last step.
    await page.keyboard.press("ArrowDown");
    expect(await count(page).innerText()).toBe("Step 5 of 5");
    await page.keyboard.press("ArrowLeft");
    expect(await shownPoint(page).getAttribute("data-node-id")).toBe("c14");
    await page.keyboard.press("Home");
    expect(await shownPoint(page).getAttribute("data-node-id")).toBe("t1");

    expect(await shownPoint(page).locator(".presentation-strength").innerText()).toMatch(/strength \d\.\d\d/);
    await page.keyboard.press("s");
    expect(await page.locator(".presentation-strength").count()).toBe(0);
    await page.keyboard.press("n");
    expect(await page.getByRole("complementary", { name: "Presenter notes" }).count()).toBe(0);

    await page.keyboard.press("Escape");
    await presentation(page).waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("walks the map depth-first from the thesis when no saved presentation is chosen", async () => {
    const { page, errors } = await openEssay(browser);
    await present(page);
    await page
      .getByRole("combobox", { name: "Presentation" })
      .selectOption({ label: "From the thesis, point by point" });
    await presentation(page).focus();
    const points = await page.locator(".react-flow__node").count();
    expect(await count(page).innerText()).toBe(`Step 1 of ${points}`);
    expect(await shownPoint(page).getAttribute("data-node-id")).toBe("t1");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    // Two steps down from the thesis: the breadcrumb names the thesis, its first reason and this point.
    expect(await crumbs(page).count()).toBe(3);
    expect(await crumbs(page).first().innerText()).toContain("★");
    await page.keyboard.press("PageUp");
    expect(await crumbs(page).count()).toBe(2);
    await page.getByRole("button", { name: "Leave" }).click();
    await presentation(page).waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("adds the selected point as a step of the presentation, which one undo takes back", async () => {
    const { page, errors } = await openEssay(browser);
    // Select a claim in the flow, then add it as a step from the canvas by keyboard.
    await page.getByRole("tab", { name: "Flow" }).click();
    await page.locator('.flow-cell[data-node-id="c2"]').click();
    await focusCanvas(page);
    await page.keyboard.press("Shift+P");
    await expect.poll(() => page.getByText("Added step 6 to").count()).toBe(1);

    await present(page);
    expect(await count(page).innerText()).toBe("Step 1 of 6");
    await page.keyboard.press("End");
    expect(await shownPoint(page).getAttribute("data-node-id")).toBe("c2");
    await page.keyboard.press("Escape");
    await presentation(page).waitFor({ state: "detached" });

    await page.keyboard.press("Control+z");
    await present(page);
    expect(await count(page).innerText()).toBe("Step 1 of 5");
    await page.keyboard.press("Escape");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
