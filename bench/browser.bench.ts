/**
 * The app against a bare React Flow page (bench/bare-flow.tsx: the same generated debate as default nodes
 * in a grid) in one run of headless Chromium, at 200, 1,000, 3,000 and 10,000 nodes (sizes as arguments
 * to change them). Each page is measured at its start view and at the whole map (the app's Fit View
 * button; the bare page's fitView):
 * - draw: from navigation (start view) or from the press of Fit View (whole map) until the nodes the page
 *   shows are all in it, shown, and painted (the bare page has every node in it from the start, so its
 *   whole-map draw is only the frame after the fit; the app, drawing only what is in view, adds nodes);
 * - pan: the canvas is dragged with the mouse back and forth for two seconds while the page records the
 *   gaps between animation frames: their median and 95th percentile;
 * - edit: at the start view, three rounds of adding a node (S), typing, keeping it (Ctrl+Enter) and taking
 *   it back (Ctrl+Z), while a PerformanceObserver counts long tasks (over 50 ms): how many, the longest,
 *   and their total;
 * - heap: the JavaScript heap in use after a garbage collection, with the whole map drawn.
 * Every figure is followed by its ratio to the bare page's. Targets for the app: frame median at most
 * 17 ms and p95 at most 33 ms (60 frames a second), no long task over 50 ms while editing.
 * Run with `npm run bench:browser` (BENCH_RUNS=3 for the median of three runs of each page; BENCH_APP_ONLY=1
 * to leave out the bare page while working on the app).
 */
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { nodeInView } from "./node-in-view";
import { withServedApp } from "./served-app";

const SIZES = process.argv.slice(2).map(Number).filter(Number.isInteger);
const sizes = SIZES.length > 0 ? SIZES : [200, 1000, 3000, 10000];
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const KINDS: readonly Kind[] = process.env.BENCH_APP_ONLY ? ["app"] : ["bare", "app"];
const VIEWPORT = { width: 1280, height: 800 };

type Kind = "bare" | "app";
type View = "start" | "whole";

interface Pan {
  median: number;
  p95: number;
}

interface LongTasks {
  count: number;
  longest: number;
  total: number;
}

interface PageFigures {
  draw: Record<View, number>;
  pan: Record<View, Pan>;
  edit: LongTasks;
  heapMb: number;
}

// Scripts that run in the page are written as text: tsx wraps named functions in a helper the page lacks.

/**
 * Records when the page last changed which nodes it shows: each frame compares the number of nodes in
 * the page and how many still wait to be shown; once that has held for half a second with nodes shown,
 * the drawing is done, at the frame after its last change (when that change had been painted). The same
 * rule fits the bare page, which draws every node, and the app, which for big maps draws only the nodes
 * in view.
 */
const WATCH_DRAWING = `(() => {
  window.watchDrawing = () => {
    window.drawnAt = undefined;
    let signature = "";
    let changedAt = 0;
    let steadyFrames = 0;
    const check = () => {
      // A far-away big map is drawn on one canvas rather than as nodes (src/ui/canvas/far/FarLayer.tsx).
      const count = document.querySelectorAll(".react-flow__node, canvas.far-layer").length;
      const waiting = document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length;
      const now = count + "/" + waiting;
      if (now !== signature) {
        signature = now;
        steadyFrames = 0;
        requestAnimationFrame(() => { changedAt = performance.now(); });
      } else if (count > 0 && waiting === 0 && ++steadyFrames >= 30) {
        window.drawnAt = changedAt;
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
  window.watchDrawing();
})();`;

