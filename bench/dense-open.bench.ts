/**
 * Opening a dense map, in headless Chromium: a complete attack graph of N points (every point attacks
 * every other: N × (N − 1) relations; 200 and 500 by default, sizes as arguments) dropped on the page as
 * Warrant JSON, then the page reloaded, which opens it again from the library. A PerformanceObserver
 * records every long task (over 50 ms: the page could not answer the reader) from the drop until the map
 * is drawn and a moment after, while the map is zoomed ten wheel steps and dragged, and for the reload.
 * The table gives, for each, the time until the map was drawn (for the moves, until they were sent) (its opening mark cleared, see src/store/persistence/opening-mark.ts), how many long tasks
 * there were and the longest. The target is no task of more than a moment.
 * Run with `npx tsx bench/dense-open.bench.ts [points…]`.
 */
import type { Page } from "playwright-core";
import { completeAttackGraph } from "../tests/helpers/hostile-inputs";
import { withServedApp } from "./served-app";

const SIZES = process.argv.slice(2).map(Number).filter(Number.isInteger);
const sizes = SIZES.length > 0 ? SIZES : [200, 500];
const TITLE = "Everyone attacks everyone";
// Long enough after the map is drawn for the work it started (scoring, saving) to be done.
const SETTLE_MS = 3_000;

// Run in every page, as text (tsx wraps named functions in a helper the page lacks).
const WATCH = `(() => {
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
})();`;

async function drawn(page: Page): Promise<void> {
  await page.waitForFunction((title) => document.querySelector("h1")?.textContent === title, TITLE, {
    timeout: 300_000,
  });
  await page.waitForFunction(() => localStorage.getItem("warrant:opening") === null, null, {
    timeout: 300_000,
  });
}

async function longTasks(page: Page): Promise<number[]> {
  await page.waitForTimeout(SETTLE_MS);
  return (await page.evaluate("window.longTasks")) as number[];
}

const row = (points: number, step: string, ms: number, tasks: number[]) =>
  `| ${points} | ${step} | ${ms.toFixed(0)} | ${tasks.length} | ${Math.max(0, ...tasks).toFixed(0)} |`;

await withServedApp(async (browser, base) => {
  console.log("\nHeadless Chromium, 1280x800.\n");
  console.log("| points | step | ms until drawn or moved | long tasks (> 50 ms) | longest ms |");
  console.log("|--------|------|-------------------------|----------------------|------------|");
  for (const points of sizes) {
    const dense = JSON.stringify({ ...completeAttackGraph(points), map: { id: "dense", title: TITLE } });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    await page.goto(base);
    await page.locator(".react-flow__node").first().waitFor({ state: "visible" });
    await page.waitForTimeout(SETTLE_MS);
    // The file is made in the page first, so the drop measures the app and not the file's transfer.
    await page.evaluate((text) => {
      (window as unknown as { denseFile: File }).denseFile = new File([text], "dense.argmap.json");
      (window as unknown as { longTasks: number[] }).longTasks = [];
    }, dense);
    const dropped = Date.now();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add((window as unknown as { denseFile: File }).denseFile);
      for (const type of ["dragenter", "dragover", "drop"])
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await drawn(page);
    console.log(row(points, "drop", Date.now() - dropped, await longTasks(page)));

    // Zooming and dragging the map drawn reduced: each frame redraws its blocks and lines.
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
    await page.evaluate("window.longTasks = []");
    const moved = Date.now();
    await page.mouse.move(400, 400);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 100);
    await page.mouse.down();
    await page.mouse.move(600, 500, { steps: 10 });
    await page.mouse.up();
    console.log(row(points, "zoom and drag", Date.now() - moved, await longTasks(page)));

    const reloaded = Date.now();
    await page.reload();
    await drawn(page);
    console.log(row(points, "reload", Date.now() - reloaded, await longTasks(page)));
    await context.close();
  }
});
