/**
 * Hostile input in the app, in Chromium: a YAML alias bomb in Argdown front matter, JSON nested 60,000
 * levels deep and a share link that would decompress past a map's limit are each refused with a message
 * while the page keeps answering, the library unchanged and an edit made just before kept; a file slow
 * to read is read in a worker the person can cancel, and one slower than the limit is stopped; a complete
 * 500-point attack graph opens and is saved without holding up the page, the next visit reads it in the
 * background (and goes back to the library when that reading is stopped); a map whose opening never
 * finishes (the tab crashed) has the next visit start on the library, naming it, with a way to delete it.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repeatingLink } from "../helpers/crafted-share-link";
import { aliasBomb, argdownStatements, completeAttackGraph } from "../helpers/hostile-inputs";
import { launchBrowser, openApp } from "./browser";
import { flowNode, focusCanvas, nodeWithText, typeNodeText } from "./extend-pages";
import { crash, storedMapsText } from "./library-pages";

const status = (page: Page) => page.locator(".keep-status").innerText();
const heading = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();
const readingBar = (page: Page) => page.locator(".import-reading");
const storedMapKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("warrant:map:"))
      .sort(),
  );

/** Drops a file on the window, as a person dragging it from their desktop does. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([name, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text as string], name as string));
      for (const type of ["dragenter", "dragover", "drop"]) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    [name, text],
  );
}

/** The page answers a click: the library opens, and closes again. */
async function answersClicks(page: Page): Promise<void> {
  const library = page.getByRole("button", { name: "Library", exact: true });
  await library.click();
  await page.locator(".keep-library").waitFor({ state: "visible" });
  await library.click();
  await page.locator(".keep-library").waitFor({ state: "hidden" });
}

/** Adds a claim to the thesis by keyboard: an edit the autosave has not written yet when it returns. */
async function addClaim(page: Page, words: string): Promise<void> {
  await flowNode(page, "t1").click();
  await focusCanvas(page);
  await page.keyboard.press("s");
  await typeNodeText(page, words);
}

/** Keeps, in the page, what storage held when the import's reading began (the reading bar appeared). */
async function noteStorageWhenReadingStarts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector(".import-reading")) return;
      (window as unknown as { storedAtReading: string }).storedAtReading =
        Object.values(localStorage).join("\n");
      seen.disconnect();
    });
    seen.observe(document.body, { childList: true, subtree: true });
  });
}

