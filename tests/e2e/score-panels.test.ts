/**
 * Scores in Chromium on the essay map: a strength on every point, the grounded labels, the semantics
 * picker, the Why tab's contributions in words, a what-if slider that rescores the map at once, and
 * the Health tab's findings that select their point. Expected values come from src/analysis on the
 * same map, the code the app runs.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  computeStrengths,
  contributions,
  explainStrength,
  extensions,
  groundedLabelling,
  healthAdvice,
  mapHealth,
} from "../../src/analysis";
import type { ArgumentMap } from "../../src/model/schema";
import { launchBrowser, openApp } from "./browser";
import { chooseTab } from "./panel-tabs";

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const shownScore = (page: Page, id: string) => node(page, id).locator(".node-score-value").innerText();

async function openEssay(browser: Browser) {
  const opened = await openApp(browser);
  await node(opened.page, "t1").waitFor({ state: "visible" });
  return opened;
}

/** Selects a point wherever it is on the canvas, in view or not, as a click on it does. */
async function selectPoint(page: Page, id: string) {
  await node(page, id).evaluate((element) => (element as HTMLElement).click());
  await expect
    .poll(() => node(page, id).locator(".argument-node").getAttribute("class"))
    .toContain("is-selected");
}

async function showTab(page: Page, name: string) {
  await chooseTab(page, name);
}

