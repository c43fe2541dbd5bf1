/**
 * The whole argument on one screen, in Chromium at 1280 × 800: the first view starts with the thesis and
 * what argues about it directly, readable; "Whole map" shows every point of the essay with its words as
 * page text, readable, unclipped, uncovered and apart; a generated 300-point map's whole view names the
 * thesis and the points nearest it without overlaps; a 3,000-point map is shown whole, wrapped to the
 * screen's shape; adding points keeps the reader's place; the legend,
 * the overview and the side panel give way to the map; and the map keeps most of the window for the
 * teacher, a student with an assignment and a presenter.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDebate } from "../../src/model/generate-debate";
import { layoutGraphOfMap, NODE_SIZE } from "../../src/model/layout/layout-graph";
import { wrappedLayout } from "../../src/model/layout/wrapped-layout";
import type { ArgumentMap } from "../../src/model/schema";
import { boundsOf } from "../../src/ui/canvas/start-viewport";
import { launchBrowser, openApp, viewAtRest } from "./browser";
import { classroomMenu, downloaded, importFile, setRole, strip } from "./classroom-pages";
import { apart, mapLabelBoxes } from "./map-labels";
import { chooseTab, panelTabNames } from "./panel-tabs";

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
const thesis = essay.nodes.find((n) => n.kind === "thesis")?.id as string;
const nodeIds = new Set(essay.nodes.map((n) => n.id));
/** The points supporting or attacking the thesis directly. */
const direct = essay.edges.filter((e) => e.to === thesis && nodeIds.has(e.from)).map((e) => e.from);

interface Shown {
  id: string;
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** The label's type size on screen, in pixels. */
  pixels: number;
  clipped: boolean;
  /** How many lines the label takes. */
  lines: number;
}

