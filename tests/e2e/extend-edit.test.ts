/**
 * Editing on the canvas in Chromium: inline text editing (cancel, commit, commit on leaving), deleting
 * with the relations that depend on what is deleted and undoing it, the shortcut list, the context menu,
 * a new point by double-click, and moving a box selection as one undo step.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArgumentMap } from "../../src/model/schema";
import { launchBrowser, openApp, viewAtRest } from "./browser";
import {
  buildThesisWithTwoClaims,
  canvasNodes,
  centreOf,
  flowNode,
  focusCanvas,
  inlineEditor,
  nodeWithText,
  openBlankMap,
  showWholeMap,
  typeNodeText,
} from "./extend-pages";

/** The relations of the essay map, as the fixture the app opens has them. */
const ESSAY_RELATIONS = (JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap)
  .edges.length;

const edges = (page: Page) => page.locator(".react-flow__edge");
const title = (page: Page, id: string) => flowNode(page, id).locator(".argument-node-title");

async function openEssay(browser: Browser) {
  const opened = await openApp(browser);
  await flowNode(opened.page, "t1").waitFor({ state: "visible" });
  return opened;
}

/** Selects a node of the essay map through the search, then gives the canvas focus. */
async function selectBySearch(page: Page, words: string): Promise<void> {
  await page.getByRole("searchbox").fill(words);
  await page.getByRole("searchbox").press("Enter");
  await focusCanvas(page);
}

