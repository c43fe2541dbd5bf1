/**
 * Drawing relations by dragging from a node's dot, in Chromium: the picker suggests a relation, an allowed
 * one is drawn (an undercut onto a relation's line), and a forbidden one is refused with its reason shown.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";
import {
  buildThesisWithTwoClaims,
  centreOf,
  dragConnection,
  edgeMiddle,
  exportedMap,
  showWholeMap,
  typeNodeText,
} from "./extend-pages";

const picker = (page: Page) => page.getByRole("menu", { name: "Relation to draw" });
const alertText = (page: Page) => page.getByRole("alert").innerText();

async function choose(page: Page, relation: "supports" | "attacks" | "undercuts"): Promise<void> {
  await picker(page).getByRole("menuitem", { name: relation }).click();
  await picker(page).waitFor({ state: "detached" });
}

describe("connecting by dragging", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws what the format allows and says why it refuses the rest", async () => {
    const { page, errors } = await openApp(browser);
    await buildThesisWithTwoClaims(page);
    const edges = page.locator(".react-flow__edge");
    await expect.poll(() => edges.count()).toBe(2);

    // A second support from Claim A to the thesis duplicates the first.
    await dragConnection(page, "Claim A", await centreOf(page, "Thesis"));
    // The suggestion for a claim is support, and it has focus: Enter takes it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("supports");
    await page.keyboard.press("Enter");
    await expect.poll(() => alertText(page)).toContain("already connected by a support");

    // A statement cannot support itself.
    await dragConnection(page, "Claim A", await centreOf(page, "Claim A"));
    await choose(page, "supports");
    await expect.poll(() => alertText(page)).toContain("a statement cannot support itself");

    // An undercut aims at a relation, never at a statement.
    await dragConnection(page, "Claim B", await centreOf(page, "Claim A"));
    await choose(page, "undercuts");
    await expect.poll(() => alertText(page)).toContain("an undercut questions a relation");
    await expect.poll(() => edges.count()).toBe(2);

    // Claim B attacking Claim A is allowed.
    await dragConnection(page, "Claim B", await centreOf(page, "Claim A"));
    await choose(page, "attacks");
    await showWholeMap(page);
    await expect.poll(() => edges.count()).toBe(3);

    // A critique dropped on the line of Claim A's support: an undercut, suggested and drawn.
    const doc = await exportedMap(page);
    const claimA = doc.nodes.find((node) => node.text === "Claim A")?.id;
    const supportOfA =
      doc.edges.find((edge) => edge.from === claimA && edge.relation === "support")?.id ?? "";
    await page.locator(".map-canvas .react-flow").focus();
    await nodeSelect(page, "Claim B");
    await page.keyboard.press("c");
    await typeNodeText(page, "The bullying figures are old");
    // The whole map in view (the start view), then onto the middle of the line.
    await showWholeMap(page);
    await dragConnection(page, "The bullying figures are old", await edgeMiddle(page, supportOfA));
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("undercuts");
    await page.keyboard.press("Enter");
    await expect.poll(() => edges.count()).toBe(5);
    const withUndercut = await exportedMap(page);
    const undercut = withUndercut.edges.find((edge) => edge.relation === "undercut");
    expect(undercut?.to).toBe(supportOfA);

    // An undercut of that undercut is refused.
    await showWholeMap(page);
    await dragConnection(page, "Claim B", await edgeMiddle(page, undercut?.id ?? ""));
    await page.keyboard.press("Enter");
    await expect.poll(() => alertText(page)).toContain("an undercut cannot aim at another undercut");
    await expect.poll(() => edges.count()).toBe(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

async function nodeSelect(page: Page, text: string): Promise<void> {
  const { x, y } = await centreOf(page, text);
  await page.mouse.click(x, y);
}
