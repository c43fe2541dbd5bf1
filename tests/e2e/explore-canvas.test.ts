/**
 * Exploring the essay map on the canvas in Chromium: the start view, focus mode, collapsing, dragging
 * and tidying, the keyboard, and how relations are drawn. Also a generated map of 1,000 nodes.
 */
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";
import { apart, mapLabelBoxes } from "./map-labels";

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function openEssay(browser: Browser) {
  const opened = await openApp(browser);
  await node(opened.page, "t1").waitFor({ state: "visible" });
  return opened;
}

/** Chooses a layout in the toolbar's View menu, and shuts the menu. */
async function chooseLayout(page: Page, style: string): Promise<void> {
  await page.getByRole("button", { name: "View ▾" }).click();
  await page.getByLabel("Layout").selectOption(style);
  await page.getByRole("button", { name: "View ▾" }).click();
}

async function zoomOf(page: Page): Promise<number> {
  return page
    .locator(".react-flow__viewport")
    .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
}

/** Width over height of where the map's nodes are laid out, in the map's own coordinates. */
async function shapeOfMap(page: Page): Promise<number> {
  const corners = await page.locator(".react-flow__node").evaluateAll((elements) =>
    elements.map((element) => {
      const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
      const box = element.getBoundingClientRect();
      const zoom = new DOMMatrixReadOnly(
        getComputedStyle(element.closest(".react-flow__viewport") as Element).transform,
      ).a;
      return { x: matrix.e, y: matrix.f, width: box.width / zoom, height: box.height / zoom };
    }),
  );
  const right = Math.max(...corners.map((c) => c.x + c.width));
  const bottom = Math.max(...corners.map((c) => c.y + c.height));
  const left = Math.min(...corners.map((c) => c.x));
  const top = Math.min(...corners.map((c) => c.y));
  return (right - left) / (bottom - top);
}

