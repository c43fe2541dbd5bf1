/**
 * Hostile text inside a valid map (HTML and script in the title, points, labels, notes, tags and
 * citations) is shown as text in every view and every export, in Chromium: no script runs, no element
 * of it reaches the page, and the words are there to read. A map whose source links to a `javascript:`
 * or `data:` address is refused, naming the place.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";
import { importFile } from "./classroom-pages";
import { flowNode } from "./extend-pages";
import { chooseTab, panelTabNames } from "./panel-tabs";

/** Markup that runs `pwn(tag)` if it ever becomes elements, marked so any such element can be found. */
const payload = (tag: string) =>
  `<img src=x data-hostile onerror="pwn('${tag}')"><script data-hostile>pwn('${tag}')</script><svg data-hostile onload="pwn('${tag}')">`;

/** A payload short enough for a label or a tag. */
const SHORT = "<img src=x data-hostile onerror=pwn(1)>";

const hostileMap = {
  format: "argument-map",
  version: 3,
  map: { id: "hostile", title: `Hostile ${payload("title")}`, description: payload("description") },
  nodes: [
    {
      id: "t",
      kind: "thesis",
      text: `The thesis ${payload("thesis")}`,
      label: SHORT,
      notes: payload("notes"),
      tags: [SHORT],
      attribution: payload("attribution"),
      quote: payload("quote"),
      sourceIds: ["s"],
    },
    { id: "k", kind: "critique", text: `A critique [click](javascript:pwn('link')) ${payload("critique")}` },
    { id: "r", kind: "rebuttal", text: `A rebuttal ${payload("rebuttal")}` },
  ],
  edges: [
    { id: "e1", from: "k", to: "t", relation: "attack" },
    { id: "e2", from: "r", to: "k", relation: "attack" },
  ],
  sources: [
    { id: "s", citation: payload("citation"), url: "https://example.org/a?<script>pwn('url')</script>" },
  ],
};

/** Run in every page before its own scripts: `pwn`, which a payload calls if it ever runs, records it. */
function recordPwn(): void {
  const calls: string[] = [];
  Object.assign(window, { pwned: calls, pwn: (tag: string) => calls.push(tag) });
}

/** Every call of `pwn` the page made, and every element of the payload in it. */
async function ran(page: Page): Promise<{ calls: string[]; elements: number }> {
  return page.evaluate(() => ({
    calls: (window as unknown as { pwned: string[] }).pwned,
    elements: document.querySelectorAll("[data-hostile]").length,
  }));
}

/** Chooses an item of the Export menu and returns the downloaded file's text. */
async function exported(page: Page, item: string): Promise<string> {
  await page.getByRole("button", { name: "Export ▾" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: item }).click(),
  ]);
  return readFileSync((await download.path()) as string, "utf8");
}

describe("hostile text in a valid map", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is shown as text in every view and every export, and runs no script", async () => {
    const { page, errors } = await openApp(browser);
    await page.context().addInitScript(recordPwn);
    await page.reload();
    await flowNode(page, "t1").waitFor({ state: "visible" });
    await importFile(page, "hostile.argmap.json", JSON.stringify(hostileMap));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(hostileMap.map.title);
    // A valid map with nothing worth a look: no import report stands over the page.
    expect(await page.getByRole("dialog").count()).toBe(0);

    await flowNode(page, "t").click();
    // On the canvas, the words as written.
    await expect
      .poll(() =>
        page
          .locator(".react-flow__node")
          .getByText("A critique [click](javascript:pwn('link')) <img src=x", { exact: false })
          .count(),
      )
      .toBeGreaterThan(0);
    const names = await panelTabNames(page);
    expect(names).toEqual(expect.arrayContaining(["Inspector", "Why", "Outline", "Source text"]));
    for (const name of names) {
      await chooseTab(page, name);
      await expect.poll(() => ran(page)).toEqual({ calls: [], elements: 0 });
    }
    await chooseTab(page, "Inspector");
    await expect.poll(() => page.locator(".citation").first().innerText()).toContain(payload("citation"));

    await page.getByRole("button", { name: "Export ▾" }).click();
    await page.getByRole("menuitem", { name: "Printable brief…" }).click();
    const brief = page.getByRole("dialog", { name: "Debate brief" });
    await brief.waitFor();
    expect(await brief.innerText()).toContain(payload("critique"));
    expect(await ran(page)).toEqual({ calls: [], elements: 0 });
    await brief.getByRole("button", { name: "Close" }).click();

    const svg = await exported(page, "Picture of the map (SVG)");
    // Opened on its own, as a person opening the downloaded file does: nothing runs.
    const file = join(mkdtempSync(join(tmpdir(), "warrant-hostile-")), "hostile.svg");
    writeFileSync(file, svg);
    // In a context of its own: the app's watches nothing but the app's origin.
    const own = await browser.newContext();
    await own.addInitScript(recordPwn);
    const picture = await own.newPage();
    await picture.goto(`file://${file}`);
    expect(await picture.evaluate(() => (window as unknown as { pwned: string[] }).pwned)).toEqual([]);
    // Plain drawing only: no script, image, embedded HTML or handler anywhere in the file.
    expect(
      await picture.evaluate(() =>
        [...document.querySelectorAll("*")].flatMap((element) => [
          ...(["script", "img", "foreignObject", "a"].includes(element.localName) ? [element.localName] : []),
          ...element.getAttributeNames().filter((name) => name.startsWith("on") || name === "data-hostile"),
        ]),
      ),
    ).toEqual([]);
    expect(await picture.locator("text").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("Hostile <img src=x data-hostile")]),
    );
    await own.close();

    const markdown = await exported(page, "Debate brief (Markdown)");
    // Markdown renders raw HTML and links: every one of them is escaped (a backslash before it).
    expect(markdown).toContain("\\<script");
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|svg)/i);
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
    const argdown = await exported(page, "Argdown");
    // A point's words are Argdown text with its markup characters escaped; the title is a quoted YAML string.
    expect(argdown).toContain("\\<script data-hostile\\>pwn('thesis')");
    expect(JSON.parse(await exported(page, "AIF JSON (opens in OVA3)"))).toBeTruthy();

    expect(await ran(page)).toEqual({ calls: [], elements: 0 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("refuses a map whose sources link to javascript: or data: addresses, naming them", async () => {
    const { page, errors } = await openApp(browser);
    await flowNode(page, "t1").waitFor({ state: "visible" });
    const linked = {
      ...hostileMap,
      sources: [
        { id: "s", citation: "A", url: "javascript:pwn('url')" },
        { id: "d", citation: "B", url: "data:text/html,<script>pwn('data')</script>" },
      ],
    };
    await importFile(page, "links.argmap.json", JSON.stringify(linked));
    const report = page.getByRole("dialog", { name: "Nothing was imported" });
    await report.waitFor();
    const text = await report.innerText();
    expect(text).toMatch(/sources\[0\]\.url.*is not an http:\/\/ or https:\/\/ address/);
    expect(text).toMatch(/sources\[1\]\.url.*is not an http:\/\/ or https:\/\/ address/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