describe("editing on the canvas", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("edits a point's text in place: Escape cancels, Ctrl+Enter and leaving the field keep it", async () => {
    const { page, errors } = await openEssay(browser);
    await flowNode(page, "t1").click();
    const before = await title(page, "t1").innerText();
    await focusCanvas(page);
    await page.keyboard.press("Enter");
    await inlineEditor(page).waitFor();
    await page.keyboard.type("Something else entirely");
    await page.keyboard.press("Escape");
    await inlineEditor(page).waitFor({ state: "detached" });
    expect(await title(page, "t1").innerText()).toBe(before);
    // Focus is back on the canvas, so the next key works at once.
    expect(await page.evaluate(() => document.activeElement?.classList.contains("react-flow"))).toBe(true);

    await page.keyboard.press("Enter");
    await page.keyboard.type("The ICC needs support");
    await page.keyboard.press("Control+Enter");
    await inlineEditor(page).waitFor({ state: "detached" });
    // The thesis has a label, shown instead of its text; the inspector shows the text.
    await expect
      .poll(() => page.getByRole("textbox", { name: "Text", exact: true }).inputValue())
      .toBe("The ICC needs support");

    await page.keyboard.press("F2");
    await page.keyboard.type("Kept on leaving the field");
    await page.getByRole("tab", { name: "Inspector" }).click();
    await expect
      .poll(() => page.getByRole("textbox", { name: "Text", exact: true }).inputValue())
      .toBe("Kept on leaving the field");

    await focusCanvas(page);
    await page.keyboard.press("Control+z");
    await expect
      .poll(() => page.getByRole("textbox", { name: "Text", exact: true }).inputValue())
      .toBe("The ICC needs support");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("deletes a point with its relations and the undercut aimed at one of them, and undoes it", async () => {
    const { page, errors } = await openEssay(browser);
    expect(await edges(page).count()).toBe(ESSAY_RELATIONS);
    await selectBySearch(page, "ICC deterred LRA attacks");
    await expect
      .poll(() => flowNode(page, "ev8").locator(".argument-node").getAttribute("class"))
      .toContain("is-selected");
    await page.keyboard.press("Delete");
    await expect.poll(() => canvasNodes(page).count()).toBe(46);
    // ev8's support of c14 and of r1, and k9's undercut of the first.
    expect(await edges(page).count()).toBe(ESSAY_RELATIONS - 3);
    expect(await page.locator('.react-flow__edge[data-id="e36"]').count()).toBe(0);

    await page.keyboard.press("Control+z");
    await expect.poll(() => canvasNodes(page).count()).toBe(47);
    expect(await edges(page).count()).toBe(ESSAY_RELATIONS);
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(() => canvasNodes(page).count()).toBe(46);

    // A relation alone: click its line, Backspace.
    await page.keyboard.press("Control+z");
    await expect.poll(() => canvasNodes(page).count()).toBe(47);
    await page.keyboard.press("0");
    await viewAtRest(page);
    // A point on the line itself (a routed line's box can hold cards), at the middle of its length.
    const onLine = await page
      .locator('.react-flow__edge[data-id="e1"] .relation-hit-area')
      .evaluate((path) => {
        const line = path as SVGPathElement;
        const point = line.getPointAtLength(line.getTotalLength() / 2);
        const screen = new DOMPoint(point.x, point.y).matrixTransform(line.getScreenCTM() as DOMMatrix);
        return { x: screen.x, y: screen.y };
      });
    await page.mouse.click(onLine.x, onLine.y);
    await expect.poll(() => page.locator("#inspector-title").innerText()).toBe("A support");
    await focusCanvas(page);
    await page.keyboard.press("Backspace");
    await expect.poll(() => edges(page).count()).toBe(ESSAY_RELATIONS - 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lists every shortcut on ?, and closes the list with Escape", async () => {
    const { page, errors } = await openEssay(browser);
    await focusCanvas(page);
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    const text = await dialog.innerText();
    for (const words of [
      "a claim that supports it",
      "a critique that attacks it; on a critique, a rebuttal",
      "evidence that supports it",
      "a sibling",
      "undo",
      "redo",
      "copy, cut, paste",
    ])
      expect(text).toContain(words);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.classList.contains("react-flow"))).toBe(true);
    // The toolbar's ? opens it too.
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await dialog.waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("offers actions on right-click: on a point, on a relation and on the empty canvas", async () => {
    const { page, errors } = await openApp(browser);
    await buildThesisWithTwoClaims(page);
    const menu = page.getByRole("menu", { name: "Actions" });

    await nodeWithText(page, "Claim A").click({ button: "right" });
    await menu.getByRole("menuitem", { name: /Add evidence/ }).click();
    await typeNodeText(page, "A survey");
    await expect.poll(() => canvasNodes(page).count()).toBe(4);
    expect(await nodeWithText(page, "A survey").locator(".argument-node").getAttribute("class")).toContain(
      "kind-evidence",
    );

    const box = await page.locator(".react-flow__pane").boundingBox();
    if (!box) throw new Error("no pane");
    await page.mouse.click(box.x + box.width - 60, box.y + 40, { button: "right" });
    await menu.getByRole("menuitem", { name: /Add a claim here/ }).click();
    await typeNodeText(page, "A free claim");
    await expect.poll(() => canvasNodes(page).count()).toBe(5);

    const edgeCount = await edges(page).count();
    await page
      .locator(".react-flow__edge .relation-hit-area")
      .first()
      .click({ button: "right", force: true });
    await menu.getByRole("menuitem", { name: "Delete this relation" }).click();
    await expect.poll(() => edges(page).count()).toBe(edgeCount - 1);
    // The menu also opens from the keyboard, on the selected point.
    await showWholeMap(page);
    await nodeWithText(page, "Claim B").click();
    await page.keyboard.press("Shift+F10");
    await menu.waitFor();
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("adds a point where empty canvas is double-clicked: a thesis on an empty map", async () => {
    const { page, errors } = await openApp(browser);
    await openBlankMap(page);
    expect(await page.getByText("This map is empty.").isVisible()).toBe(true);
    const box = await page.locator(".react-flow__pane").boundingBox();
    if (!box) throw new Error("no pane");
    const at = { x: box.x + 200, y: box.y + box.height - 150 };
    await page.mouse.dblclick(at.x, at.y);
    await typeNodeText(page, "Double-clicked thesis");
    const placed = await centreOf(page, "Double-clicked thesis");
    expect(Math.abs(placed.x - at.x)).toBeLessThan(3);
    expect(Math.abs(placed.y - at.y)).toBeLessThan(3);
    expect(
      await nodeWithText(page, "Double-clicked thesis").locator(".argument-node").getAttribute("class"),
    ).toContain("kind-thesis");
    expect(await page.getByText("This map is empty.").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("selects a box of points with Shift+drag and moves them together as one undo step", async () => {
    const { page, errors } = await openApp(browser);
    await buildThesisWithTwoClaims(page);
    const a = await nodeWithText(page, "Claim A").boundingBox();
    const b = await nodeWithText(page, "Claim B").boundingBox();
    if (!a || !b) throw new Error("claims not drawn");
    const left = Math.min(a.x, b.x) - 20;
    const top = Math.min(a.y, b.y) - 20;
    const right = Math.max(a.x + a.width, b.x + b.width) + 20;
    const bottom = Math.max(a.y + a.height, b.y + b.height) + 20;
    await page.keyboard.down("Shift");
    await page.mouse.move(left, top);
    await page.mouse.down();
    await page.mouse.move(right, bottom, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up("Shift");
    await expect.poll(() => page.locator(".argument-node.is-selected").count()).toBe(2);
    await expect.poll(() => page.locator("#inspector-title").innerText()).toBe("2 points selected");

    const start = await centreOf(page, "Claim A");
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 30, start.y + 40, { steps: 8 });
    await page.mouse.up();
    const movedA = await nodeWithText(page, "Claim A").boundingBox();
    const movedB = await nodeWithText(page, "Claim B").boundingBox();
    const shift = Math.round((movedA?.y ?? 0) - a.y);
    expect(shift).toBeGreaterThan(20);
    expect(Math.round((movedB?.y ?? 0) - b.y)).toBe(shift);

    await focusCanvas(page);
    await page.keyboard.press("Control+z");
    await expect
      .poll(async () => Math.round((await nodeWithText(page, "Claim B").boundingBox())?.y ?? 0))
      .toBe(Math.round(b.y));
    expect(Math.round((await nodeWithText(page, "Claim A").boundingBox())?.y ?? 0)).toBe(Math.round(a.y));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
