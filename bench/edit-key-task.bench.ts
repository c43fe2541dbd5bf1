/**
 * How long adding a point blocks the page, as main-thread CPU time of the key press's own task, in
 * headless Chromium on `?generate=N` (3,000 and 10,000 points by default; sizes as arguments). Each
 * round selects a node in view, presses S (a supporting claim, open for typing), and reads from a
 * Chromium trace the task that ran the keydown: its CPU time (the trace's thread time, which a machine
 * busy with other work barely changes) and its wall time, and within it the style recalculation and
 * layout the task forced (what focusing the new point's field makes the browser do at once). Then Escape
 * and undo put the map back. The first round pays for what the page compiles on first use and is left
 * out; the table gives the median of the others (ROUNDS, default 6). bench/edit-long-tasks.bench.ts
 * gives the rest of the picture: every task until the page settles, the worker's answers included.
 * Run with `npm run bench:edit-key-task`.
 */
import type { Page } from "playwright-core";
import { nodeInView } from "./node-in-view";
import { withServedApp } from "./served-app";

const SIZES = process.argv.slice(2).map(Number).filter(Number.isInteger);
const sizes = SIZES.length > 0 ? SIZES : [3000, 10000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const VIEWPORT = { width: 1280, height: 800 };

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  args?: { data?: { type?: string } };
}

interface Sample {
  cpu: number;
  wall: number;
  style: number;
  layout: number;
}

/** The task that ran the keydown, with what it forced, from the trace's events. */
function keyTask(events: readonly TraceEvent[]): Sample {
  const key = events.find((event) => event.name === "EventDispatch" && event.args?.data?.type === "keydown");
  if (!key) throw new Error("the trace has no keydown");
  const end = (event: TraceEvent) => event.ts + (event.dur ?? 0);
  const task = events
    .filter(
      (event) =>
        (event.name === "RunTask" || event.name === "ThreadControllerImpl::RunTask") &&
        event.ph === "X" &&
        event.tid === key.tid &&
        event.ts <= key.ts &&
        end(event) >= end(key),
    )
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  if (!task) throw new Error("the trace has no task around the keydown");
  const within = (name: string) =>
    events
      .filter(
        (event) =>
          event.name === name && event.tid === task.tid && event.ts >= task.ts && end(event) <= end(task),
      )
      .reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0), 0) / 1000;
  return {
    cpu: (task.tdur ?? 0) / 1000,
    wall: (task.dur ?? 0) / 1000,
    style: within("UpdateLayoutTree"),
    layout: within("Layout"),
  };
}

async function measure(page: Page, base: string, nodes: number): Promise<Sample[]> {
  await page.goto(`${base}?generate=${nodes}`);
  await page.locator(".react-flow__node").first().waitFor({ state: "visible", timeout: 120_000 });
  // Opening the map is not an edit: let its work (layout, scoring) finish first.
  await page.waitForTimeout(4_500);
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser to trace");
  const samples: Sample[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const spot = await nodeInView(page, VIEWPORT);
    await page.mouse.click(spot.x, spot.y);
    await page.waitForTimeout(700);
    await browser.startTracing(page, { categories: ["devtools.timeline", "toplevel"] });
    await page.keyboard.press("s");
    await page.waitForTimeout(800);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const typing = await page.evaluate(() => document.activeElement?.tagName === "TEXTAREA");
    if (!typing) throw new Error(`round ${round}: S added no point open for typing`);
    if (round > 1) samples.push(keyTask(traceEvents));
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+z");
    await page.waitForTimeout(1_500);
  }
  return samples;
}

function median(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0);
}

await withServedApp(async (browser, base) => {
  const header = [
    `\nHeadless Chromium, ${VIEWPORT.width}x${VIEWPORT.height}, medians of rounds 2 to ${ROUNDS}.\n`,
    "| points | key-press task CPU ms | its wall ms | forced style ms | forced layout ms | CPU each round ms |",
    "|--------|-----------------------|-------------|-----------------|------------------|-------------------|",
  ];
  console.log(header.join("\n"));
  for (const nodes of sizes) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const samples = await measure(await context.newPage(), base, nodes);
    const each = samples.map((sample) => sample.cpu.toFixed(0)).join(", ");
    console.log(
      `| ${nodes} | ${median(samples.map((s) => s.cpu))} | ${median(samples.map((s) => s.wall))} | ${median(samples.map((s) => s.style))} | ${median(samples.map((s) => s.layout))} | ${each} |`,
    );
    await context.close();
  }
});
