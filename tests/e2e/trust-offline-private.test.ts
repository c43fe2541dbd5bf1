/**
 * Offline and private by construction, in Chromium: after a first visit the app reloads and works with
 * the network off; its Content Security Policy allows only its own origin, and a tour of the app makes
 * no request elsewhere and breaks no rule of the policy (openApp records both as errors).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";
import { exportedMap, flowNode, focusCanvas, typeNodeText } from "./extend-pages";
import { chooseTab } from "./panel-tabs";

const status = (page: Page) => page.locator(".keep-status").innerText();
const heading = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();

async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker takes over the open page as soon as it is active.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

describe("offline and private", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A context in which the app's service worker runs, as in a person's browser. */
  const withServiceWorker = () => browser.newContext({ viewport: { width: 1280, height: 800 } });

  it("reloads and works with the network off after a first visit", async () => {
    const { page, errors } = await openApp(browser, "/", undefined, await withServiceWorker());
    await expect.poll(() => status(page)).toBe("Saved");
    await serviceWorkerReady(page);
    const title = await heading(page);

    await page.context().setOffline(true);
    await page.reload();
    await expect.poll(() => heading(page)).toBe(title);
    await expect.poll(() => page.locator(".react-flow__node").count()).toBe(47);
    // A new tab opened offline loads too, and editing and saving work as ever.
    const other = await page.context().newPage();
    await other.goto(page.url());
    await expect.poll(() => heading(other)).toBe(title);
    await other.close();
    await flowNode(page, "t1")
      .locator(".argument-node")
      .evaluate((node) => (node as HTMLElement).click());
    await focusCanvas(page);
    await page.keyboard.press("s");
    await typeNodeText(page, "Written offline");
    await expect.poll(() => status(page)).toBe("Saved");
    await page.reload();
    await expect.poll(() => page.locator(".react-flow__node").count()).toBe(48);
    expect((await exportedMap(page)).nodes.some((node) => node.text === "Written offline")).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("allows scripts, styles and connections from its own origin only", async () => {
    const { page } = await openApp(browser);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
    ]) {
      expect(policy).toContain(directive);
    }
    // The policy is in force: a connection elsewhere, an inline script and an inline style are refused.
    const refused = await page.evaluate(async () => {
      const seen: string[] = [];
      const expected = ["connect-src", "script-src-elem", "style-src-elem"];
      // The policy's reports arrive as events after the refusals: wait for all three, not for the clock.
      const allReported = new Promise<void>((resolve) => {
        document.addEventListener("securitypolicyviolation", (event) => {
          seen.push(event.violatedDirective);
          if (expected.every((directive) => seen.includes(directive))) resolve();
        });
      });
      const fetched = await fetch("https://example.org/").then(
        () => "fetched",
        () => "refused",
      );
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true";
      document.body.append(script);
      const style = document.createElement("style");
      style.textContent = "body { color: red }";
      document.head.append(style);
      await allReported;
      return { fetched, inlineRan: "inlineRan" in window, seen };
    });
    expect(refused.fetched).toBe("refused");
    expect(refused.inlineRan).toBe(false);
    expect(refused.seen).toEqual(
      expect.arrayContaining(["connect-src", "script-src-elem", "style-src-elem"]),
    );
    await page.context().close();
  });

  it("asks nothing of another origin and breaks no rule of its policy anywhere in the app", async () => {
    // The service worker too, which fetches every built file on a first visit.
    const { page, errors } = await openApp(browser, "/", undefined, await withServiceWorker());
    await expect.poll(() => status(page)).toBe("Saved");
    await flowNode(page, "k1")
      .locator(".argument-node")
      .evaluate((node) => (node as HTMLElement).click());
    for (const tab of ["Inspector", "Why", "Health", "Outline", "Source text"]) {
      await chooseTab(page, tab);
      await page.locator(".side-panel-body").waitFor();
    }
    await page.getByRole("tab", { name: "Health" }).click();
    await page.getByRole("button", { name: "Library", exact: true }).click();
    await page.locator(".keep-library").waitFor();
    await page.locator(".keep-library").getByRole("button", { name: "Close" }).click();
    await page.getByRole("button", { name: "Share link" }).click();
    await page.getByRole("dialog", { name: "Share link" }).waitFor();
    await page.keyboard.press("Escape");
    await focusCanvas(page);
    await page.keyboard.press("?");
    await page.getByRole("dialog").first().waitFor();
    await page.keyboard.press("Escape");
    await exportedMap(page);
    await page.reload();
    await expect.poll(() => status(page)).toBe("Saved");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