/** Each point's label as the page shows it: its box on screen, its size there, whether it is cut off. */
async function labelsOnScreen(page: Page, ids: readonly string[]): Promise<Shown[]> {
  return page.evaluate((wanted) => {
    const zoom = new DOMMatrixReadOnly(
      getComputedStyle(document.querySelector(".react-flow__viewport") as Element).transform,
    ).a;
    return wanted.map((id) => {
      const title = document.querySelector(`.react-flow__node[data-id="${id}"] .argument-node-title`);
      if (!(title instanceof HTMLElement))
        return { id, text: "", left: 0, top: 0, right: 0, bottom: 0, pixels: 0, clipped: true, lines: 0 };
      const box = title.getBoundingClientRect();
      return {
        id,
        text: title.innerText,
        left: box.left,
        top: box.top,
        right: box.right,
        bottom: box.bottom,
        pixels: Number.parseFloat(getComputedStyle(title).fontSize) * zoom,
        clipped: title.scrollHeight > title.clientHeight + 1 || title.scrollWidth > title.clientWidth + 1,
        lines: Math.round(title.scrollHeight / Number.parseFloat(getComputedStyle(title).lineHeight)),
      };
    });
  }, ids);
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The canvas on screen, and what floats over it (legend, zoom buttons, Start view, overview). */
async function canvasAndFloating(page: Page): Promise<{ canvas: Rect; floating: Rect[] }> {
  return page.evaluate(() => {
    const rect = (element: Element) => {
      const box = element.getBoundingClientRect();
      return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    };
    const canvas = document.querySelector(".react-flow") as Element;
    return {
      canvas: rect(canvas),
      floating: [...canvas.querySelectorAll(".react-flow__panel")]
        .map(rect)
        .filter((box) => box.right > box.left && box.bottom > box.top),
    };
  });
}

const inside = (a: Rect, b: Rect) =>
  a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/** Every label is words on the page, at least 11 pixels, whole, on the canvas and under nothing. */
async function expectReadable(page: Page, ids: readonly string[]): Promise<Shown[]> {
  const shown = await labelsOnScreen(page, ids);
  const { canvas, floating } = await canvasAndFloating(page);
  for (const label of shown) {
    expect(label.text.trim().length, label.id).toBeGreaterThan(0);
    expect(label.pixels, label.id).toBeGreaterThanOrEqual(11);
    expect(label.clipped, label.id).toBe(false);
    expect(inside(label, canvas), label.id).toBe(true);
    for (const box of floating) expect(apart(label, box), `${label.id} under a floating control`).toBe(true);
  }
  return shown;
}

describe("the whole argument on one screen", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("starts with the thesis and every point arguing about it directly, readable", async () => {
    const { page, errors } = await openApp(browser);
    await page.locator(`.react-flow__node[data-id="${thesis}"]`).waitFor({ state: "visible" });
    await viewAtRest(page);
    expect(direct.length).toBeGreaterThanOrEqual(8);
    await expectReadable(page, [thesis, ...direct]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows all 47 essay points with their words readable, whole, uncovered and apart after Whole map", async () => {
    const { page, errors } = await openApp(browser);
    await page.locator(`.react-flow__node[data-id="${thesis}"]`).waitFor({ state: "visible" });
    // Closing the panel first shows that Whole map opens it again.
    await page.getByRole("button", { name: "Hide panel" }).click();
    await page.getByRole("button", { name: /whole map/i }).click();
    await expect.poll(() => page.getByRole("complementary", { name: "Details" }).isVisible()).toBe(true);
    await viewAtRest(page);
    const shown = await expectReadable(page, [...nodeIds]);
    expect(shown).toHaveLength(47);
    // Each compact card holds its label on one to three lines.
    for (const label of shown) expect(label.lines, label.id).toBeLessThanOrEqual(3);
    expect(Math.max(...shown.map((label) => label.lines))).toBeGreaterThanOrEqual(2);
    for (const [i, a] of shown.entries()) {
      for (const b of shown.slice(i + 1)) expect(apart(a, b), `${a.id} and ${b.id}`).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("folds the legend after the first visit, shows and hides the overview, and resizes the side panel", async () => {
    const { page, errors } = await openApp(browser);
    await page.locator(`.react-flow__node[data-id="${thesis}"]`).waitFor({ state: "visible" });
    const legend = page.getByRole("button", { name: "Legend" });
    expect(await legend.getAttribute("aria-expanded")).toBe("true");
    await page.reload();
    await page.locator(`.react-flow__node[data-id="${thesis}"]`).waitFor({ state: "visible" });
    await expect.poll(() => legend.getAttribute("aria-expanded")).toBe("false");

    // A small map starts without the overview; its button shows it and hides it again.
    const overview = page.getByRole("button", { name: "Overview" });
    expect(await page.locator(".map-overview").count()).toBe(0);
    await overview.click();
    await expect.poll(() => page.locator(".map-overview").isVisible()).toBe(true);
    await overview.click();
    await expect.poll(() => page.locator(".map-overview").count()).toBe(0);

    const panel = page.getByRole("complementary", { name: "Details" });
    const width = async () => (await panel.boundingBox())?.width ?? 0;
    const before = await width();
    await page.getByRole("separator", { name: "Resize the side panel" }).focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(width).toBeGreaterThan(before);
    await page.getByRole("button", { name: "Hide panel" }).click();
    await expect.poll(() => panel.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps the panel's tabs on one row at the usual width, none cut off, the rest in a More menu", async () => {
    const { page, errors } = await openApp(browser);
    await page.locator(`.react-flow__node[data-id="${thesis}"]`).waitFor({ state: "visible" });
    const tabsSeen = () =>
      page.evaluate(() => {
        const row = document.querySelector(".side-panel-tab-row") as HTMLElement;
        const box = row.getBoundingClientRect();
        const tabs = [...row.querySelectorAll("[role=tab]:not([hidden]), .side-panel-more > button")].map(
          (tab) => {
            const at = tab.getBoundingClientRect();
            return {
              name: (tab as HTMLElement).innerText,
              whole:
                at.left >= box.left - 0.5 &&
                at.right <= box.right + 0.5 &&
                (tab as HTMLElement).scrollWidth <= (tab as HTMLElement).clientWidth + 1,
              top: at.top,
            };
          },
        );
        return { tabs, rowScrolls: row.scrollWidth > row.clientWidth + 1 };
      });
    const expectOneRowUncut = async () => {
      const seen = await tabsSeen();
      expect(seen.rowScrolls).toBe(false);
      for (const tab of seen.tabs) {
        expect(tab.whole, tab.name).toBe(true);
        expect(tab.top, tab.name).toBe(seen.tabs[0]?.top);
      }
      return seen.tabs.map((tab) => tab.name);
    };
    const shown = await expectOneRowUncut();
    // Every tab is offered once, in the row or in the menu, and one from the menu comes into the row.
    const names = await panelTabNames(page);
    expect(names).toEqual(expect.arrayContaining(["Inspector", "Outline", "Prep", "Source text"]));
    expect(new Set(names).size).toBe(names.length);
    const hidden = names.filter((name) => !shown.includes(name));
    const last = hidden.at(-1) ?? (names.at(-1) as string);
    await chooseTab(page, last);
    await expectOneRowUncut();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps the reader's place while points are added: the point argued about stays put, the thesis in view", async () => {
    const { page, errors } = await openApp(browser);
    const at = async (id: string) => {
      const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
      return box
        ? {
            left: Math.round(box.x),
            top: Math.round(box.y),
            right: box.x + box.width,
            bottom: box.y + box.height,
          }
        : null;
    };
    await page.locator(`.react-flow__node[data-id="${thesis}"]`).waitFor({ state: "visible" });
    await viewAtRest(page);
    const parent = direct[0] as string;
    const { canvas } = await canvasAndFloating(page);
    for (let added = 1; added <= 4; added++) {
      await page.locator(`.react-flow__node[data-id="${parent}"]`).click();
      const before = await at(parent);
      await page.keyboard.press("s");
      await page.keyboard.type(`point ${added}`);
      await page.keyboard.press("Control+Enter");
      await expect.poll(() => page.locator(".react-flow__node").count()).toBe(47 + added);
      await viewAtRest(page);
      const after = await at(parent);
      expect(after?.left).toBe(before?.left);
      expect(after?.top).toBe(before?.top);
      const thesisBox = await at(thesis);
      expect(thesisBox && inside(thesisBox, canvas)).toBe(true);
      const fresh = (await page.locator(".react-flow__node.selected").getAttribute("data-id")) as string;
      const freshBox = await at(fresh);
      expect(freshBox && inside(freshBox, canvas)).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("names the thesis of a 300-point map and the points nearest it, readable and never overlapping", async () => {
    const { page, errors } = await openApp(browser, "/?generate=300");
    await page.locator(".react-flow__node").first().waitFor({ state: "visible" });
    await page.getByRole("button", { name: /whole map/i }).click();
    await viewAtRest(page);
    await expect.poll(() => page.locator(".map-label.is-thesis").count()).toBe(1);
    const labels = await mapLabelBoxes(page);
    expect(labels.length).toBeGreaterThanOrEqual(6);
    const { floating } = await canvasAndFloating(page);
    for (const [i, a] of labels.entries()) {
      expect(a.size).toBeGreaterThanOrEqual(11);
      for (const b of labels.slice(i + 1)) expect(apart(a, b)).toBe(true);
      for (const box of floating) expect(apart(a, box)).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a 3,000-point map whole, wrapped to the screen's shape, once the layout worker has laid it out", async () => {
    // The same map the page generates, laid out wrapped here: its extent, in the canvas's units.
    const extent = boundsOf(
      [...wrappedLayout(layoutGraphOfMap(generateDebate({ nodes: 3000, seed: 1 }))).values()],
      NODE_SIZE,
    );
    if (!extent) throw new Error("the generated map has points");
    const { page, errors } = await openApp(browser, "/?generate=3000");
    await page.locator(".react-flow__node").first().waitFor({ state: "visible" });
    await page.getByRole("button", { name: /whole map/i }).click();
    // The overview draws the whole map as large as fits in it, less a 6-pixel margin, and frames the part
    // of the map the canvas shows: shown whole, the frame spans the overview from margin to margin one
    // way at least, and fitted, it is not much bigger than the overview. And the map fills at least half
    // the canvas one way (top down, this map is a hundred times wider than tall, a thin strip).
    const shown = () =>
      page.evaluate(
        ({ width, height }) => {
          const overview = document.querySelector(".map-overview")?.getBoundingClientRect();
          const frame = document.querySelector(".map-overview-frame")?.getBoundingClientRect();
          const canvas = document.querySelector(".map-canvas .react-flow")?.getBoundingClientRect();
          const transform = (document.querySelector(".react-flow__viewport") as HTMLElement | null)?.style
            .transform;
          const scale = Number(transform?.match(/scale\(([\d.e-]+)\)/)?.[1] ?? 0);
          if (!overview || !frame || !canvas) return "no overview";
          const margin = 7;
          const across = frame.left <= overview.left + margin && frame.right >= overview.right - margin;
          const down = frame.top <= overview.top + margin && frame.bottom >= overview.bottom - margin;
          const fitted = frame.width <= overview.width * 1.5 && frame.height <= overview.height * 1.5;
          const fills = width * scale >= canvas.width / 2 || height * scale >= canvas.height / 2;
          return (across || down) && fitted && fills
            ? "whole, fitted and filling the canvas"
            : `frame ${Math.round(frame.width)} x ${Math.round(frame.height)}, map ${Math.round(width * scale)} x ${Math.round(height * scale)}`;
        },
        { width: extent.maxX - extent.minX, height: extent.maxY - extent.minY },
      );
    await expect.poll(shown).toBe("whole, fitted and filling the canvas");
    // Named over it: the thesis first, no label under what floats over the canvas.
    await expect.poll(() => page.locator(".map-label.is-thesis").count()).toBe(1);
    const { floating } = await canvasAndFloating(page);
    for (const label of await mapLabelBoxes(page))
      for (const box of floating) expect(apart(label, box)).toBe(true);
    await page.getByRole("button", { name: "View ▾" }).click();
    expect(await page.getByLabel("Layout").inputValue()).toBe("wrapped");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps the header and toolbar to two rows and gives the map most of the window, for every role", async () => {
    const { page, errors } = await openApp(browser);
    await page.locator(`.react-flow__node[data-id="${thesis}"]`).waitFor({ state: "visible" });
    const layout = () =>
      page.evaluate(() => {
        const height = (selector: string) =>
          document.querySelector(selector)?.getBoundingClientRect().height ?? 0;
        // One row: every shown child shares a band of the height with every other (a wrapped child
        // would start below where another ends).
        const oneRow = (selector: string) => {
          const boxes = [...(document.querySelector(selector) as HTMLElement).children]
            .map((child) => child.getBoundingClientRect())
            .filter((box) => box.width > 0 && box.height > 0);
          return Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom));
        };
        return {
          bars: height(".app-header") + height(".explore-toolbar"),
          header: oneRow(".app-header"),
          toolbar: oneRow(".explore-toolbar"),
          tabs: oneRow(".side-panel-tabs"),
          canvas: height(".react-flow"),
          window: window.innerHeight,
        };
      });
    const expectRoomy = async (who: string) => {
      const seen = await layout();
      expect(seen.header, who).toBe(true);
      expect(seen.toolbar, who).toBe(true);
      expect(seen.tabs, who).toBe(true);
      expect(seen.bars, who).toBeLessThanOrEqual(96);
      expect(seen.canvas / seen.window, who).toBeGreaterThanOrEqual(0.7);
    };
    await expectRoomy("the teacher");

    // A student with an assignment, its strip above the map.
    await classroomMenu(page, "Make an assignment from this map…");
    const form = page.getByRole("dialog", { name: "Make an assignment from this map" });
    await form.getByLabel("Title").fill("Map the critiques");
    await form.getByRole("button", { name: "Save the assignment" }).click();
    await expect.poll(() => strip(page).innerText()).toContain("Assignment: Map the critiques");
    await expectRoomy("the teacher with an assignment");
    const assignment = await downloaded(page, () =>
      strip(page).getByRole("button", { name: "Download the assignment" }).click(),
    );
    await setRole(page, "a student");
    await importFile(page, assignment.name, JSON.stringify(assignment.doc));
    const intake = page.getByRole("dialog", { name: "Assignment: Map the critiques" });
    await intake.getByLabel("Your name").fill("Sam");
    await intake.getByRole("button", { name: "Start my copy" }).click();
    await expect.poll(() => strip(page).innerText()).toContain("Sam's copy: Map the critiques");
    await expectRoomy("a student with an assignment");
    expect(errors).toEqual([]);
    await page.context().close();

    // A presenter on a projector's 1280 × 720.
    const projector = await openApp(browser, "/", { width: 1280, height: 720 });
    await projector.page.locator(`.react-flow__node[data-id="${thesis}"]`).waitFor({ state: "visible" });
    const saved = await projector.page.evaluate(() => window.innerHeight);
    expect(saved).toBe(720);
    const seen = await projector.page.evaluate(
      () => (document.querySelector(".react-flow")?.getBoundingClientRect().height ?? 0) / window.innerHeight,
    );
    expect(seen).toBeGreaterThanOrEqual(0.7);
    expect(await projector.page.getByRole("button", { name: "Present" }).isVisible()).toBe(true);
    expect(projector.errors).toEqual([]);
    await projector.page.context().close();
  });
});
