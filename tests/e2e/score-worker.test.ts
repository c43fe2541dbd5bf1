/**
 * Scores of a big map come from the scoring worker, in Chromium on a generated map of 5,000 points: an
 * edit (a base score set to 0 with the what-if slider and kept) shows its new strength once the worker
 * answers, the value src/analysis computes for the changed map, with no error and nothing the page's
 * security policy refuses.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeStrengths } from "../../src/analysis";
import { generateDebate } from "../../src/model/generate-debate";
import type { ArgumentMap } from "../../src/model/schema";
import { launchBrowser, openApp } from "./browser";

const POINTS = 5_000;
const generated = generateDebate({ nodes: POINTS, seed: 1 });
const shownStrength = (page: Page, id: string) =>
  page.locator(`.react-flow__node[data-id="${id}"] .node-score`).getAttribute("data-strength");

/** A point fully on screen with something arguing about it, so its strength is its own. */
async function pointInView(page: Page): Promise<string> {
  const targets = new Set(generated.edges.map((edge) => edge.to));
  const ids = await page.locator(".react-flow__node").evaluateAll((elements) =>
    elements
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.left > 0 && box.top > 0 && box.right < 900 && box.bottom < 700;
      })
      .map((element) => element.getAttribute("data-id") ?? ""),
  );
  const id = ids.find((candidate) => targets.has(candidate) && candidate !== "n0") ?? ids[0];
  if (!id) throw new Error("no point is fully on screen");
  return id;
}

describe("scores of a big map", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("come from the scoring worker, and an edit shows its new score once the worker answers", async () => {
    const { page, errors } = await openApp(browser, `/?generate=${POINTS}`);
    await page.locator(".react-flow__node").first().waitFor({ state: "visible", timeout: 60_000 });
    const id = await pointInView(page);
    const node = page.locator(`.react-flow__node[data-id="${id}"]`);
    await node.click();
    await page.getByRole("tab", { name: "Why" }).click();
    const slider = page.getByTestId("what-if-base");
    await slider.focus();
    const changed: ArgumentMap = {
      ...generated,
      nodes: generated.nodes.map((point) => (point.id === id ? { ...point, base: 0 } : point)),
    };
    const expected = computeStrengths(changed).strengths[id] as number;
    expect(expected).not.toBe(computeStrengths(generated).strengths[id]);
    // Down to 0 (the slider stops there), then kept in the map by moving on.
    for (let step = 0; step < 21; step++) await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Tab");
    await expect.poll(() => node.locator(".node-score-base").innerText(), { timeout: 20_000 }).toBe("0.00");
    await expect.poll(async () => Number(await shownStrength(page, id)), { timeout: 20_000 }).toBe(expected);
    // The scores came from a worker of the page, not from scoring on the page after a failure (the Why tab
    // may have started the contributions worker beside it).
    expect(page.workers().filter((worker) => /score\.worker/.test(worker.url()))).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
