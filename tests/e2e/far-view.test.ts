/**
 * A generated map of 3,000 points zoomed out to the whole, in Chromium: the far view's blocks answer
 * the pointer as nodes do (a click selects the point and marks its block, a click on empty canvas clears
 * the selection, a double-click brings the point into view at a readable zoom, a drag moves it), the
 * canvas's keys still work, and a picture of the map is the whole map point by point, drawn from the map
 * rather than from the page (which holds none of its nodes when zoomed out).
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp, viewAtRest } from "./browser";

const inspectorTitle = (page: Page) => page.locator("#inspector-title");
const viewport = (page: Page) => page.locator(".react-flow__viewport").getAttribute("style");
/** Two frames: what the last change of the map brought about is drawn by then. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
const zoomOf = (page: Page) =>
  page
    .locator(".react-flow__viewport")
    .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);

/**
 * A point on screen inside a rebuttal block of the far view: in a pixel wholly in the rebuttal colour,
 * which no relation is drawn in, and in whole CSS pixels, as a mouse event gives it. Zoomed out to the
 * whole map, a block is a pixel or two.
 */
async function rebuttalBlock(
  page: Page,
  awayFrom?: { x: number; y: number },
): Promise<{ x: number; y: number }> {
  const spot = await page.locator("canvas.far-layer").evaluate((canvas: HTMLCanvasElement, awayFrom) => {
    const colour = getComputedStyle(canvas).getPropertyValue("--rebuttal").trim();
    const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16));
    const context = canvas.getContext("2d") as CanvasRenderingContext2D;
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    const box = canvas.getBoundingClientRect();
    const ratio = width / box.width;
    const is = (x: number, y: number) => {
      const at = (y * width + x) * 4;
      return data[at] === r && data[at + 1] === g && data[at + 2] === b && data[at + 3] === 255;
    };
    for (let y = 1; y < height; y++)
      for (let x = 1; x < width; x++) {
        // The whole screen pixel at or after the canvas pixel's corner, and where in the canvas it is.
        const screenX = Math.ceil(box.left + x / ratio);
        const screenY = Math.ceil(box.top + y / ratio);
        const canvasX = Math.floor((screenX - box.left) * ratio);
        const canvasY = Math.floor((screenY - box.top) * ratio);
        // On the pixel's left or top edge, the point is as much in the pixel before it.
        const onLeft = (screenX - box.left) * ratio === canvasX;
        const onTop = (screenY - box.top) * ratio === canvasY;
        if (canvasX !== x || canvasY !== y || !is(x, y)) continue;
        if ((onLeft && !is(x - 1, y)) || (onTop && !is(x, y - 1)) || (onLeft && onTop && !is(x - 1, y - 1)))
          continue;
        // Clear of the canvas's sides, with room to drag it somewhere.
        if (screenX < box.left + box.width / 4 || screenX > box.left + (box.width * 3) / 4) continue;
        if (!awayFrom || Math.hypot(screenX - awayFrom.x, screenY - awayFrom.y) > 40)
          return { x: screenX, y: screenY };
      }
    return null;
  }, awayFrom);
  if (!spot) throw new Error("no rebuttal block is drawn");
  return spot;
}

/** How many pixels of the far view are in the amber of a selected point's glow. */
function glowPixels(page: Page): Promise<number> {
  return page.locator("canvas.far-layer").evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext("2d") as CanvasRenderingContext2D;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let at = 0; at < data.length; at += 4)
      if ((data[at] as number) > 200 && (data[at + 1] as number) > 150 && (data[at + 2] as number) < 120)
        count++;
    return count;
  });
}