describe("the essay map on the canvas", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens laid out from the thesis at the top, at a zoom that can be read", async () => {
    const { page, errors } = await openEssay(browser);
    const boxes = await page.locator(".react-flow__node").evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.getAttribute("data-id"),
        top: element.getBoundingClientRect().top,
      })),
    );
    expect(boxes).toHaveLength(47);
    const thesisTop = boxes.find((box) => box.id === "t1")?.top ?? Number.NaN;
    expect(boxes.filter((box) => box.id !== "t1").every((box) => box.top > thesisTop)).toBe(true);
    // The thesis is on screen and its title is at least 11 pixels high.
    const thesis = await node(page, "t1").boundingBox();
    expect(thesis?.y).toBeGreaterThan(80);
    expect(thesis && thesis.x > 0 && thesis.x + thesis.width < 920).toBe(true);
    const titleSize = await node(page, "t1")
      .locator(".argument-node-title")
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(titleSize * (await zoomOf(page))).toBeGreaterThanOrEqual(11);
    // Every node has a place for its score, a kind and a title.
    expect(await page.locator(".argument-node [data-score-slot]").count()).toBe(47);
    await expect.poll(() => page.locator(".legend").innerText()).toContain("undercuts");

    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/essay-map-1280x800.png" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("tells relations apart by line style and draws an undercut to its relation: a curve's middle, a routed link's own part", async () => {
    const { page, errors } = await openEssay(browser);
    const dash = (id: string) =>
      page
        .locator(`.react-flow__edge[data-id="${id}"] path.relation-path`)
        .evaluate((path) => getComputedStyle(path).strokeDasharray);
    expect(await dash("e1")).toBe("none");
    expect(await dash("e26")).not.toBe("none");
    expect(await dash("e36")).not.toBe(await dash("e26"));
    const ends = () =>
      page.evaluate(() => {
        const path = (id: string) =>
          document.querySelector(`.react-flow__edge[data-id="${id}"] path.relation-path`) as SVGPathElement;
        const undercut = path("e36");
        const questioned = path("e23");
        const end = undercut.getPointAtLength(undercut.getTotalLength());
        const length = questioned.getTotalLength();
        const middle = questioned.getPointAtLength(length / 2);
        // How near the undercut's end comes to the questioned relation, and how far along it that is.
        let nearest = { distance: Number.POSITIVE_INFINITY, along: 0 };
        for (let at = 0; at <= length; at += 1) {
          const point = questioned.getPointAtLength(at);
          const distance = Math.hypot(point.x - end.x, point.y - end.y);
          if (distance < nearest.distance) nearest = { distance, along: at / length };
        }
        return { end: { x: end.x, y: end.y }, middle: { x: middle.x, y: middle.y }, nearest };
      });
    // In the columns layout, where a link shares the gutter with its siblings' links, the undercut points
    // at the short part of the link that is its alone, where it leaves the arguing point.
    const columns = await ends();
    expect(columns.nearest.distance).toBeLessThan(4);
    expect(columns.nearest.along).toBeGreaterThan(0);
    expect(columns.nearest.along).toBeLessThan(0.5);
    // Drawn as curves (top down), the undercut meets its relation in the middle.
    await chooseLayout(page, "top-down");
    await expect
      .poll(async () => {
        const curves = await ends();
        return Math.hypot(curves.end.x - curves.middle.x, curves.end.y - curves.middle.y);
      })
      .toBeLessThan(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("names the thesis and the main claims, readable and not overlapping, when a top-down map is seen whole", async () => {
    const { page, errors } = await openEssay(browser);
    const thesis = await node(page, "t1").locator(".argument-node-title").innerText();
    // Laid out top down, the essay is too wide to read whole: the zoomed-out labels name what they can.
    await chooseLayout(page, "top-down");
    await page.getByRole("button", { name: "Fit View" }).click();
    await expect.poll(() => page.locator(".map-label.is-thesis").innerText()).toBe(thesis);
    const labels = await mapLabelBoxes(page);
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expect(labels.every((label) => label.size >= 11)).toBe(true);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(apart(a, b)).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("wraps the map to fit a wide screen when the reader chooses that layout, and keeps the choice", async () => {
    const { page, errors } = await openEssay(browser);
    await chooseLayout(page, "top-down");
    await expect.poll(() => shapeOfMap(page)).toBeGreaterThan(4);
    const topDown = await shapeOfMap(page);
    await chooseLayout(page, "wrapped");
    await expect.poll(() => shapeOfMap(page)).toBeLessThan(2.5);
    expect(await shapeOfMap(page)).toBeGreaterThan(1);
    // The start view again, for the new layout: the thesis is on screen.
    await expect.poll(async () => (await node(page, "t1").boundingBox())?.y ?? 0).toBeGreaterThan(80);
    await page.reload();
    await node(page, "t1").waitFor({ state: "visible" });
    expect(await page.getByLabel("Layout").inputValue()).toBe("wrapped");
    expect(await shapeOfMap(page)).toBeLessThan(2.5);
    await chooseLayout(page, "top-down");
    await expect.poll(() => shapeOfMap(page)).toBeCloseTo(topDown, 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("dims what is not near the selected node in focus mode", async () => {
    const { page, errors } = await openEssay(browser);
    await node(page, "t1").click();
    await page.getByRole("button", { name: "View ▾" }).click();
    await page.getByRole("button", { name: "Focus mode" }).click();
    await page.getByLabel("Steps").fill("1");
    const dimmed = page.locator(".argument-node.is-dimmed");
    // The thesis and the ten points that argue about it stay; the other 36 are dimmed.
    await expect.poll(() => dimmed.count()).toBe(36);
    expect(await node(page, "c14").locator(".argument-node").getAttribute("class")).not.toContain(
      "is-dimmed",
    );
    expect(await node(page, "k1").locator(".argument-node").getAttribute("class")).toContain("is-dimmed");
    await page.getByLabel("Steps").fill("2");
    await expect
      .poll(() => node(page, "k1").locator(".argument-node").getAttribute("class"))
      .not.toContain("is-dimmed");
    await page.getByRole("button", { name: "Focus mode" }).click();
    await expect.poll(() => dimmed.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("collapses the thesis's subtree, counting what it hides on a badge, and expands it again", async () => {
    const { page, errors } = await openEssay(browser);
    await node(page, "t1")
      .getByRole("button", { name: /^Collapse what argues about/ })
      .click();
    await expect.poll(() => page.locator(".react-flow__node").count()).toBe(1);
    const toggle = node(page, "t1").locator(".argument-node-toggle");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await toggle.locator("[data-hidden-count]").innerText()).toBe("+46");
    expect(await toggle.getAttribute("aria-label")).toContain("46 hidden points");
    await toggle.click();
    await expect.poll(() => page.locator(".react-flow__node").count()).toBe(47);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps a node where it is dropped, until Tidy up lays the map out again", async () => {
    const { page, errors } = await openEssay(browser);
    const before = await node(page, "t1").boundingBox();
    if (!before) throw new Error("the thesis is not on screen");
    await page.mouse.move(before.x + 60, before.y + 50);
    await page.mouse.down();
    // React Flow starts a drag once the pointer has moved past a pixel; from there the node follows it.
    await page.mouse.move(before.x + 63, before.y + 50);
    await page.mouse.move(before.x + 163, before.y + 120, { steps: 8 });
    await page.mouse.up();
    const moved = await node(page, "t1").boundingBox();
    expect(Math.abs((moved?.x ?? 0) - before.x - 100)).toBeLessThanOrEqual(2);
    expect(Math.abs((moved?.y ?? 0) - before.y - 70)).toBeLessThanOrEqual(2);
    await page.getByRole("button", { name: "Tidy up" }).click();
    await expect
      .poll(async () => Math.round((await node(page, "t1").boundingBox())?.x ?? 0))
      .toBe(Math.round(before.x));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("pans with the arrow keys and zooms with + and - once the canvas has focus", async () => {
    const { page, errors } = await openEssay(browser);
    const canvas = page.getByRole("application", { name: "Argument map" });
    await canvas.focus();
    const start = await node(page, "t1").boundingBox();
    await page.keyboard.press("ArrowLeft");
    await expect
      .poll(async () => (await node(page, "t1").boundingBox())?.x)
      .toBeGreaterThan((start?.x ?? 0) + 40);
    await page.keyboard.press("ArrowUp");
    await expect
      .poll(async () => (await node(page, "t1").boundingBox())?.y)
      .toBeGreaterThan((start?.y ?? 0) + 40);
    const zoom = await zoomOf(page);
    await page.keyboard.press("+");
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(zoom);
    await page.keyboard.press("-");
    await page.keyboard.press("-");
    await expect.poll(() => zoomOf(page)).toBeLessThan(zoom);
    // Tab reaches a node, Enter selects it.
    await node(page, "t1").focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator("#inspector-title").innerText())
      .toBe("The ICC deserves more support");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("a generated map", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens 1,000 nodes from the address, drawing those in view, and selects one at once", async () => {
    const { page, errors } = await openApp(browser, "/?generate=1000");
    await node(page, "n0").waitFor({ state: "visible", timeout: 20_000 });
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Generated debate of 1000 nodes");
    const drawn = await page.locator(".react-flow__node").count();
    expect(drawn).toBeGreaterThan(3);
    expect(drawn).toBeLessThan(200);
    // Zoomed out to the whole map, it is drawn on one canvas, with no element per node, and named by
    // the labels of its most important points, the thesis among them.
    await page.getByRole("button", { name: "Fit View" }).click();
    await page.locator("canvas.far-layer").waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator(".react-flow__node").count()).toBe(0);
    await expect.poll(() => page.locator(".map-label.is-thesis").count()).toBe(1);
    // It still pans: a drag on the canvas moves the view.
    const before = await page.locator(".react-flow__viewport").getAttribute("style");
    const pane = await page.locator(".react-flow__pane").boundingBox();
    if (!pane) throw new Error("the canvas has no pane");
    await page.mouse.move(pane.x + 200, pane.y + pane.height - 60);
    await page.mouse.down();
    await page.mouse.move(pane.x + 320, pane.y + pane.height - 100, { steps: 8 });
    await page.mouse.up();
    expect(await page.locator(".react-flow__viewport").getAttribute("style")).not.toBe(before);
    await page.getByRole("button", { name: "Start view" }).click();
    await node(page, "n0").click();
    await expect
      .poll(() => node(page, "n0").locator(".argument-node").getAttribute("class"))
      .toContain("is-selected");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
