/**
 * Flowing a policy round on the flow sheet by keyboard alone, in Chromium: the 1AC typed into an empty
 * round (the thesis, two claims and a card), the 1NC answering one claim by Tab with two typed answers,
 * an extension and a cross-out, undone and redone; the map exported then gives the flow those points in
 * those speeches and those drops, with no blank point. A typed answer cross-applied to a second point
 * answers it too.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeFlow } from "../../src/analysis";
import { flowSpeeches, formatOfMap } from "../../src/model/debate-formats";
import { DRAFT_STAND_IN } from "../../src/ui/flow/flow-drafts";
import { seriousAccessibilityProblems } from "./axe";
import { launchBrowser } from "./browser";
import { exportedMap } from "./extend-pages";
import {
  cellsOutsideTheirColumn,
  cellWith,
  extendAndCrossOut,
  grid,
  openRoundOnSheet,
  startSpeech,
  typeWords,
  typingBox,
} from "./flow-sheet-pages";

const EMPTY_POLICY_ROUND = JSON.stringify({
  format: "argument-map",
  version: 3,
  map: { id: "round", title: "An empty policy round", debate: { format: "policy" } },
  nodes: [],
  edges: [],
});

async function openEmptyRound(browser: Browser) {
  return openRoundOnSheet(browser, "An empty policy round", EMPTY_POLICY_ROUND);
}

describe("the flow sheet", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("fills the main area with one column per speech, all eight of a policy round at 1280 px", async () => {
    const { page, errors } = await openEmptyRound(browser);
    const speeches = flowSpeeches(formatOfMap({ debate: { format: "policy" } }));
    const headings = grid(page).getByRole("columnheader");
    expect(await headings.count()).toBe(speeches.length);
    for (const [i, speech] of speeches.entries()) {
      const text = await headings.nth(i).innerText();
      expect(text).toContain(speech.id);
      expect(text).toContain(speech.name);
      const box = await headings.nth(i).boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(140);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
    }
    const sheet = await grid(page).boundingBox();
    expect(sheet?.width).toBeGreaterThanOrEqual(0.85 * 1280);
    expect(await seriousAccessibilityProblems(page, ".flow-sheet-view")).toEqual([]);
    // What the sheet covers is out of reach of the keyboard until the map comes back.
    expect(await page.locator(".map-canvas").evaluate((canvas) => canvas.closest("[inert]") !== null)).toBe(
      true,
    );
    // Back to the map: the canvas is there as it was.
    await page.getByRole("button", { name: "Map", exact: true }).click();
    await grid(page).waitFor({ state: "detached" });
    await expect
      .poll(() => page.locator(".map-canvas").evaluate((canvas) => canvas.closest("[inert]") !== null))
      .toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("flows the 1AC and the 1NC by keyboard, extends and crosses out, undoes and redoes; the exported flow matches", async () => {
    const { page, errors } = await openEmptyRound(browser);
    const key = page.keyboard;

    // The 1AC: the thesis, two claims under it, a card under the second claim.
    await startSpeech(page, "1AC", "The plan solves warming");
    await key.press("Enter");
    await typeWords(page, "Warming is real");
    await key.press("Enter");
    await typeWords(page, "The plan cuts emissions");
    await key.press("Control+Enter");
    await typeWords(page, "Smith 24: cuts of forty percent");
    await key.press("Escape");
    await typingBox(page).waitFor({ state: "detached" });
    // Each typed point is one undo step, words and all.
    const in1AC = grid(page).locator('[data-speech="1AC"][data-node-id]');
    expect(await in1AC.count()).toBe(4);
    await key.press("Control+z");
    await expect.poll(() => in1AC.count()).toBe(3);
    await key.press("Control+y");
    await expect.poll(() => cellWith(page, "Smith 24: cuts of forty percent").count()).toBe(1);

    // Arrows move between cells: up from the card is the claim it supports, right is the 1NC's slot.
    await cellWith(page, "Smith 24: cuts of forty percent").focus();
    await key.press("ArrowUp");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("The plan cuts emissions");
    await key.press("Control+ArrowRight");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe("New point in the 1NC");

    // The 1NC answers the first claim by Tab, twice, the second by Enter below the first.
    await cellWith(page, "Warming is real").focus();
    await key.press("Tab");
    await typeWords(page, "Warming is natural");
    await key.press("Enter");
    await typeWords(page, "The models are wrong");
    // An empty next argument is dropped, not left blank.
    await key.press("Enter");
    await typingBox(page).waitFor();
    await key.press("Escape");
    await typingBox(page).waitFor({ state: "detached" });
    await expect.poll(() => cellWith(page, "The models are wrong").count()).toBe(1);
    expect(await grid(page).locator('[data-speech="1NC"][data-node-id]').count()).toBe(2);
    // Each cell sits in its speech's column, however few cells its row holds.
    expect(await cellsOutsideTheirColumn(page)).toEqual([]);

    // Extend the unanswered claim into the 2AC, cross out an answer.
    const { extension, crossedOut: crossed } = await extendAndCrossOut(
      page,
      "The plan cuts emissions",
      "2AC",
      "The models are wrong",
    );

    // Each move is one undo step, and comes back on redo.
    await key.press("Control+z");
    await expect.poll(() => crossed.count()).toBe(0);
    await key.press("Control+z");
    await expect.poll(() => extension.count()).toBe(0);
    await key.press("Control+y");
    await expect.poll(() => extension.count()).toBe(1);
    await key.press("Control+y");
    await expect.poll(() => crossed.count()).toBe(1);

    const doc = await exportedMap(page);
    const flow = computeFlow(doc);
    const textOf = (id: string) => doc.nodes.find((node) => node.id === id)?.text;
    const inSpeech = (speech: string) =>
      (flow.speeches.find((s) => s.id === speech)?.points ?? []).map(textOf).sort();
    expect(inSpeech("1AC")).toEqual(
      [
        "The plan solves warming",
        "Warming is real",
        "The plan cuts emissions",
        "Smith 24: cuts of forty percent",
      ].sort(),
    );
    expect(inSpeech("1NC")).toEqual(["The models are wrong", "Warming is natural"]);
    expect(inSpeech("2AC")).toEqual(["The plan cuts emissions"]);
    expect(doc.nodes.every((node) => node.text.trim() !== "" && node.text !== DRAFT_STAND_IN)).toBe(true);
    expect(doc.nodes.filter((node) => node.meta?.["warrant:crossedOut"] === true).map((n) => n.text)).toEqual(
      ["The models are wrong"],
    );
    // Both answers attack the claim they answer.
    const claim = doc.nodes.find((node) => node.text === "Warming is real")?.id;
    for (const answer of flow.speeches.find((s) => s.id === "1NC")?.points ?? []) {
      expect(
        doc.edges.some((edge) => edge.from === answer && edge.to === claim && edge.relation === "attack"),
      ).toBe(true);
    }
    // Dropped: what the 1NC left unanswered (all the 1AC but the answered claim), and the 1NC's answers,
    // which the 2AC only extended past, but for the one crossed out: withdrawn, it asks for no answer.
    const drops = flow.dropped.map((point) => `${textOf(point.id)} in ${point.droppedIn}`).sort();
    expect(drops).toEqual(
      [
        "The plan solves warming in 1NC",
        "The plan cuts emissions in 1NC",
        "Smith 24: cuts of forty percent in 1NC",
        "Warming is natural in 2AC",
      ].sort(),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it("cross-applies an answer to a second point by keyboard, taking that point's drop away in one undo step", async () => {
    const { page, errors } = await openEmptyRound(browser);
    const key = page.keyboard;
    await grid(page).getByRole("gridcell", { name: "New point in the 1AC" }).focus();
    await key.press("Enter");
    await typeWords(page, "Adopt the plan");
    await key.press("Enter");
    await typeWords(page, "It saves money");
    await key.press("Tab");
    await typeWords(page, "It costs more");
    await key.press("Escape");
    await typingBox(page).waitFor({ state: "detached" });
    const dropped = grid(page).locator(".dropped");
    await expect.poll(() => dropped.count()).toBe(1);
    expect(await dropped.innerText()).toContain("Adopt the plan");

    await cellWith(page, "It costs more").focus();
    await key.press("Control+Shift+C");
    await page.getByRole("status").filter({ hasText: "Cross-applying" }).waitFor();
    await cellWith(page, "Adopt the plan").focus();
    await key.press("Control+Shift+C");
    await expect.poll(() => dropped.count()).toBe(0);
    await key.press("Control+z");
    await expect.poll(() => dropped.count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens a point for editing by F2 and breaks a line in it by Shift+Enter, as the key reference says", async () => {
    const { page, errors } = await openEmptyRound(browser);
    const key = page.keyboard;
    await startSpeech(page, "1AC", "The plan solves warming");
    await key.press("Escape");
    await typingBox(page).waitFor({ state: "detached" });
    await cellWith(page, "The plan solves warming").focus();
    await key.press("F2");
    await expect.poll(() => typingBox(page).inputValue()).toBe("The plan solves warming");
    await key.press("Shift+Enter");
    await key.type("by cutting emissions");
    // Still typing: Shift+Enter made a new line, not a new point.
    await expect
      .poll(() => typingBox(page).inputValue())
      .toBe("The plan solves warming\nby cutting emissions");
    await key.press("Escape");
    await typingBox(page).waitFor({ state: "detached" });
    const texts = (await exportedMap(page)).nodes.map((node) => node.text);
    expect(texts).toEqual(["The plan solves warming\nby cutting emissions"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
