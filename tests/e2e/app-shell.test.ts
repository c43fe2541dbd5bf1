/** A first visit: the built app opens the essay map, thesis on top, with nothing logged as an error. */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as {
  map: { title: string };
  nodes: Array<{ id: string; kind: string; label?: string }>;
};
const thesis = essay.nodes.find((node) => node.kind === "thesis");

describe("first visit", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the essay map with its thesis on screen and no console errors", async () => {
    const { page, errors } = await openApp(browser);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(essay.map.title);
    const thesisNode = page.locator(`.react-flow__node[data-id="${thesis?.id}"]`);
    await thesisNode.waitFor({ state: "visible" });
    expect(await thesisNode.innerText()).toContain(thesis?.label);
    const renderedNodes = await page.locator(".react-flow__node").count();
    expect(renderedNodes).toBe(essay.nodes.length);

    // Laid out top-down: the thesis sits above every other node.
    const boxes = await page.locator(".react-flow__node").evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.getAttribute("data-id"),
        top: element.getBoundingClientRect().top,
      })),
    );
    const thesisTop = boxes.find((box) => box.id === thesis?.id)?.top ?? Number.NaN;
    expect(boxes.filter((box) => box.id !== thesis?.id).every((box) => box.top > thesisTop)).toBe(true);

    expect(errors).toEqual([]);
    await page.screenshot({ path: "test-results/essay-map.png" });
    await page.context().close();
  });
});
