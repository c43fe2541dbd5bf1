/**
 * Editing a big map, timed from the key press to the screen, in headless Chromium on `?generate=1000`
 * (sizes as arguments to change it): the time from the keydown event until the frame after the page
 * shows the result, for
 * - open: Enter opens the selected node's text for typing;
 * - commit: Ctrl+Enter keeps typed words (one undo step) and the node shows them;
 * - add: S adds a supporting claim, connected and open for typing;
 * - undo: Ctrl+Z takes the last edit back.
 * Each is measured RUNS times (default 15); the table gives the median and the 95th percentile.
 * Target: under 100 ms, the point where a response stops feeling immediate.
 * Run with `npx tsx bench/edit-latency.bench.ts` (BENCH_RUNS=5 to hurry).
 */
import type { Page } from "playwright-core";
import { withServedApp } from "./served-app";

const SIZES = process.argv.slice(2).map(Number).filter(Number.isInteger);
const sizes = SIZES.length > 0 ? SIZES : [1000];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const VIEWPORT = { width: 1280, height: 800 };

/**
 * In the page (as text: tsx wraps named functions in a helper the page lacks): `measureNext(selector,
 * words, shown)` resolves with the milliseconds from the next keydown until the frame after `selector`
 * matches and (when `words` is given) shows those words, as its text or its tooltip, or no longer shows
 * them (`shown` false). The moment that frame reaches the screen is approximated by a task queued after it.
 */
const MEASURE = `(() => {
  const matches = (selector, words, shown) => {
    const element = document.querySelector(selector);
    if (!element) return false;
    if (words === null) return true;
    const has = element.textContent === words || element.getAttribute("title") === words;
    return has === shown;
  };
  window.measureNext = (selector, words, shown) => new Promise((resolve) => {
    let start;
    const onKey = (event) => {
      start = event.timeStamp;
      window.removeEventListener("keydown", onKey, true);
    };
    window.addEventListener("keydown", onKey, true);
    const check = () => {
      if (start !== undefined && matches(selector, words, shown)) {
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  });
})();`;

type Action = "open" | "commit" | "add" | "undo";

async function timed(
  page: Page,
  key: string,
  selector: string,
  words: string | null = null,
  shown = true,
): Promise<number> {
  const measured = page.evaluate(
    ([wanted, text, show]) =>
      (
        window as unknown as { measureNext(s: string, w: string | null, b: boolean): Promise<number> }
      ).measureNext(wanted, text, show),
    [selector, words, shown] as const,
  );
  // Give the page a frame to start watching before the key goes down.
  await page.evaluate(() => new Promise(requestAnimationFrame));
  await page.keyboard.press(key);
  return measured;
}

async function selectedNodeId(page: Page): Promise<string> {
  const id = await page.locator(".react-flow__node:has(.argument-node.is-selected)").getAttribute("data-id");
  if (!id) throw new Error("no node is selected");
  return id;
}

async function measure(page: Page, base: string, nodes: number): Promise<Record<Action, number[]>> {
  const times: Record<Action, number[]> = { open: [], commit: [], add: [], undo: [] };
  await page.goto(`${base}?generate=${nodes}`);
  await page.locator(".react-flow__node").first().waitFor({ state: "visible" });
  await page.evaluate(MEASURE);
  await page.locator(".react-flow__node").first().click();
  await page.locator(".map-canvas .react-flow").focus();
  for (let run = 0; run < RUNS; run++) {
    const id = await selectedNodeId(page);
    const node = `.react-flow__node[data-id="${id}"]`;
    times.open.push(await timed(page, "Enter", `${node} textarea.inline-text-editor`));
    const words = `Edited words, run ${run}`;
    await page.keyboard.type(words);
    times.commit.push(await timed(page, "Control+Enter", `${node} .argument-node-title`, words));
    await page.waitForTimeout(100);
    times.undo.push(await timed(page, "Control+z", `${node} .argument-node-title`, words, false));
    await page.waitForTimeout(100);
    times.add.push(await timed(page, "s", "textarea.inline-text-editor"));
    // Keep the new claim's placeholder words; the next round edits it.
    await page.keyboard.press("Escape");
    await page.waitForTimeout(150);
  }
  return times;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number;
}

await withServedApp(async (browser, base) => {
  console.log(
    `\nHeadless Chromium, ${VIEWPORT.width}x${VIEWPORT.height}, ${RUNS} runs; key press to screen, ms.\n`,
  );
  console.log("| nodes | action | median ms | p95 ms |");
  console.log("|-------|--------|-----------|--------|");
  for (const nodes of sizes) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const times = await measure(page, base, nodes);
    for (const action of ["open", "commit", "add", "undo"] as const) {
      const list = times[action];
      console.log(
        `| ${nodes} | ${action} | ${percentile(list, 0.5).toFixed(1)} | ${percentile(list, 0.95).toFixed(1)} |`,
      );
    }
    await context.close();
  }
});
