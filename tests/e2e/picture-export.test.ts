/**
 * Pictures of the map from the Export menu in Chromium: the SVG is the map's own picture with every
 * label as text, the PNG is that picture drawn at twice its size, a picture of the selection holds the
 * selected points only, and "Print the map…" (or the browser's own Print) prints the picture alone on one
 * landscape page.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArgumentMap } from "../../src/model/schema";
import { elementsOf, parseSvg, shownTexts, words } from "../helpers/svg-picture";
import { launchBrowser, openApp } from "./browser";

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
const status = (page: Page) => page.locator(".keep-status").innerText();

async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole("button", { name: "Export ▾" }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: item, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

/** The size the page's own image decoder reads from the PNG. */
async function decodedSize(page: Page, png: Buffer): Promise<{ width: number; height: number }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, png.toString("base64"));
}

describe("pictures of the map from the Export menu", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("downloads the essay map as an SVG with every label as text and as a PNG twice its size", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const svg = await download(page, "Picture of the map (SVG)");
    expect(svg.name).toMatch(/\.svg$/);
    const text = svg.bytes.toString("utf8");
    expect(text).not.toMatch(/foreignObject|<script/i);
    const root = parseSvg(text);
    const shown = shownTexts(root).map(words);
    for (const node of essay.nodes) expect(shown).toContain(words(node.label ?? node.text));
    const width = Number(root.attributes.get("width"));
    const height = Number(root.attributes.get("height"));
    expect(width / height).toBeGreaterThanOrEqual(0.5);
    expect(width / height).toBeLessThanOrEqual(2.2);

    const png = await download(page, "Picture of the map (PNG)");
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(await decodedSize(page, png.bytes)).toEqual({ width: width * 2, height: height * 2 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("pictures only the selected points", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const thesis = essay.nodes.find((node) => node.kind === "thesis");
    const support = essay.edges.find((edge) => edge.to === thesis?.id && edge.relation === "support");
    const claim = essay.nodes.find((node) => node.id === support?.from);
    await page.locator(`.react-flow__node[data-id="${thesis?.id}"]`).click();
    await page.locator(`.react-flow__node[data-id="${claim?.id}"]`).click({ modifiers: ["Shift"] });
    const svg = await download(page, "Picture of the selection (SVG)");
    expect(svg.name).toMatch(/\.selection\.svg$/);
    const root = parseSvg(svg.bytes.toString("utf8"));
    const cards = elementsOf(root).filter(
      (element) => element.name === "g" && element.children[0]?.name === "title",
    );
    expect(cards.map((card) => card.children[0]?.text).sort()).toEqual([thesis?.text, claim?.text].sort());
    const png = await download(page, "Picture of the selection (PNG)");
    const size = await decodedSize(page, png.bytes);
    expect(size.width).toBe(Number(root.attributes.get("width")) * 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("prints the map's picture alone on one landscape page", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    // The print dialog itself is the browser's; the page is printed to PDF once the map is ready to print.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute("data-print-asked", "yes");
    });
    await page.getByRole("button", { name: "Export ▾" }).click();
    await page.getByRole("menuitem", { name: "Print the map…" }).click();
    await expect.poll(() => page.locator("body").getAttribute("data-print-asked")).toBe("yes");
    expect(await page.locator(".map-print svg text").count()).toBeGreaterThan(essay.nodes.length);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".app").isVisible()).toBe(false);
    expect(await page.locator(".map-print svg").isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString("latin1");
    const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
    expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
    // The labels' printed size: the picture laid out in the printed page's area (less its 10 mm margins),
    // each label's type size times the picture's scale there, in points (0.75 of a CSS pixel).
    const margin = (10 / 25.4) * 72;
    await page.setViewportSize({
      width: Math.floor((Number(box?.[1]) - 2 * margin) / 0.75),
      height: Math.floor((Number(box?.[2]) - 2 * margin) / 0.75),
    });
    // Printing took the picture away afterwards: it is asked for again and laid out for print.
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("button", { name: "Export ▾" }).click();
    await page.getByRole("menuitem", { name: "Print the map…" }).click();
    await page.locator(".map-print svg").waitFor({ state: "attached" });
    await page.emulateMedia({ media: "print" });
    await page.locator(".map-print svg").waitFor({ state: "visible" });
    const smallestPoints = await page.evaluate(() => {
      const svg = document.querySelector(".map-print svg") as SVGSVGElement;
      const scale = svg.getScreenCTM()?.a ?? 0;
      const sizes = [...svg.querySelectorAll("#points text")].map((text) =>
        Number.parseFloat(getComputedStyle(text).fontSize),
      );
      return Math.min(...sizes) * scale * 0.75;
    });
    expect(smallestPoints).toBeGreaterThanOrEqual(7);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("prints the map's picture from the browser's own Print too, and takes it away afterwards", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    // The picture's code is fetched a moment after the page opens; from then on Print finds it ready.
    await expect
      .poll(
        async () => {
          await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
          return page.locator(".map-print svg").count();
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBe(1);
    expect(await page.locator("body").getAttribute("class")).toContain("printing-map");
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(await page.locator(".map-print").count()).toBe(0);
    expect(await page.locator("body").getAttribute("class")).not.toContain("printing-map");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
