/**
 * A map whose ids are names of Object.prototype members ("constructor", "toString", "__proto__", ...)
 * works like any other in Chromium: imported, collapsed and expanded, searched, scored, edited, moved,
 * copied and pasted, and still there after a reload.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeStrengths } from "../../src/analysis";
import { prototypeNamedMap } from "../helpers/prototype-map";
import { launchBrowser, openApp } from "./browser";
import { canvasNodes, exportedMap, flowNode, focusCanvas, inlineEditor, showWholeMap } from "./extend-pages";
import { chooseTab } from "./panel-tabs";

const status = (page: Page) => page.locator(".keep-status").innerText();
const heading = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();

async function importPrototypeMap(page: Page): Promise<void> {
  await page.locator(".keep-header-controls input[type=file]").setInputFiles({
    name: "prototype.argmap.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(prototypeNamedMap())),
  });
  await expect.poll(() => heading(page)).toBe("Prototype names");
}

describe("a map whose ids are prototype member names", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens, collapses, searches, scores, edits, moves, pastes and reloads", async () => {
    const { page, errors } = await openApp(browser);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await expect.poll(() => status(page)).toBe("Saved");
    await importPrototypeMap(page);
    expect(await heading(page)).toBe("Prototype names");

    // "toString" is collapsed in the file, which hides the evidence under it.
    await expect.poll(() => canvasNodes(page).count()).toBe(4);
    await flowNode(page, "toString")
      .locator(".argument-node-toggle")
      .evaluate((toggle) => (toggle as HTMLElement).click());
    await expect.poll(() => canvasNodes(page).count()).toBe(5);
    await showWholeMap(page);
    // The position the file gives "toString" is used; the other nodes are laid out around it.
    const ids = await canvasNodes(page).evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute("data-id")),
    );
    expect(ids.sort()).toEqual(
      prototypeNamedMap()
        .nodes.map((node) => node.id)
        .sort(),
    );

    await page.getByRole("searchbox", { name: "Search the map" }).fill("pupils");
    await expect.poll(() => page.locator(".argument-node.is-match").count()).toBe(2);
    await page.getByRole("searchbox", { name: "Search the map" }).fill("");

    const expected = computeStrengths(prototypeNamedMap(), "dfquad").strengths;
    const shown = await page
      .locator(".react-flow__node .node-score[data-strength]")
      .evaluateAll((elements) =>
        elements.map((element) => [
          element.closest(".react-flow__node")?.getAttribute("data-id") ?? "",
          Number(element.getAttribute("data-strength")),
        ]),
      );
    expect(shown).toHaveLength(5);
    for (const [id, strength] of shown)
      expect(strength, String(id)).toBeCloseTo(expected[id as string] as number, 9);

    // Edit the text of "__proto__" in place, and drag "valueOf" and "constructor".
    await flowNode(page, "__proto__")
      .locator(".argument-node")
      .evaluate((node) => (node as HTMLElement).click());
    await focusCanvas(page);
    await page.keyboard.press("Enter");
    await inlineEditor(page).waitFor({ state: "visible" });
    await page.keyboard.press("Control+a");
    await page.keyboard.type("Practice happens in class.");
    await page.keyboard.press("Control+Enter");
    await inlineEditor(page).waitFor({ state: "detached" });
    for (const id of ["valueOf", "constructor"]) {
      const box = await flowNode(page, id).boundingBox();
      if (!box) throw new Error(`${id} is not on screen`);
      await page.mouse.move(box.x + 40, box.y + 40);
      await page.mouse.down();
      await page.mouse.move(box.x + 43, box.y + 40);
      await page.mouse.move(box.x + 100, box.y + 80, { steps: 6 });
      await page.mouse.up();
    }
    // Both keep where they were put, "constructor" too (the position is kept on the point, never under
    // its id), and each drag is one step to undo and redo.
    const placed = async () =>
      (await exportedMap(page)).nodes.filter((node) => node.position !== undefined).map((node) => node.id);
    await expect.poll(placed).toEqual(["constructor", "toString", "valueOf"]);
    await focusCanvas(page);
    await page.keyboard.press("Control+z");
    await expect.poll(placed).toEqual(["toString", "valueOf"]);
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(placed).toEqual(["constructor", "toString", "valueOf"]);

    // Copy everything and paste it: five more points with fresh ids, relations among them kept.
    await focusCanvas(page);
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Control+c");
    await expect.poll(() => page.locator(".edit-toast").innerText()).toContain("Copied 5 points");
    await page.keyboard.press("Control+v");
    await expect.poll(() => canvasNodes(page).count()).toBe(10);

    await expect.poll(() => status(page)).toBe("Saved");
    const saved = await exportedMap(page);
    expect(saved.nodes).toHaveLength(10);
    expect(saved.edges).toHaveLength(8);
    expect(saved.nodes.find((node) => node.id === "__proto__")?.text).toBe("Practice happens in class.");
    const where = (id: string) => saved.nodes.find((node) => node.id === id)?.position;
    expect(where("valueOf")).toBeDefined();
    expect(where("constructor")).toBeDefined();

    // Every side tab reads the selected "constructor" by its id.
    await flowNode(page, "constructor")
      .locator(".argument-node")
      .evaluate((node) => (node as HTMLElement).click());
    for (const tab of ["Inspector", "Why", "Health", "Outline", "Source text"]) {
      await chooseTab(page, tab);
      await page.locator(`#tabpanel-${tab === "Source text" ? "source" : tab.toLowerCase()}`).waitFor();
    }
    await page.getByRole("tab", { name: "Why" }).click();
    expect(await page.locator(".side-panel-body").innerText()).toContain("Homework should be optional.");

    await page.reload();
    await expect.poll(() => heading(page)).toBe("Prototype names");
    await expect.poll(() => canvasNodes(page).count()).toBe(10);
    expect(await exportedMap(page)).toEqual(saved);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
