/**
 * A big map's new version is laid out by the layout worker, in Chromium on a generated map of 3,000
 * points: a claim added under a point appears at once, the worker (built as a chunk of its own and allowed
 * by the page's security policy) lays the new version out, and the canvas then draws the new claim where
 * the page's own layout of that version puts it, with no error.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Position } from "../../src/model/schema";
import { buildStructure } from "../../src/store/explore/argument-structure";
import { layoutGraphOf } from "../../src/ui/layout/layout-graph";
import { layoutMap } from "../../src/ui/layout/layout-map";
import { launchBrowser, openApp } from "./browser";
import { exportedMap, typeNodeText } from "./extend-pages";

const POINTS = 3_000;
const WORDS = "Laid out off the page";

/** A point fully on screen, away from the side panel. */
async function pointInView(page: Page): Promise<string> {
  const id = await page.locator(".react-flow__node").evaluateAll((elements) => {
    const found = elements.find((element) => {
      const box = element.getBoundingClientRect();
      return box.left > 0 && box.top > 0 && box.right < 900 && box.bottom < 600;
    });
    return found?.getAttribute("data-id") ?? null;
  });
  if (!id) throw new Error("no point is fully on screen");
  return id;
}

/** Where a node is drawn, in the map's own coordinates. */
function drawnAt(page: Page, id: string): Promise<Position> {
  return page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((element) => {
    const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
    return { x: matrix.e, y: matrix.f };
  });
}

describe("laying out a big map", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lays a new version out in the layout worker and draws it where the page would lay it out", async () => {
    const { page, errors } = await openApp(browser, `/?generate=${POINTS}`);
    await page.locator(".react-flow__node").first().waitFor({ state: "visible", timeout: 60_000 });
    const id = await pointInView(page);
    await page.locator(`.react-flow__node[data-id="${id}"]`).click();
    const layoutWorkers = () => page.workers().filter((worker) => worker.url().includes("layout")).length;
    expect(layoutWorkers()).toBe(0);
    await page.keyboard.press("s");
    await typeNodeText(page, WORDS);
    const added = page.locator(".react-flow__node").filter({ hasText: WORDS });
    await added.waitFor({ state: "visible" });
    await expect.poll(layoutWorkers, { timeout: 20_000 }).toBe(1);
    // What is drawn is the layout of the new version of the map, as the page itself would compute it.
    const doc = await exportedMap(page);
    const addedId = (await added.getAttribute("data-id")) as string;
    const expected = layoutMap(layoutGraphOf(buildStructure(doc), new Set()), "top-down", null).get(addedId);
    expect(expected).toBeDefined();
    await expect.poll(() => drawnAt(page, addedId), { timeout: 20_000 }).toEqual(expected);
    expect(errors).toEqual([]);
  }, 120_000);
});