const RECORD_FRAMES = `(() => {
  window.frameTimes = [];
  window.recording = true;
  const tick = (time) => {
    window.frameTimes.push(time);
    if (window.recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const WATCH_LONG_TASKS = `(() => {
  window.longTasks = [];
  window.longTaskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
  });
  window.longTaskObserver.observe({ type: "longtask" });
})();`;

async function drawnAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { drawnAt?: number }).drawnAt,
    undefined,
    { timeout: 180_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function timeToDraw(page: Page, url: string): Promise<number> {
  await page.addInitScript({ content: WATCH_DRAWING });
  await page.goto(url);
  return drawnAt(page);
}

/** From showing the whole map until every node of it is drawn (the app draws only what is in view). */
async function timeToDrawWhole(page: Page, kind: Kind): Promise<number> {
  const pressedAt = (await page.evaluate("performance.now()")) as number;
  await page.evaluate("window.watchDrawing()");
  if (kind === "app") await page.getByRole("button", { name: "Fit View" }).click();
  else await page.evaluate("window.benchFitView()");
  return (await drawnAt(page)) - pressedAt;
}

/** A point on the empty canvas, where a drag pans rather than moves a node. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(({ width, height }) => {
    for (let y = height - 60; y > 100; y -= 17) {
      for (let x = 30; x < width - 400; x += 23) {
        if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane")) return { x, y };
      }
    }
    return null;
  }, VIEWPORT);
  if (!point) {
    await page.screenshot({ path: "/tmp/no-spot.png" });
    throw new Error(`found no empty spot on the canvas of ${page.url()} to drag`);
  }
  return point;
}

async function panFigures(page: Page): Promise<Pan> {
  const start = await emptyPanePoint(page);
  await page.evaluate(RECORD_FRAMES);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // About two seconds of dragging, back and forth, a move every frame or so.
  const began = Date.now();
  for (let i = 1; Date.now() - began < 2000; i++) {
    const offset = 240 * Math.sin((i / 120) * Math.PI * 2);
    await page.mouse.move(start.x + offset, start.y + offset / 3);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = (await page.evaluate("window.recording = false, window.frameTimes")) as number[];
  const gaps = frames.slice(1).map((time, i) => time - (frames[i] as number));
  return { median: percentile(gaps, 0.5), p95: percentile(gaps, 0.95) };
}

/** Clicks a node fully on screen (the drag has moved the view), which selects it. */
async function selectNodeInView(page: Page): Promise<{ x: number; y: number }> {
  const centre = await nodeInView(page, VIEWPORT);
  await page.mouse.click(centre.x, centre.y);
  return centre;
}

async function editLongTasks(page: Page, kind: Kind): Promise<LongTasks> {
  if (kind === "app") {
    await page.getByRole("button", { name: "Start view" }).click();
    await page.waitForTimeout(500);
  }
  let selected: { x: number; y: number } | null = null;
  const select = async () => {
    if (kind !== "app") return;
    if (selected) await page.mouse.click(selected.x, selected.y);
    else selected = await selectNodeInView(page);
  };
  await select();
  await page.evaluate(WATCH_LONG_TASKS);
  for (let round = 0; round < 3; round++) {
    await page.keyboard.press("s");
    await page.waitForTimeout(300);
    if (kind === "app") {
      await page.keyboard.type(`Bench words ${round}`);
      await page.keyboard.press("Control+Enter");
      await page.waitForTimeout(300);
      // Takes back the words, then the new node; its parent is selected again for the next round.
      await page.keyboard.press("Control+z");
      await page.waitForTimeout(300);
    }
    await page.keyboard.press("Control+z");
    await page.waitForTimeout(300);
    await select();
  }
  await page.waitForTimeout(500);
  const tasks = (await page.evaluate("window.longTaskObserver.disconnect(), window.longTasks")) as number[];
  return {
    count: tasks.length,
    longest: Math.max(0, ...tasks),
    total: tasks.reduce((sum, task) => sum + task, 0),
  };
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  const { usedSize } = await session.send("Runtime.getHeapUsage");
  await session.detach();
  return usedSize / 1e6;
}

async function measurePage(browser: Browser, base: string, kind: Kind, nodes: number): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    const url = kind === "app" ? `${base}?generate=${nodes}` : `${base}bench/bare-flow.html?n=${nodes}`;
    const drawStart = await timeToDraw(page, url);
    await page.waitForTimeout(500);
    const panStart = await panFigures(page);
    const edit = await editLongTasks(page, kind);
    const drawWhole = await timeToDrawWhole(page, kind);
    await page.waitForTimeout(500);
    const panWhole = await panFigures(page);
    return {
      draw: { start: drawStart, whole: drawWhole },
      pan: { start: panStart, whole: panWhole },
      edit,
      heapMb: await heapMb(page),
    };
  } finally {
    await context.close();
  }
}

const NOT_MEASURED: PageFigures = {
  draw: { start: 0, whole: 0 },
  pan: { start: { median: 0, p95: 0 }, whole: { median: 0, p95: 0 } },
  edit: { count: 0, longest: 0, total: 0 },
  heapMb: 0,
};

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number;
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** The median of several runs, figure by figure. */
function medianFigures(runs: readonly PageFigures[]): PageFigures {
  const of = (pick: (run: PageFigures) => number) => median(runs.map(pick));
  const pan = (view: View) => ({
    median: of((run) => run.pan[view].median),
    p95: of((run) => run.pan[view].p95),
  });
  return {
    draw: { start: of((run) => run.draw.start), whole: of((run) => run.draw.whole) },
    pan: { start: pan("start"), whole: pan("whole") },
    edit: {
      count: of((run) => run.edit.count),
      longest: of((run) => run.edit.longest),
      total: of((run) => run.edit.total),
    },
    heapMb: of((run) => run.heapMb),
  };
}

async function measure(browser: Browser, base: string, nodes: number): Promise<Record<Kind, PageFigures>> {
  const runs: Record<Kind, PageFigures[]> = { bare: [], app: [] };
  for (let run = 0; run < RUNS; run++) {
    // Alternate the two pages so both see the same machine state.
    for (const kind of KINDS) runs[kind].push(await measurePage(browser, base, kind, nodes));
  }
  return {
    bare: runs.bare.length > 0 ? medianFigures(runs.bare) : NOT_MEASURED,
    app: medianFigures(runs.app),
  };
}

/** A figure and, for the app, its ratio to the bare page's. */
function cell(value: number, bare: number, kind: Kind, digits = 0): string {
  const shown = value.toFixed(digits);
  if (kind === "bare") return shown;
  return `${shown} (${bare > 0 ? `×${(value / bare).toFixed(2)}` : "–"})`;
}

function printTable(header: string[], lines: string[][]): void {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...lines.map((line) => (line[i] ?? "").length)),
  );
  const format = (cells: string[]) =>
    `| ${cells.map((text, i) => text.padEnd(widths[i] as number)).join(" | ")} |`;
  console.log(format(header));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const line of lines) console.log(format(line));
}

const PAGE_NAMES: Record<Kind, string> = { bare: "bare React Flow", app: "Warrant" };

function report(results: ReadonlyMap<number, Record<Kind, PageFigures>>): void {
  console.log(
    `\nHeadless Chromium, ${VIEWPORT.width}x${VIEWPORT.height}, median of ${RUNS} run(s); (×n) is the ratio to the bare page.\n`,
  );
  const viewLines: string[][] = [];
  const editLines: string[][] = [];
  for (const [nodes, pages] of results) {
    for (const kind of KINDS) {
      const figures = pages[kind];
      const bare = pages.bare;
      for (const view of ["start", "whole"] as const) {
        viewLines.push([
          String(nodes),
          PAGE_NAMES[kind],
          view === "start" ? "start view" : "whole map",
          cell(figures.draw[view], bare.draw[view], kind),
          cell(figures.pan[view].median, bare.pan[view].median, kind, 1),
          cell(figures.pan[view].p95, bare.pan[view].p95, kind, 1),
        ]);
      }
      editLines.push([
        String(nodes),
        PAGE_NAMES[kind],
        cell(figures.edit.count, bare.edit.count, kind),
        cell(figures.edit.longest, bare.edit.longest, kind),
        cell(figures.edit.total, bare.edit.total, kind),
        cell(figures.heapMb, bare.heapMb, kind, 1),
      ]);
    }
  }
  printTable(["nodes", "page", "view", "draw ms", "pan frame median ms", "pan frame p95 ms"], viewLines);
  console.log("");
  printTable(
    ["nodes", "page", "long tasks editing", "longest ms", "total ms", "JS heap MB (whole map)"],
    editLines,
  );
}

await withServedApp(
  async (browser, base) => {
    const results = new Map<number, Record<Kind, PageFigures>>();
    for (const nodes of sizes) {
      console.log(`measuring ${nodes} nodes…`);
      results.set(nodes, await measure(browser, base, nodes));
    }
    report(results);
  },
  { app: resolve("index.html"), bare: resolve("bench/bare-flow.html") },
);
