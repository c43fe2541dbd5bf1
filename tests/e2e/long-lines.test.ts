/**
 * On a big map, a line from the thesis to a point far along the tree is drawn only around the view, in
 * Chromium on a generated map of 10,000 points: every piece of every line ends within the area the
 * canvas was handed (the view and a margin), lines still cross the view, and an arrowhead is drawn only
 * where a line's end is. After a pan far along the map the lines are drawn around the new view. While
 * the map moves, its lines are put together in a few compositor layers, not one layer per long line
 * (canvas.css).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";

const POINTS = 10_000;

interface Drawn {
  /** Line pieces of more than a screen's width, drawn level. */
  across: number;
  /** How far, in widths of the view, the furthest piece reaches beyond the view on either side. */
  furthest: number;
  /** Arrowheads whose line's end lies outside what is drawn of the line. */
  strayHeads: number;
}

/** What the canvas draws of its lines, in the map's own coordinates, against the view. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const viewport = document.querySelector(".react-flow__viewport") as HTMLElement;
    const pane = (document.querySelector(".react-flow") as HTMLElement).getBoundingClientRect();
    const matrix = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const zoom = matrix.a;
    const left = -matrix.e / zoom;
    const width = pane.width / zoom;
    let across = 0;
    let furthest = 0;
    let strayHeads = 0;
    for (const path of document.querySelectorAll<SVGPathElement>(".react-flow__edges path")) {
      const box = path.getBBox();
      if (box.height === 0 && box.width > width) across++;
      furthest = Math.max(furthest, (left - box.x) / width, (box.x + box.width - (left + width)) / width);
      const head = path.getAttribute("marker-end");
      const level = /^M(-?[\d.]+),(-?[\d.]+) L(-?[\d.]+),(-?[\d.]+)$/.exec(path.getAttribute("d") ?? "");
      if (head && level && level[2] === level[4]) strayHeads++;
    }
    return { across, furthest, strayHeads };
  });
}

/** A point of the empty canvas, away from its buttons and the side panel, where a drag pans. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate(() => {
    for (let y = 700; y > 150; y -= 17)
      for (let x = 900; x > 560; x -= 23)
        if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane")) return { x, y };
    return null;
  });
  if (!spot) throw new Error("no empty spot on the canvas to drag");
  return spot;
}

/** The page's compositor layers in the middle of a pan (the map is a layer while it moves). */
async function layersWhilePanning(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let layers = 0;
  cdp.on("LayerTree.layerTreeDidChange", (event) => {
    if (event.layers) layers = event.layers.length;
  });
  await cdp.send("LayerTree.enable");
  const start = await emptySpot(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x - 20, start.y, { steps: 2 });
  await expect.poll(() => page.locator(".map-canvas.is-moving").count()).toBe(1);
  await page.mouse.move(start.x - 40, start.y, { steps: 2 });
  await expect.poll(() => layers).toBeGreaterThan(0);
  const counted = layers;
  await page.mouse.up();
  await cdp.detach();
  return counted;
}

describe("long lines on a big map", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws each line only around the view, before and after a pan", async () => {
    const { page, errors } = await openApp(browser, `/?generate=${POINTS}`);
    await page.locator(".react-flow__node").first().waitFor({ state: "visible", timeout: 60_000 });
    const check = async () => {
      const lines = await drawn(page);
      expect(lines.across).toBeGreaterThan(0);
      // The area is the view and half of it on each side (chosen again only once the view leaves it),
      // and lines are drawn a quarter of the area beyond that: a view and a half past the view at most.
      expect(lines.furthest).toBeLessThanOrEqual(1.6);
      expect(lines.strayHeads).toBe(0);
    };
    await check();
    // What the lines add to the page's layers: a few, where one per long line was well over fifty.
    const withLines = await layersWhilePanning(page);
    await page.locator(".react-flow__edges").evaluate((lines) => {
      (lines as HTMLElement).style.display = "none";
    });
    const withoutLines = await layersWhilePanning(page);
    await page.locator(".react-flow__edges").evaluate((lines) => {
      (lines as HTMLElement).style.display = "";
    });
    expect(withLines - withoutLines).toBeLessThanOrEqual(12);
    // Drag the empty canvas far to one side, in steps, so the area is chosen again.
    for (let step = 0; step < 4; step++) {
      const start = await emptySpot(page);
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x - 500, start.y, { steps: 8 });
      await page.mouse.up();
    }
    await expect.poll(async () => (await drawn(page)).furthest, { timeout: 10_000 }).toBeLessThanOrEqual(1.6);
    await check();
    expect(errors).toEqual([]);
  });
});
