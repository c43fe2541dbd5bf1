/**
 * Building a map from nothing with the keyboard alone: a thesis, two claims, a critique, its rebuttal and
 * evidence with a source; then every step undone back to the empty map and redone.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";
import {
  canvasNodes,
  describeMap,
  exportedMap,
  focusCanvas,
  inlineEditor,
  openBlankMap,
  typeNodeText,
} from "./extend-pages";

describe("building a map with the keyboard", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("takes the next point's key straight after Ctrl+Enter, with no pause between them", async () => {
    const { page, errors } = await openApp(browser);
    await openBlankMap(page);
    await page.keyboard.press("t");
    await inlineEditor(page).waitFor({ state: "visible" });
    await page.keyboard.type("Thesis");
    // One key after the other, as a quick typist presses them, on a machine so busy that the next frame
    // comes late (frames are held back 300 ms here): the second key must still reach the canvas.
    await page.evaluate(() => {
      const frame = window.requestAnimationFrame.bind(window);
      (window as { restoreFrames?: () => void }).restoreFrames = () => {
        window.requestAnimationFrame = frame;
      };
      window.requestAnimationFrame = (callback) => frame(() => setTimeout(() => frame(callback), 300));
    });
    await page.keyboard.press("Control+Enter");
    await page.keyboard.press("s");
    await page.evaluate(() => (window as { restoreFrames?: () => void }).restoreFrames?.());
    await inlineEditor(page).waitFor({ state: "visible" });
    await page.keyboard.type("Claim");
    await page.keyboard.press("Control+Enter");
    await page.keyboard.press("Escape");
    await expect.poll(() => canvasNodes(page).count()).toBe(2);
    expect(describeMap(await exportedMap(page)).nodes).toEqual(["thesis: Thesis", "claim: Claim"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("adds each kind of point with one key, then undoes everything and redoes it", async () => {
    const { page, errors } = await openApp(browser);
    await openBlankMap(page);
    const keys = page.keyboard;

    await keys.press("t");
    await typeNodeText(page, "Schools should require uniforms");
    await keys.press("s");
    await typeNodeText(page, "Uniforms reduce bullying");
    await keys.press("n");
    await typeNodeText(page, "Uniforms save families money");
    await keys.press("c");
    await typeNodeText(page, "Uniforms cost more up front");
    await keys.press("c");
    await typeNodeText(page, "A uniform outlasts many outfits");
    await keys.press("e");
    await typeNodeText(page, "A 2020 price survey");
    await expect.poll(() => canvasNodes(page).count()).toBe(6);

    // The evidence is selected; its source is added in the inspector, by keyboard.
    await page.getByRole("textbox", { name: "Citation" }).focus();
    await keys.type("Price survey of school outfits, 2020");
    await page.getByRole("textbox", { name: "Link" }).focus();
    await keys.type("https://example.org/prices");
    await keys.press("Enter");
    await expect.poll(() => page.locator(".inspector cite").count()).toBe(1);
    await focusCanvas(page);

    const built = await exportedMap(page);
    expect(describeMap(built)).toEqual({
      nodes: [
        "thesis: Schools should require uniforms",
        "claim: Uniforms reduce bullying",
        "claim: Uniforms save families money",
        "critique: Uniforms cost more up front",
        "rebuttal: A uniform outlasts many outfits",
        "evidence: A 2020 price survey",
      ],
      edges: [
        "Uniforms reduce bullying support Schools should require uniforms",
        "Uniforms save families money support Schools should require uniforms",
        "Uniforms cost more up front attack Uniforms save families money",
        "A uniform outlasts many outfits attack Uniforms cost more up front",
        "A 2020 price survey support A uniform outlasts many outfits",
      ],
    });
    expect(built.sources).toEqual([
      {
        id: expect.any(String),
        citation: "Price survey of school outfits, 2020",
        url: "https://example.org/prices",
      },
    ]);
    expect(built.nodes.at(-1)?.sourceIds).toEqual([built.sources?.[0]?.id]);

    // Six nodes added, six texts typed, one source: thirteen steps back to the empty map.
    for (let i = 0; i < 13; i++) await keys.press("Control+z");
    await expect.poll(() => canvasNodes(page).count()).toBe(0);
    await keys.press("Control+z");
    expect((await exportedMap(page)).nodes).toEqual([]);

    for (let i = 0; i < 12; i++) await keys.press(i % 2 === 0 ? "Control+Shift+Z" : "Control+y");
    await keys.press("Control+y");
    await expect.poll(() => canvasNodes(page).count()).toBe(6);
    const redone = await exportedMap(page);
    expect({ ...redone, map: built.map }).toEqual(built);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
