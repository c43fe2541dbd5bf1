/**
 * Long tasks while editing a big map, in headless Chromium on `?generate=N` (3,000 and 10,000 points by
 * default; sizes as arguments to change them). A PerformanceObserver records every long task (a task
 * over 50 ms, when the page could not answer the reader) while the bench, ROUNDS times (default 5):
 * - add: S adds a supporting claim under the selected point, open for typing;
 * - commit: typed words are kept with Ctrl+Enter;
 * - undo: Ctrl+Z takes the words back, and again the new claim.
 * Each task is counted against the key press before it. The table gives, per action, how many long
 * tasks there were, the longest, the longest after the first round (whose presses also pay for what the
 * page compiles and lays out on first use), and each in the order they came with its round; the target
 * is none: no edit blocks the page for more than 50 ms. A task's length is wall time, which a machine busy
 * with other work stretches; so the table also gives the CPU time of the page's main thread from each key
 * press until the page settled (all its tasks, the longest included; Chromium's ThreadTime metric), for
 * the first round (the most of its presses, for undo) and the median of the later rounds.
 * A task holds all the page does for the key press: the edit, scoring (in the worker from 2,000
 * points, see src/store/scoring/sized-scorer.ts), the explore view, the layout and React's render.
 * Run with `npm run bench:edit-tasks` (BENCH_ROUNDS=3 to hurry).
 */
import type { CDPSession, Page } from "playwright-core";
import { nodeInView } from "./node-in-view";
import { withServedApp } from "./served-app";

const SIZES = process.argv.slice(2).map(Number).filter(Number.isInteger);
const sizes = SIZES.length > 0 ? SIZES : [3000, 10000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const VIEWPORT = { width: 1280, height: 800 };
// Long enough after a key press for any work it started (in the page or in a worker) to be done.
const SETTLE_MS = 1_500;

type Action = "add" | "commit" | "undo";
const ACTIONS: readonly Action[] = ["add", "commit", "undo"];

// Run in the page, as text (tsx wraps named functions in a helper the page lacks): records long tasks
// with their start, and the start of each action, so each task can be put down to the key press before it.
const WATCH = `(() => {
  window.longTasks = [];
  window.actions = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask" });
})();`;

/** The page's main thread's CPU time so far, in ms: unlike a task's length, a busy machine barely changes it. */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const time = metrics.find((metric) => metric.name === "ThreadTime");
  if (!time) throw new Error("Chromium reports no ThreadTime metric");
  return time.value * 1000;
}

/** Presses `key` as `action`, and returns the main thread's CPU time until the page settled. */
async function press(page: Page, cdp: CDPSession, action: Action, key: string): Promise<number> {
  await page.evaluate((name) => {
    (window as unknown as { actions: [number, string][] }).actions.push([performance.now(), name]);
  }, action);
  const before = await threadTime(cdp);
  await page.keyboard.press(key);
  await page.waitForTimeout(SETTLE_MS);
  return (await threadTime(cdp)) - before;
}

/** Per action, each long task's length and the round whose key press it followed (from 1). */
type Tasks = Record<Action, { ms: number; round: number }[]>;

async function measure(page: Page, base: string, nodes: number): Promise<{ tasks: Tasks; cpu: Tasks }> {
  await page.goto(`${base}?generate=${nodes}`);
  await page.locator(".react-flow__node").first().waitFor({ state: "visible", timeout: 120_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  // Opening the map is not an edit: let its work finish before watching.
  await page.waitForTimeout(3 * SETTLE_MS);
  await page.evaluate(WATCH);
  const cpu: Tasks = { add: [], commit: [], undo: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    const timed = async (action: Action, key: string) => {
      cpu[action].push({ ms: await press(page, cdp, action, key), round });
    };
    // A node in view each round: the view follows the new point, which may be far from the last one.
    const spot = await nodeInView(page, VIEWPORT);
    await page.mouse.click(spot.x, spot.y);
    await timed("add", "s");
    // A round whose press added nothing would measure nothing: the new point must be open for typing.
    const typing = await page.evaluate(() => document.activeElement?.tagName === "TEXTAREA");
    if (!typing) throw new Error(`round ${round}: S added no point open for typing`);
    await page.keyboard.type(`Bench words ${round}`);
    await timed("commit", "Control+Enter");
    await timed("undo", "Control+z");
    await timed("undo", "Control+z");
  }
  const { tasks, actions } = (await page.evaluate(
    "({ tasks: window.longTasks, actions: window.actions })",
  )) as {
    tasks: [number, number][];
    actions: [number, Action][];
  };
  const byAction: Tasks = { add: [], commit: [], undo: [] };
  // Four presses a round: add, commit, undo, undo.
  const pressesPerRound = 4;
  for (const [start, duration] of tasks) {
    const earlier = actions.filter(([at]) => at <= start);
    const before = earlier.at(-1);
    const round = Math.floor((earlier.length - 1) / pressesPerRound) + 1;
    if (before) byAction[before[1]].push({ ms: duration, round });
  }
  return { tasks: byAction, cpu };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

await withServedApp(async (browser, base) => {
  console.log(
    `\nHeadless Chromium, ${VIEWPORT.width}x${VIEWPORT.height}, ${ROUNDS} rounds (an undo is two presses a round).\n`,
  );
  console.log(
    "| points | action | long tasks (> 50 ms) | longest ms | longest after round 1 ms | main-thread CPU per press, round 1 / median after ms | each long task: ms (round) |",
  );
  console.log(
    "|--------|--------|----------------------|------------|--------------------------|------------------------------------------------------|----------------------------|",
  );
  for (const nodes of sizes) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const { tasks, cpu } = await measure(page, base, nodes);
    for (const action of ACTIONS) {
      const list = tasks[action];
      const longest = (from: number) =>
        Math.max(0, ...list.filter((task) => task.round >= from).map((task) => task.ms)).toFixed(0);
      const first = Math.max(...cpu[action].filter((press) => press.round === 1).map((press) => press.ms));
      const later = median(cpu[action].filter((press) => press.round > 1).map((press) => press.ms));
      const each = list.map((task) => `${task.ms.toFixed(0)} (${task.round})`).join(", ");
      console.log(
        `| ${nodes} | ${action} | ${list.length} | ${longest(1)} | ${longest(2)} | ${first.toFixed(0)} / ${later.toFixed(0)} | ${each} |`,
      );
    }
    await context.close();
  }
});
