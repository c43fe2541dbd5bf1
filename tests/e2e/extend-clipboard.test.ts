/**
 * Copy, cut and paste of points through the system clipboard in Chromium: within a map (fresh ids, the
 * relations among the copied points kept) and into another map; the clipboard holds format-v1 JSON.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";
import {
  buildThesisWithTwoClaims,
  canvasNodes,
  describeMap,
  exportedMap,
  focusCanvas,
  openBlankMap,
} from "./extend-pages";

describe("copy and paste", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("copies points as a map, pastes them with fresh ids in the same map and in another one", async () => {
    const { page, errors } = await openApp(browser);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await buildThesisWithTwoClaims(page);
    await focusCanvas(page);
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Control+c");
    await expect.poll(() => page.locator(".edit-toast").innerText()).toContain("Copied 3 points");
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.format).toBe("argument-map");
    expect(copied.nodes).toHaveLength(3);
    expect(copied.edges).toHaveLength(2);

    await page.keyboard.press("Control+v");
    await expect.poll(() => canvasNodes(page).count()).toBe(6);
    const doubled = await exportedMap(page);
    expect(new Set(doubled.nodes.map((node) => node.id)).size).toBe(6);
    expect(describeMap(doubled).edges).toEqual([
      "Claim A support Thesis",
      "Claim B support Thesis",
      "Claim A support Thesis",
      "Claim B support Thesis",
    ]);
    // The pasted copies are selected, and their relations join them, not the originals.
    const pastedIds = doubled.nodes.slice(3).map((node) => node.id);
    expect(
      doubled.edges.slice(2).every((edge) => pastedIds.includes(edge.from) && pastedIds.includes(edge.to)),
    ).toBe(true);
    await expect.poll(() => page.locator(".argument-node.is-selected").count()).toBe(3);

    // Cut takes them out again; one undo brings them back.
    await focusCanvas(page);
    await page.keyboard.press("Control+x");
    await expect.poll(() => canvasNodes(page).count()).toBe(3);
    await page.keyboard.press("Control+z");
    await expect.poll(() => canvasNodes(page).count()).toBe(6);

    // Into another map.
    await openBlankMap(page);
    await page.keyboard.press("Control+v");
    await expect.poll(() => canvasNodes(page).count()).toBe(3);
    expect(describeMap(await exportedMap(page))).toEqual({
      nodes: ["thesis: Thesis", "claim: Claim A", "claim: Claim B"],
      edges: ["Claim A support Thesis", "Claim B support Thesis"],
    });

    // Text that is not a map changes nothing and says so.
    await page.evaluate(() => navigator.clipboard.writeText("just some words"));
    await focusCanvas(page);
    await page.keyboard.press("Control+v");
    await expect
      .poll(() => page.locator(".edit-toast[role=alert]").innerText())
      .toContain("Nothing to paste");
    expect(await canvasNodes(page).count()).toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
