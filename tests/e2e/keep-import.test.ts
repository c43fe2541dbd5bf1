/**
 * Imports and share links in Chromium: a broken file lists its errors and changes nothing; a good file,
 * a dropped file and pasted text open as new maps; a share link carries a map to a fresh browser.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repeatingLink } from "../helpers/crafted-share-link";
import { launchBrowser, openApp } from "./browser";

const small = {
  format: "argument-map",
  version: 1,
  map: { id: "uniforms", title: "School uniforms" },
  nodes: [
    { id: "t", kind: "thesis", text: "Schools should require uniforms." },
    { id: "k", kind: "critique", text: "Uniforms limit self-expression." },
  ],
  edges: [{ id: "e1", from: "k", to: "t", relation: "attack" }],
};

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();
const status = (page: Page) => page.locator(".keep-status").innerText();
const storedMaps = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith("warrant:map:"))),
  );

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .locator(".keep-header-controls input[type=file]")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

describe("import and share links", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists a broken file's errors with their locations and leaves the open map untouched", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const before = await storedMaps(page);
    const titleBefore = await heading(page);

    const broken = structuredClone(small) as Record<string, unknown> & typeof small;
    broken.edges[0] = { ...broken.edges[0], to: "n99" } as (typeof small.edges)[0];
    (broken.nodes[1] as Record<string, unknown>).kind = "opinion";
    await importFile(page, "broken.argmap.json", JSON.stringify(broken));

    const dialog = page.getByRole("dialog", { name: "Nothing was imported" });
    await dialog.waitFor();
    const listed = await dialog.getByRole("list", { name: "Errors" }).getByRole("listitem").allInnerTexts();
    expect(listed.some((line) => line.startsWith("nodes[1].kind: "))).toBe(true);
    expect(await dialog.innerText()).toContain("broken.argmap.json");
    await dialog.getByRole("button", { name: "Close" }).click();

    await importFile(page, "notes.txt", "this is not JSON");
    await page.getByRole("dialog", { name: "Nothing was imported" }).waitFor();
    expect(await page.getByRole("dialog").innerText()).toMatch(/\$: not valid JSON/);
    await page.keyboard.press("Escape");

    expect(await heading(page)).toBe(titleBefore);
    expect(await storedMaps(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens a good file as a new map, shows dropped fields as warnings, and keeps the old map", async () => {
    const { page } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const before = await storedMaps(page);
    await importFile(page, "uniforms.json", JSON.stringify({ ...small, colour: "blue" }));
    const dialog = page.getByRole("dialog", { name: "Imported “School uniforms”" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("colour");
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await heading(page)).toBe("School uniforms");
    await expect.poll(() => status(page)).toBe("Saved");
    const after = await storedMaps(page);
    expect(Object.keys(after)).toHaveLength(2);
    for (const [key, value] of Object.entries(before)) expect(after[key]).toBe(value);
    await page.context().close();
  });

  it("opens a version-1 file and a version-2 file and keeps them as version 3, positions on the points", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const before = await storedMaps(page);
    const v1 = readFileSync("tests/fixtures/migrations/v1.argmap.json", "utf8");
    const v1Doc = JSON.parse(v1) as { version: number; map: { id: string; title: string } };
    expect(v1Doc.version).toBe(1);
    await importFile(
      page,
      "old.argmap.json",
      JSON.stringify({ ...v1Doc, map: { ...v1Doc.map, id: "old", title: "An old map" } }),
    );
    await expect.poll(() => heading(page)).toBe("An old map");
    await expect.poll(() => status(page)).toBe("Saved");
    const after = await storedMaps(page);
    const added = Object.entries(after).find(([key]) => !(key in before));
    expect(added, "the imported map is kept beside the first").toBeDefined();
    expect(added?.[1]).toMatch(/"version": ?3/);

    const v2 = readFileSync("tests/fixtures/migrations/v2.argmap.json", "utf8");
    await importFile(page, "older.argmap.json", v2);
    await expect.poll(() => heading(page)).toBe("School uniforms, as version 2 saved it");
    await expect.poll(() => status(page)).toBe("Saved");
    const stored = Object.entries(await storedMaps(page)).find(([key]) => !(key in after));
    expect(stored?.[1]).toMatch(/"version": ?3/);
    expect(stored?.[1]).not.toMatch(/"positions"/);
    expect(stored?.[1]).toMatch(/"position": ?\{ ?"x": ?260, ?"y": ?160 ?\}/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("imports a file dropped on the window, and pasted text", async () => {
    const { page } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    await page.evaluate(
      (text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], "dropped.argmap.json", { type: "application/json" }));
        for (const type of ["dragenter", "dragover", "drop"]) {
          window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
        }
      },
      JSON.stringify({ ...small, map: { id: "d", title: "Dropped map" } }),
    );
    await expect.poll(() => heading(page)).toBe("Dropped map");

    await page.getByRole("button", { name: "Library", exact: true }).click();
    await page.getByRole("button", { name: "Paste a map…" }).click();
    const dialog = page.getByRole("dialog", { name: "Paste a map" });
    await dialog
      .getByRole("textbox")
      .fill(JSON.stringify({ ...small, map: { id: "p", title: "Pasted map" } }));
    await dialog.getByRole("button", { name: "Import as a new map" }).click();
    await expect.poll(() => heading(page)).toBe("Pasted map");
    await expect.poll(() => page.locator(".keep-entry").count()).toBe(3);
    await page.context().close();
  });

  it("carries a map through a share link into a fresh browser, as a copy in its library", async () => {
    const { page } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    await importFile(page, "uniforms.json", JSON.stringify(small));
    await expect.poll(() => heading(page)).toBe("School uniforms");
    await page.getByRole("button", { name: "Share link" }).click();
    const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
    expect(link).toMatch(/#map=[A-Za-z0-9+\-$]+$/);
    await page.context().close();

    const { page: other, errors } = await openApp(browser, new URL(link).pathname + new URL(link).hash);
    // Nothing is added before the reader has seen what the link carries and said yes.
    const ask = other.getByRole("dialog", { name: "Add the shared map?" });
    await ask.waitFor();
    expect(await ask.innerText()).toMatch(/“School uniforms”: 2 points, 1 relation, \d+ bytes/);
    expect(await heading(other)).toContain("A Fight Against Impunity");
    await expect
      .poll(() =>
        other.evaluate(
          () => Object.keys(localStorage).filter((key) => key.startsWith("warrant:map:")).length,
        ),
      )
      .toBe(1);
    await ask.getByRole("button", { name: "Add to my library" }).click();
    await expect.poll(() => heading(other)).toBe("School uniforms");
    await expect.poll(() => status(other)).toBe("Saved");
    expect(new URL(other.url()).hash).toBe("");
    await other.getByRole("button", { name: "Library", exact: true }).click();
    await other.locator(".keep-library").waitFor();
    // The essay map of the first visit, and the shared copy.
    expect(await other.locator(".keep-entry-open").allInnerTexts()).toEqual(
      expect.arrayContaining(["School uniforms", expect.stringContaining("A Fight Against Impunity")]),
    );
    // The fragment is gone, so a reload does not import the map a second time.
    await other.reload();
    await expect.poll(() => heading(other)).toBe("School uniforms");
    await other.getByRole("button", { name: "Library", exact: true }).click();
    await other.locator(".keep-library").waitFor();
    expect(await other.locator(".keep-entry").count()).toBe(2);
    expect(errors).toEqual([]);
    await other.context().close();
  });

  it("warns about a long link and reports a damaged one", async () => {
    const { page } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    await page.getByRole("button", { name: "Share link" }).click();
    const dialog = page.getByRole("dialog", { name: "Share link" });
    expect(await dialog.getByRole("note").innerText()).toMatch(/cut links longer than 8,000 characters/);
    const link = await dialog.getByRole("textbox", { name: "Share link" }).inputValue();
    await page.context().close();

    const damaged = link.slice(0, link.length - 200);
    const { page: other } = await openApp(browser, `/${new URL(damaged).hash}`);
    const report = other.getByRole("dialog", { name: "Nothing was imported" });
    await report.waitFor();
    expect(await report.innerText()).toMatch(/the share link could not be opened/i);
    expect(await report.innerText()).toContain("$: the link is damaged or incomplete");
    expect(await heading(other)).toContain("A Fight Against Impunity");
    await other.context().close();
  });

  it("refuses a short crafted link that would spell more than a map's 64 MB, and stores nothing", async () => {
    // About 28,000 characters that would decompress to some 72 million.
    const { page: other, errors } = await openApp(browser, `/#map=${repeatingLink(12_000)}`);
    const report = other.getByRole("dialog", { name: "Nothing was imported" });
    await report.waitFor();
    expect(await report.innerText()).toContain("larger than 64 MB");
    expect(await heading(other)).toContain("A Fight Against Impunity");
    await report.getByRole("button", { name: "Close" }).click();
    await other.getByRole("button", { name: "Library", exact: true }).click();
    await other.locator(".keep-library").waitFor();
    expect(await other.locator(".keep-entry").count()).toBe(1);
    expect(errors).toEqual([]);
    await other.context().close();
  });
});
