/**
 * The flow of the round in Chromium: the essay opens as a classroom round whose flow shows every point
 * and the critique the essay leaves unanswered as dropped; answering it from the flow by Tab adds a point
 * to the canvas and the outline, takes the drop away, and undoes in one step; a point made on the canvas,
 * in no speech yet, is dragged into one; a card shows compactly in a cell, and Ctrl+G groups a point's
 * answers in the panel as on the full sheet.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWER_GROUP_KEY } from "../../src/analysis/answer-groups";
import { buildMap } from "../unit/analysis/map-builder";
import { launchBrowser, openApp } from "./browser";
import { importFile } from "./classroom-pages";
import { exportedMap, focusCanvas, typeNodeText } from "./extend-pages";

const canvasNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const cell = (page: Page, id: string) => page.locator(`.flow-cell[data-node-id="${id}"]`);
const cells = (page: Page) => page.locator(".flow-cell");
const canvasNodes = (page: Page) => page.locator(".react-flow__node");

async function openFlow(browser: Browser, viewport?: { width: number; height: number }) {
  const opened = await openApp(browser, "/", viewport);
  await canvasNode(opened.page, "t1").waitFor({ state: "visible" });
  await opened.page.getByRole("tab", { name: "Flow" }).click();
  await cell(opened.page, "t1").waitFor();
  return opened;
}

describe("the flow of the round", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the essay round's speeches, every point, and the unanswered critique as dropped", async () => {
    const { page, errors } = await openFlow(browser);
    expect(await page.locator(".flow-heading").allInnerTexts()).toEqual([
      "OF For, 4 min",
      "OA Against, 4 min",
      "RF For, 3 min",
      "RA Against, 3 min",
    ]);
    expect(await cells(page).count()).toBe(await canvasNodes(page).count());
    // Exactly one drop: the critique the essay never answers.
    expect(await page.locator(".flow-cell.dropped").count()).toBe(1);
    expect(await cell(page, "k9").getAttribute("class")).toContain("dropped");
    expect(await cell(page, "k9").innerText()).toContain("dropped in RF");
    expect(await cell(page, "k1").getAttribute("class")).not.toContain("dropped");
    // What the against side's rebuttal must answer: the essay's rebuttals, none of them answered yet.
    const mustAnswer = page.getByRole("region", { name: "What the RA must answer" });
    expect(await mustAnswer.getByRole("listitem").count()).toBeGreaterThan(0);
    // Each bullet sits level with the first line of its item, wrapped or not.
    const offsets = await mustAnswer.locator("li").evaluateAll((items) =>
      items.map((item) => {
        const bullet = item.querySelector(".flow-bullet")?.getBoundingClientRect();
        const words = item.querySelector("button")?.getBoundingClientRect();
        return { gap: Math.abs((bullet?.top ?? -99) - (words?.top ?? 99)), wraps: (words?.height ?? 0) > 30 };
      }),
    );
    expect(offsets.some((offset) => offset.wraps)).toBe(true);
    expect(offsets.every((offset) => offset.gap <= 2)).toBe(true);
    // Answers are drawn as links, one per answer.
    expect(await page.locator(".flow-link").count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("answers a point by Tab in the next speech of the other side; the answer is on the canvas and in the outline, and undoes in one step", async () => {
    const { page, errors } = await openFlow(browser);
    const before = await canvasNodes(page).count();
    await cell(page, "k9").click();
    await page.keyboard.press("Tab");
    await expect.poll(() => canvasNodes(page).count()).toBe(before + 1);
    await expect
      .poll(async () => (await cell(page, "k9").getAttribute("class")) ?? "")
      .not.toContain("dropped");
    const added = page.locator(".flow-cell.kind-rebuttal.selected");
    expect(await added.count()).toBe(1);
    const id = (await added.getAttribute("data-node-id")) as string;
    // The new rebuttal sits in the rebuttal for, the third column.
    expect(Number.parseFloat((await added.getAttribute("style"))?.match(/left: (\d+)/)?.[1] ?? "-1")).toBe(
      380,
    );
    expect(await canvasNode(page, id).count()).toBe(1);

    await page.getByRole("tab", { name: "Outline" }).click();
    await expect
      .poll(() => page.locator(`[role="treeitem"][data-node-id="${id}"]`).count())
      .toBeGreaterThan(0);

    await page.keyboard.press("Control+z");
    await expect.poll(() => canvasNodes(page).count()).toBe(before);
    await page.getByRole("tab", { name: "Flow" }).click();
    await expect.poll(async () => (await cell(page, "k9").getAttribute("class")) ?? "").toContain("dropped");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("places a point made on the canvas, in no speech yet, by dragging it onto a speech", async () => {
    // A wide window, so the list of points in no speech and the columns are on screen together.
    const { page, errors } = await openFlow(browser, { width: 1600, height: 1000 });
    await cell(page, "k9").click();
    await focusCanvas(page);
    await page.keyboard.press("c");
    await typeNodeText(page, "Strong states feel it too");
    const unplaced = page.getByRole("region", { name: "Points in no speech" });
    const point = unplaced.getByRole("button", { name: "Strong states feel it too" });
    await point.dragTo(page.locator(".flow-heading").nth(2));

    const placed = page.locator(".flow-cell", { hasText: "Strong states feel it too" });
    await placed.waitFor();
    // In the rebuttal for, the third column, where it answers the critique in time.
    expect(Number.parseFloat((await placed.getAttribute("style"))?.match(/left: (\d+)/)?.[1] ?? "-1")).toBe(
      380,
    );
    expect(await cell(page, "k9").getAttribute("class")).not.toContain("dropped");
    expect(await unplaced.count()).toBe(0);

    await page.keyboard.press("Control+z");
    await unplaced.waitFor();
    expect(await cell(page, "k9").getAttribute("class")).toContain("dropped");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows an evidence card in its cell and groups a point's answers by Ctrl+G, as the full sheet does", async () => {
    const round = buildMap(
      {
        t: { kind: "thesis", text: "Uniforms should be required", speech: "OF" },
        c: { text: "Uniforms cut bullying", speech: "OF" },
        ev: {
          kind: "evidence",
          text: "A survey of 40 schools",
          speech: "OF",
          sourceIds: ["s1"],
          card: {
            tag: "Bullying fell",
            cite: "Smith 2021, Journal of School Life",
            text: "Reports fell by half.",
          },
        },
        a1: { kind: "critique", text: "The survey is self-reported", speech: "OA" },
        a2: { kind: "critique", text: "Bullying moved online", speech: "OA" },
      },
      [
        ["c", "support", "t"],
        ["ev", "support", "c"],
        ["a1", "attack", "c", { id: "e3" }],
        ["a2", "attack", "c", { id: "e4" }],
      ],
    );
    round.map = { id: "cards", title: "A round with cards", debate: { format: "classroom" } };
    round.sources = [{ id: "s1", citation: "Smith, Journal of School Life, 2021" }];
    const { page, errors } = await openApp(browser, "/");
    await canvasNodes(page).first().waitFor({ state: "visible" });
    await importFile(page, "cards.argmap.json", JSON.stringify(round));
    await page.getByRole("heading", { level: 1, name: "A round with cards" }).waitFor();
    await page.getByRole("tab", { name: "Flow" }).click();
    await cell(page, "ev").waitFor();
    // The card, compactly: its cite as debaters flow it, inside the cell's box.
    const card = cell(page, "ev").locator(".flow-card-line");
    expect(await card.innerText()).toBe("card: Smith 2021");
    const inside = await cell(page, "ev").evaluate((box) => {
      const outer = box.getBoundingClientRect();
      return [...box.children].every((part) => part.getBoundingClientRect().bottom <= outer.bottom + 0.5);
    });
    expect(inside).toBe(true);

    // Ctrl+G on the claim brackets the two answers the OA gives it; the bracket is drawn beside them.
    await cell(page, "c").click();
    await cell(page, "c").press("Control+g");
    const grouped = page.locator(".flow-cell.grouped");
    await expect.poll(() => grouped.count()).toBe(2);
    const places = await grouped.evaluateAll((cells) =>
      cells.map((one) => ({
        id: one.getAttribute("data-node-id"),
        first: one.classList.contains("group-first"),
        last: one.classList.contains("group-last"),
        bracket: getComputedStyle(one, "::before").borderLeftStyle,
        left: Number.parseFloat(getComputedStyle(one, "::before").left),
      })),
    );
    expect(places.map((place) => place.id).sort()).toEqual(["a1", "a2"]);
    expect(places.filter((place) => place.first)).toHaveLength(1);
    expect(places.filter((place) => place.last)).toHaveLength(1);
    expect(places.every((place) => place.bracket === "solid" && place.left < 0)).toBe(true);
    const marked = (await exportedMap(page)).edges.filter((edge) => edge.meta?.[ANSWER_GROUP_KEY] === true);
    expect(marked.map((edge) => edge.id).sort()).toEqual(["e3", "e4"]);

    // The full sheet shows the same group and the same card.
    await page.getByRole("button", { name: "Flow", exact: true }).click();
    const sheet = page.getByRole("grid", { name: "Flow of the round" });
    await expect.poll(() => sheet.locator(".grouped").count()).toBe(2);
    expect(await sheet.locator('[data-node-id="ev"] .flow-card-line').innerText()).toBe("card: Smith 2021");
    await page.getByRole("button", { name: "Map", exact: true }).click();

    // One undo step takes the group away again.
    await cell(page, "c").click();
    await page.keyboard.press("Control+z");
    await expect.poll(() => grouped.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