describe("hostile input in the app", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("refuses a YAML alias bomb dropped just after an edit, and keeps the edit", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const before = await storedMapKeys(page);
    await noteStorageWhenReadingStarts(page);

    await addClaim(page, "Written before the drop");
    const bomb = `===\n${aliasBomb(9, "\n")}\n===\n\n[A]: A statement.\n`;
    await dropFile(page, "bomb.argdown", bomb);
    const report = page.getByRole("dialog", { name: "Nothing was imported" });
    await report.waitFor();
    expect(await report.innerText()).toContain(
      "The file “bomb.argdown” (read as Argdown) could not be opened",
    );
    expect(await report.innerText()).toMatch(/aliases \(\*name\) that stand for more than 10,000 values/);
    // The edit was in storage before the file was read at all.
    expect(
      await page.evaluate(() => (window as unknown as { storedAtReading?: string }).storedAtReading),
    ).toContain("Written before the drop");
    await report.getByRole("button", { name: "Close" }).click();
    await answersClicks(page);
    expect(await storedMapKeys(page)).toEqual(before);

    // The tab dies: the next visit has the edit.
    await crash(page);
    const next = await page.context().newPage();
    await next.goto(page.url());
    await nodeWithText(next, "Written before the drop").waitFor({ state: "visible" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("refuses JSON nested 60,000 levels deep with the limit, and the page goes on", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const before = await storedMapsText(page);
    const deep = `{"format":"argument-map","version":3,"map":{"id":"d","title":"Deep","meta":{"a":${"[".repeat(60_000)}${"]".repeat(60_000)}}},"nodes":[],"edges":[]}`;
    await dropFile(page, "deep.json", deep);
    const report = page.getByRole("dialog", { name: "Nothing was imported" });
    await report.waitFor();
    expect(await report.innerText()).toContain("The file “deep.json” could not be opened");
    expect(await report.innerText()).toMatch(/nested more than 200 levels deep/);
    await report.getByRole("button", { name: "Close" }).click();
    await answersClicks(page);
    expect(await storedMapsText(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("refuses a share link that decompresses past the limit, opened in a tab with an edit pending", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const before = await storedMapKeys(page);
    await addClaim(page, "Written before the link");
    await page.evaluate((link) => {
      window.location.hash = `map=${link}`;
    }, repeatingLink(12_000));
    const report = page.getByRole("dialog", { name: "Nothing was imported" });
    await report.waitFor();
    expect(await report.innerText()).toMatch(/the share link could not be opened/i);
    expect(await report.innerText()).toContain("larger than 64 MB");
    expect(await storedMapsText(page)).toContain("Written before the link");
    await report.getByRole("button", { name: "Close" }).click();
    await answersClicks(page);
    expect(await storedMapKeys(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("reads a slow file while the page answers, and stops when cancelled", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    const before = await storedMapsText(page);
    await dropFile(page, "long.argdown", argdownStatements(70_000));
    await readingBar(page).waitFor({ state: "visible" });
    expect(await readingBar(page).innerText()).toContain("Reading the file “long.argdown”");
    // The page answers a click while the file is still being read.
    await page.getByRole("button", { name: "Library", exact: true }).click();
    await page.locator(".keep-library").waitFor({ state: "visible" });
    expect(await readingBar(page).isVisible()).toBe(true);

    await readingBar(page).getByRole("button", { name: "Cancel" }).click();
    await readingBar(page).waitFor({ state: "detached" });
    await expect
      .poll(() => page.locator(".edit-toast").innerText())
      .toContain("Stopped reading the file “long.argdown”: nothing was imported.");
    expect(await storedMapsText(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("stops a reading that takes longer than the limit, and says which file and why", async () => {
    const { page, errors } = await openApp(browser, "/?reading-limit=300");
    await expect.poll(() => status(page)).toBe("Saved");
    const before = await storedMapsText(page);
    await dropFile(page, "long.argdown", argdownStatements(70_000));
    const report = page.getByRole("dialog", { name: "Nothing was imported" });
    await report.waitFor();
    expect(await report.innerText()).toContain("The file “long.argdown” could not be opened");
    expect(await report.innerText()).toContain("reading it took longer than 0.3 seconds, so it was stopped");
    expect(await readingBar(page).count()).toBe(0);
    await report.getByRole("button", { name: "Close" }).click();
    await answersClicks(page);
    expect(await storedMapsText(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("a map that locked its user out", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The complete graph of `points` points: every point attacks every other. */
  const complete = (points: number) =>
    JSON.stringify({
      ...completeAttackGraph(points),
      map: { id: "dense", title: "Everyone attacks everyone" },
    });
  const openingMark = (page: Page) => page.evaluate(() => localStorage.getItem("warrant:opening"));

  async function importComplete(page: Page, points: number): Promise<void> {
    await page.locator(".keep-header-controls input[type=file]").setInputFiles({
      name: "dense.argmap.json",
      mimeType: "application/json",
      buffer: Buffer.from(complete(points)),
    });
    await expect.poll(() => heading(page), { timeout: 50_000 }).toBe("Everyone attacks everyone");
  }

  // Its waits are each allowed most of a minute on a busy machine; the test as a whole, three of them.
  it("opens a complete 500-point attack graph, saves it away from the page, and reads it in the background on the next visit", async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => status(page)).toBe("Saved");
    await importComplete(page, 500);
    // What the import found worth a look (no thesis, points attacking one another in a circle).
    const report = page.getByRole("dialog", { name: "Imported “Everyone attacks everyone”" });
    await report.getByRole("button", { name: "Close" }).click();
    // Counted opened once drawn.
    await expect.poll(() => openingMark(page), { timeout: 50_000 }).toBeNull();
    // Drawn as blocks and lines on one canvas: no element per relation, nor per point.
    expect(await page.locator(".dense-map-notice").innerText()).toContain(
      "This map has 249,500 relations, so it is drawn as blocks and lines",
    );
    expect(await page.locator(".react-flow__edge").count()).toBe(0);
    expect(await page.locator(".react-flow__node").count()).toBe(0);
    await answersClicks(page);
    // Saved once its stored form was made away from the page: compressed to fit the storage quota.
    await expect.poll(() => status(page), { timeout: 60_000 }).toBe("Saved");
    const header = await page.evaluate(() => {
      for (let i = 0; i < localStorage.length; i++) {
        // The map's own key, not its list entry, which names the same title.
        const key = localStorage.key(i) ?? "";
        const raw = key.startsWith("warrant:map:") ? (localStorage.getItem(key) ?? "") : "";
        if (raw.includes('"title":"Everyone attacks everyone"'))
          return JSON.parse(raw.slice(0, raw.indexOf("\n")));
      }
      return null;
    });
    expect(header).toMatchObject({ store: "warrant-map", encoding: "deflate-utf16" });

    // The next visit reads it in the reading worker, and shows it once read.
    const next = await page.context().newPage();
    await next.goto(new URL("/", page.url()).href);
    await expect.poll(() => heading(next), { timeout: 50_000 }).toBe("Everyone attacks everyone");
    await expect.poll(() => status(next), { timeout: 50_000 }).toBe("Saved");
    await next.close();

    // A visit whose reading limit is too short for it: stopped, back to the library, named there.
    const stopped = await page.context().newPage();
    await stopped.goto(new URL("/?reading-limit=1", page.url()).href);
    await stopped.locator(".keep-library").waitFor({ state: "visible" });
    expect(await stopped.locator(".keep-banner").allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          "“Everyone attacks everyone” could not be opened: reading it took longer than",
        ),
      ]),
    );
    expect(await heading(stopped)).not.toBe("Everyone attacks everyone");
    expect(await readingBar(stopped).count()).toBe(0);
    // The library is open already: the page answers when it is closed.
    await stopped.getByRole("button", { name: "Library", exact: true }).click();
    await stopped.locator(".keep-library").waitFor({ state: "hidden" });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it("starts on the library after a crash while it opened, names it, and deletes it on request", async () => {
    // The test build holds the opening unfinished (`?fault=opening`), as a tab that froze and was killed.
    const { page } = await openApp(browser, "/?fault=opening");
    await expect.poll(() => status(page)).toBe("Saved");
    // Any map's opening is marked until drawn; a small complete graph is enough to show it.
    await importComplete(page, 40);
    await expect.poll(() => status(page)).toBe("Saved");
    expect(JSON.parse((await openingMark(page)) ?? "null")).toMatchObject({
      title: "Everyone attacks everyone",
    });
    await crash(page);

    const next = await page.context().newPage();
    await next.goto(new URL("/", page.url()).href);
    await next.locator(".keep-library").waitFor({ state: "visible" });
    const banner = next.getByRole("alert").filter({ hasText: "could not be shown last time" });
    expect(await banner.innerText()).toContain(
      "“Everyone attacks everyone” could not be shown last time (it did not finish opening)",
    );
    expect(await heading(next)).not.toBe("Everyone attacks everyone");
    expect(await next.locator(".keep-entry").allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining("Everyone attacks everyone")]),
    );
    await banner.getByRole("button", { name: "Delete it" }).click();
    await expect
      .poll(() => next.locator(".keep-entry").allInnerTexts())
      .not.toEqual(expect.arrayContaining([expect.stringContaining("Everyone attacks everyone")]));
    expect(await next.getByRole("alert").filter({ hasText: "could not be shown last time" }).count()).toBe(0);
    await next.context().close();
  });
});
