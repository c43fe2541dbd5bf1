/**
 * Evidence cards and the cite sheet in Chromium: a card cut in the Inspector on one of the essay round's
 * evidence points (tag, cite, quoted text), shown compactly in its flow cell, listed under its speech on
 * the printable cite sheet, and saved as Markdown that is the cite sheet of the map the app exports; the
 * card's fields and the sheet pass the accessibility check.
 */
import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citeSheet, computeFlow } from "../../src/analysis";
import { citeSheetMarkdown } from "../../src/io/sheets/cite-sheet-markdown";
import { seriousAccessibilityProblems } from "./axe";
import { launchBrowser, openApp } from "./browser";
import { selectPoint } from "./classroom-pages";
import { exportedMap } from "./extend-pages";

const TAG = "The court was made to try individuals";
const CITE = "Rome Statute 1998, United Nations, Article 25";
const QUOTE =
  "The Court shall have jurisdiction over natural persons.\nA person who commits a crime shall be responsible.";

describe("evidence cards and the cite sheet", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("cuts a card in the Inspector, shows it in the flow, and prints and saves the round's cite sheet", async () => {
    const { page, errors } = await openApp(browser);
    await page.locator('.react-flow__node[data-id="t1"]').waitFor({ state: "visible" });
    await selectPoint(page, "ev1");
    await page.getByRole("tab", { name: "Inspector" }).click();
    const card = page.getByRole("region", { name: "Evidence card" });
    expect(await seriousAccessibilityProblems(page, ".inspector-card")).toEqual([]);
    for (const [label, words] of [
      ["Card tag", TAG],
      ["Cite", CITE],
      ["Card text", QUOTE],
    ] as const) {
      await card.getByLabel(label, { exact: true }).fill(words);
      // Leaving the field keeps what was typed, as one undo step.
      await card.getByLabel(label, { exact: true }).blur();
    }
    await expect
      .poll(async () => (await exportedMap(page)).nodes.find((n) => n.id === "ev1")?.card)
      .toEqual({
        tag: TAG,
        cite: CITE,
        text: QUOTE,
      });

    // The flow sheet shows the card in one line: the cite as a debater flows it.
    await page.getByRole("button", { name: "Flow", exact: true }).click();
    const cell = page.getByRole("grid", { name: "Flow of the round" }).locator('[data-node-id="ev1"]');
    await expect.poll(() => cell.locator(".flow-card-line").innerText()).toBe("card: Rome Statute 1998");
    expect(await cell.locator(".flow-card-line").getAttribute("title")).toBe(`${TAG} · ${CITE}`);
    await page.getByRole("button", { name: "Map", exact: true }).click();

    // The printable cite sheet lists the card under the speech it is read in, quoted in full.
    await page.getByRole("button", { name: "Export ▾" }).click();
    await page.getByRole("menuitem", { name: "Printable cite sheet…" }).click();
    const sheet = page.getByRole("dialog", { name: "Cite sheet" });
    const opening = sheet.getByRole("region", { name: /^OF, / });
    const item = opening.locator('li[data-node-id="ev1"]');
    await expect.poll(() => item.locator("strong").innerText()).toBe(TAG);
    expect(await item.locator("cite").innerText()).toBe(CITE);
    expect(await item.locator("blockquote").innerText()).toBe(QUOTE);
    // Evidence still without a card is listed, not left out.
    expect(await sheet.getByRole("region", { name: "Evidence with no card yet" }).locator("li").count()).toBe(
      11,
    );
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    // It takes the focus, so Escape closes it.
    await page.keyboard.press("Escape");
    await sheet.waitFor({ state: "detached" });

    // Saved as Markdown: the cite sheet of the map as the app exports it.
    const doc = await exportedMap(page);
    await page.getByRole("button", { name: "Export ▾" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "Cite sheet (Markdown)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.cites\.md$/);
    const markdown = await readFile((await download.path()) as string, "utf8");
    expect(markdown).toBe(citeSheetMarkdown(citeSheet(doc, computeFlow(doc))));
    expect(markdown).toContain(`1. **${TAG}**: ${CITE}`);
    await expect
      .poll(() => page.locator(".keep-notice, [role=status]").allInnerTexts())
      .toEqual(
        expect.arrayContaining([expect.stringMatching(/\(1 card\)\. 11 evidence points have no card yet/)]),
      );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