describe("the far view of a big map", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("selects a point by its block, clears on empty canvas, and zooms in on a double-click", async () => {
    const { page, errors } = await openApp(browser, "/?generate=3000");
    await page.locator('.react-flow__node[data-id="n0"]').waitFor({ state: "visible", timeout: 30_000 });
    await page.getByRole("button", { name: "Fit View" }).click();
    await page.locator("canvas.far-layer").waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator(".react-flow__node").count()).toBe(0);
    // The view moves out two frames after the nodes are hidden (far-detail.ts).
    await expect.poll(() => zoomOf(page)).toBeLessThan(0.05);
    expect(await glowPixels(page)).toBe(0);
    const whole = await viewport(page);

    const block = await rebuttalBlock(page);
    await page.mouse.click(block.x, block.y);
    await expect.poll(() => inspectorTitle(page).innerText()).toMatch(/^rebuttal \d+$/);
    const chosen = await inspectorTitle(page).innerText();
    await expect.poll(() => glowPixels(page)).toBeGreaterThan(0);
    const oneGlows = await glowPixels(page);

    // Shift-click adds another block to the selection, and a second Shift-click takes it out again.
    const other = await rebuttalBlock(page, block);
    await page.keyboard.down("Shift");
    await page.mouse.click(other.x, other.y);
    await expect.poll(() => inspectorTitle(page).innerText()).toBe("2 points selected");
    await expect.poll(() => glowPixels(page)).toBeGreaterThan(oneGlows);
    await page.mouse.click(other.x, other.y);
    await page.keyboard.up("Shift");
    await expect.poll(() => glowPixels(page)).toBe(oneGlows);
    await expect.poll(() => inspectorTitle(page).innerText()).toBe(chosen);

    // Empty canvas, under the legend and well above the map's thin band of blocks: the selection goes.
    const pane = await page.locator(".react-flow__pane").boundingBox();
    const legend = await page.locator(".legend").boundingBox();
    if (!pane || !legend) throw new Error("the canvas has no pane or no legend");
    // Below the legend's strip along the top of the canvas.
    const clear = legend.y + legend.height + 24;
    await page.mouse.click(pane.x + pane.width / 2, clear);
    await expect.poll(() => inspectorTitle(page).count()).toBe(0);
    await expect.poll(() => glowPixels(page)).toBe(0);

    // Shift+drag draws a box that selects the blocks inside it.
    await page.keyboard.down("Shift");
    await page.mouse.move(pane.x + 260, clear);
    await page.mouse.down();
    await page.mouse.move(pane.x + pane.width - 240, pane.y + pane.height - 200, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up("Shift");
    await expect
      .poll(async () => Number.parseInt(await inspectorTitle(page).innerText(), 10))
      .toBeGreaterThan(20);
    expect(await inspectorTitle(page).innerText()).toMatch(/^\d+ points selected$/);
    await expect.poll(() => glowPixels(page)).toBeGreaterThan(oneGlows * 5);
    await page.mouse.click(pane.x + pane.width / 2, clear);
    await expect.poll(() => glowPixels(page)).toBe(0);

    // The canvas's keys still work far out: + zooms in.
    await page.keyboard.press("+");
    await expect.poll(() => viewport(page)).not.toBe(whole);
    await page.getByRole("button", { name: "Fit View" }).click();
    await expect.poll(() => viewport(page)).toBe(whole);

    const again = await rebuttalBlock(page);
    await page.mouse.dblclick(again.x, again.y);
    const node = page.locator(".react-flow__node.selected");
    await node.waitFor({ state: "visible", timeout: 10_000 });
    const title = await inspectorTitle(page).innerText();
    expect(title).toMatch(/^rebuttal \d+$/);
    expect(await node.innerText()).toContain(title);
    // Double-clicking a block adds no point (as a double-click on empty canvas would): nothing to undo.
    expect(await page.getByRole("button", { name: "Undo" }).isEnabled()).toBe(false);
    expect(chosen).toMatch(/^rebuttal \d+$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("moves a point by dragging its block, and Enter zooms in to edit the selected point", async () => {
    const { page, errors } = await openApp(browser, "/?generate=3000");
    await page.locator('.react-flow__node[data-id="n0"]').waitFor({ state: "visible", timeout: 30_000 });
    // Out by keyboard, past the zoom at which the map is drawn as blocks.
    await page.locator(".react-flow").focus();
    while ((await zoomOf(page)) > 0.1) {
      const before = await zoomOf(page);
      await page.keyboard.press("-");
      // Crossing into the zoomed-out labels loads and places them first: a step may take a moment.
      await expect.poll(() => zoomOf(page), { timeout: 10_000 }).toBeLessThan(before);
    }
    await page.locator("canvas.far-layer").waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator(".react-flow__node").count()).toBe(0);
    const view = await viewAtRest(page);

    const block = await rebuttalBlock(page);
    await page.mouse.move(block.x, block.y);
    await page.mouse.down();
    await page.mouse.move(block.x + 40, block.y + 80, { steps: 6 });
    await page.mouse.up();
    // The point moved, selected and as one step to undo; the view did not pan.
    await expect.poll(() => inspectorTitle(page).innerText()).toMatch(/^rebuttal \d+$/);
    await expect.poll(() => page.getByRole("button", { name: "Undo" }).isEnabled()).toBe(true);
    expect(await viewAtRest(page)).toBe(view);
    // Its block is where it was dropped: a click there finds the same point again.
    const moved = await inspectorTitle(page).innerText();
    await frames(page);
    await page.mouse.click(block.x + 40, block.y + 80);
    await expect.poll(() => inspectorTitle(page).innerText()).toBe(moved);

    await page.keyboard.press("Enter");
    const node = page.locator(".react-flow__node.selected");
    await node.waitFor({ state: "visible", timeout: 10_000 });
    await expect.poll(() => node.locator("textarea").count()).toBe(1);
    // The editor can open while the zoom to it is still under way; its words end up readable.
    await expect
      .poll(async () => {
        const typed = await node
          .locator("textarea")
          .evaluate((t) => Number.parseFloat(getComputedStyle(t).fontSize));
        return typed * (await zoomOf(page));
      })
      .toBeGreaterThanOrEqual(11);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("pictures the whole map point by point, in PNG and SVG, and says the PNG's scale", async () => {
    const { page, errors } = await openApp(browser, "/?generate=3000");
    await page.locator('.react-flow__node[data-id="n0"]').waitFor({ state: "visible", timeout: 30_000 });
    await page.getByRole("button", { name: "Fit View" }).click();
    await page.locator("canvas.far-layer").waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator(".react-flow__node").count()).toBe(0);

    await page.getByRole("button", { name: "Export ▾" }).click();
    const item = page.getByRole("menuitem", { name: "Picture of the map (PNG)" });
    const [png] = await Promise.all([page.waitForEvent("download"), item.click()]);
    expect(png.suggestedFilename()).toBe("Generated debate of 3000 nodes.png");
    const bytes = readFileSync((await png.path()) as string);
    // Decoded by the page: how many pixels are not the white background.
    const drawn = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d") as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let at = 0; at < data.length; at += 4)
        if (data[at] !== 255 || data[at + 1] !== 255 || data[at + 2] !== 255) inked++;
      return { inked, width: canvas.width, height: canvas.height };
    }, bytes.toString("base64"));
    expect(drawn.inked).toBeGreaterThan(10_000);
    expect(drawn.inked).toBeLessThan(drawn.width * drawn.height);
    // Too big to draw at twice its size in a browser: the notice says at what size it was drawn.
    await expect.poll(() => page.getByText(/drawn at 0\.\d+ times the picture's size/).count()).toBe(1);

    await page.getByRole("button", { name: "Export ▾" }).click();
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "Picture of the map (SVG)" }).click(),
    ]);
    const text = readFileSync((await svg.path()) as string, "utf8");
    expect(text.match(/<g><title>/g)?.length).toBe(3000);
    expect(text).toContain("Generated debate of 3000 nodes");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