describe("scores on the map", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows every point's base and DF-QuAD strength, as the analysis computes them", async () => {
    const { page, errors } = await openEssay(browser);
    const expected = computeStrengths(essay, "dfquad").strengths;
    const scores = await page
      .locator(".react-flow__node .node-score[data-strength]")
      .evaluateAll((elements) =>
        elements.map((element) => ({
          id: element.closest(".react-flow__node")?.getAttribute("data-id") ?? "",
          strength: Number(element.getAttribute("data-strength")),
          text: element.textContent ?? "",
        })),
      );
    expect(scores.length).toBeGreaterThan(10);
    for (const score of scores) {
      expect(score.strength, score.id).toBeCloseTo(expected[score.id] as number, 9);
      expect(score.text, score.id).toContain((expected[score.id] as number).toFixed(2));
    }
    expect(await shownScore(page, "t1")).toBe((expected.t1 as number).toFixed(2));
    await page.screenshot({ path: "test-results/essay-map-scores.png" });
    expect(errors).toEqual([]);
  });

  it("switches to grounded labels and back, and rescores with another semantics", async () => {
    const { page } = await openEssay(browser);
    const labels = groundedLabelling(essay).labels;
    // The scoring settings are in the toolbar's View menu.
    await page.getByRole("button", { name: "View ▾" }).click();
    await page.getByRole("switch", { name: /Labels/ }).click();
    await expect
      .poll(() => node(page, "t1").locator(".node-score").getAttribute("data-label"))
      .toBe(labels.t1);
    const shown = await page
      .locator(".react-flow__node .node-score[data-label]")
      .evaluateAll((elements) =>
        elements.map((element) => [
          element.closest(".react-flow__node")?.getAttribute("data-id") ?? "",
          element.getAttribute("data-label"),
          element.querySelector(".node-score-label")?.textContent,
        ]),
      );
    expect(shown.length).toBeGreaterThan(10);
    for (const [id, label, text] of shown) {
      expect(label, id ?? "").toBe(labels[id as string]);
      expect(text).toBe(label?.toUpperCase());
    }
    await page.getByRole("switch", { name: /Labels/ }).click();

    const energy = computeStrengths(essay, "quadratic-energy").strengths;
    await page.getByLabel("Score with").selectOption("quadratic-energy");
    await expect.poll(() => shownScore(page, "t1")).toBe((energy.t1 as number).toFixed(2));
    expect((energy.t1 as number).toFixed(2)).not.toBe(
      (computeStrengths(essay).strengths.t1 as number).toFixed(2),
    );
  });

  it("explains a score in words, naming the critique by Ku & Nzelibe, with links to each source", async () => {
    const { page } = await openEssay(browser);
    await selectPoint(page, "c14");
    await showTab(page, "Why");
    const explanation = explainStrength(essay, "c14", computeStrengths(essay, "dfquad"));
    const ku = explanation?.sources.find((source) => source.nodeIds.includes("k1"));
    // The rebuttals have all but defeated that critique, so it barely moves this claim.
    expect(ku?.sentence).toMatch(/^the critique by Ku & Nzelibe (lowers|barely changes) this/);
    const panel = page.getByRole("region", { name: "Why this score" });
    // The working of the formula is behind a disclosure.
    await panel.getByText("How the formula gives it").click();
    await expect.poll(() => panel.innerText()).toContain(`The critique by Ku & Nzelibe`);
    expect(await panel.getByRole("heading").innerText()).toContain("The court deters atrocities");
    expect(await panel.innerText()).toContain(`${ku?.sentence.slice(1)}.`);
    // The source's name is a link that selects it.
    await panel.locator('.why-source .node-link[data-node-id="k1"]').click();
    await expect.poll(() => page.locator("#inspector-title").count()).toBe(0);
    await expect
      .poll(() => node(page, "k1").locator(".argument-node").getAttribute("class"))
      .toContain("is-selected");
  });

  it("divides the Ku & Nzelibe critique's change among the points, in figures that add up to it", async () => {
    const { page, errors } = await openEssay(browser);
    await selectPoint(page, "k1");
    await showTab(page, "Why");
    const report = contributions(essay, "k1", "dfquad");
    if (report === undefined) throw new Error("no contributions for k1");
    const panel = page.getByRole("region", { name: "Why this score" });
    const rows = panel.locator(".why-contributions li");
    await expect.poll(() => rows.count()).toBe(report.contributions.length);
    const change = Number(await panel.locator("[data-why-change]").getAttribute("data-why-change"));
    const hundredths = (x: number) => Math.round(x * 100);
    expect(hundredths(change)).toBe(hundredths(report.strength) - hundredths(report.base));
    expect(hundredths(change)).not.toBe(0);
    const headline = await panel.locator(".why-headline").innerText();
    expect(headline).toContain(
      `${report.base.toFixed(2)} → ${report.strength.toFixed(2)}: Ku & Nzelibe lost`,
    );
    // The figures in the list add up to the change on screen, each within a hundredth of its share.
    const shown = await rows.evaluateAll((items) =>
      items.map(
        (item) => [item.getAttribute("data-contribution"), Number(item.getAttribute("data-shown"))] as const,
      ),
    );
    expect(hundredths(shown.reduce((sum, [, figure]) => sum + figure, 0))).toBe(hundredths(change));
    for (const [id, figure] of shown) {
      const share = report.contributions.find((c) => c.id === id)?.shapley as number;
      expect(Math.abs(figure - share), id ?? "").toBeLessThanOrEqual(0.01 + 1e-9);
    }
    // So do the figures of the sentence.
    const inSentence = [...headline.matchAll(/for ([−+]\d\.\d\d)/g)].map((m) =>
      Number((m[1] as string).replace("−", "-")),
    );
    expect(inSentence.length).toBeGreaterThan(1);
    expect(hundredths(inSentence.reduce((a, b) => a + b, 0))).toBe(hundredths(change));
    // The waterfall steps from the base through each share to the strength.
    expect(await panel.locator(".why-waterfall [data-waterfall-step]").count()).toBe(
      report.contributions.length + 2,
    );
    // Removal on request: what the critique's strength would be without each point.
    const r1 = report.contributions.find((c) => c.id === "r1");
    await panel.getByRole("button", { name: "Show what taking each out would do" }).click();
    expect(await rows.filter({ has: page.locator('[data-node-id="r1"]') }).innerText()).toContain(
      `without it, ${(report.strength - (r1?.removal as number)).toFixed(2)}`,
    );
    await page.screenshot({ path: "test-results/why-ku-nzelibe.png" });
    expect(errors).toEqual([]);
  });

  it("works out the thesis's shares off the page, estimated, still adding up to its change", async () => {
    const { page, errors } = await openEssay(browser);
    await selectPoint(page, "t1");
    await showTab(page, "Why");
    const panel = page.getByRole("region", { name: "Why this score" });
    const rows = panel.locator(".why-contributions li");
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await panel.innerText()).toMatch(/estimated from [\d,]+ sampled orders/);
    const change = Number(await panel.locator("[data-why-change]").getAttribute("data-why-change"));
    const shown = await rows.evaluateAll((items) =>
      items.map((item) => Number(item.getAttribute("data-shown"))),
    );
    expect(Math.round(shown.reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(change * 100));
    expect(errors).toEqual([]);
  });

  it("rescores every point at once while a base score is tried out, and keeps it as one edit", async () => {
    const { page } = await openEssay(browser);
    await selectPoint(page, "k5");
    await showTab(page, "Why");
    const slider = page.getByTestId("what-if-base");
    const before = await shownScore(page, "t1");
    await slider.focus();
    // Base 0.6 down to 0.1, one step of 0.05 per key.
    for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
    const changed: ArgumentMap = {
      ...essay,
      nodes: essay.nodes.map((n) => (n.id === "k5" ? { ...n, base: 0.1 } : n)),
    };
    const expected = (computeStrengths(changed).strengths.t1 as number).toFixed(2);
    expect(expected).not.toBe(before);
    await expect.poll(() => shownScore(page, "t1")).toBe(expected);
    // Letting go of the slider (here: moving focus on) keeps the value in the map.
    await page.keyboard.press("Tab");
    await expect.poll(() => node(page, "k5").locator(".node-score-base").innerText()).toBe("0.10");
    expect(await shownScore(page, "t1")).toBe(expected);
    // One undo puts the base score back.
    await selectPoint(page, "t1");
    await page.locator(".react-flow").first().focus();
    await page.keyboard.press("Control+z");
    await expect.poll(() => shownScore(page, "t1")).toBe(before);
  });

  it("lists the map's health, selects the point of a finding, and finds the extensions on request", async () => {
    const { page } = await openEssay(browser);
    await showTab(page, "Health");
    const unanswered = mapHealth(essay).filter((finding) => finding.check === "unanswered-critique");
    expect(unanswered.length).toBeGreaterThan(0);
    const first = unanswered[0];
    const panel = page.getByRole("region", { name: "Map health" });
    // One group per check, most important first, each counting its points in words with its advice.
    const rules = healthAdvice(mapHealth(essay));
    const groups = panel.locator(".health-group");
    await expect.poll(() => groups.locator("h3").allInnerTexts()).toEqual(rules.map((rule) => rule.headline));
    expect(rules[0]?.check).toBe("unanswered-critique");
    expect(rules.find((rule) => rule.check === "unsupported-claim")?.headline).toMatch(
      /^\d+ claims have no evidence beneath them$/,
    );
    expect(await groups.first().locator(".health-advice").innerText()).toBe(rules[0]?.advice);
    // The points are behind a disclosure, each named by its title.
    const group = panel.getByRole("region", { name: rules[0]?.headline as string });
    await group.locator("summary").click();
    const finding = group.locator(`button[data-node-id="${first?.nodeId}"]`);
    const critique = essay.nodes.find((n) => n.id === first?.nodeId);
    expect(await finding.innerText()).toBe(critique?.label);
    expect(await finding.getAttribute("title")).toBe(first?.message);
    await finding.click();
    await expect
      .poll(() =>
        node(page, first?.nodeId as string)
          .locator(".argument-node")
          .getAttribute("class"),
      )
      .toContain("is-selected");
    expect(await panel.locator('[data-side-count="pro"]').innerText()).toMatch(/^\d+$/);

    // Extensions are searched for only when asked, and match the analysis core's.
    await panel.getByRole("button", { name: "Find preferred and stable extensions" }).click();
    for (const semantics of ["preferred", "stable"] as const) {
      const result = extensions(essay, semantics);
      if (!result.ok) throw new Error(result.message);
      const list = panel.locator(`[data-extensions="${semantics}"]`);
      await list.locator("summary").click();
      expect(await list.locator("summary").innerText()).toContain(`${result.extensions.length} extension`);
      expect(await list.locator(".node-link").count()).toBe(result.extensions.flat().length);
    }
  });
});
