/**
 * Drawing and panning the explore canvas against a bare React Flow page with the same number of default
 * nodes, in headless Chromium: `?generate=200`, `1000` and `3000`.
 * - Draw: from navigation until the nodes the page shows are all in it and shown, and painted. The bare
 *   page fits and draws every node; the app opens at its start view (the thesis, readable) and, above 500
 *   nodes, draws only the nodes in view. So the app is also timed from pressing Fit View until every node
 *   of the map is drawn ("whole map").
 * - Pan: the canvas is dragged back and forth for two seconds while the page records the gaps between
 *   animation frames: mean frames per second and the 95th percentile gap. The app is panned at its start
 *   view and at the whole map.
 * Target: drawing takes at most about 1.5 times the bare page.
 * Run with `npx tsx bench/explore.bench.ts` (sizes as arguments to change them; BENCH_RUNS=1 to hurry).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { build, preview } from "vite";
import { findChromium } from "../tests/e2e/chromium-path";

const SIZES = process.argv.slice(2).map(Number).filter(Number.isInteger);
const sizes = SIZES.length > 0 ? SIZES : [200, 1000, 3000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const VIEWPORT = { width: 1280, height: 800 };
// As in tests/e2e/browser.ts.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface PanFigures {
  fps: number;
  p95: number;
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
      const count = document.querySelectorAll(".react-flow__node").length;
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

async function drawnAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { drawnAt?: number }).drawnAt,
    undefined,
    {
      timeout: 120_000,
    },
  );
  return (await handle.jsonValue()) as number;
}

async function timeToDraw(page: Page, url: string): Promise<number> {
  await page.addInitScript({ content: WATCH_DRAWING });
  await page.goto(url);
  return drawnAt(page);
}

/** From pressing Fit View until every node of the map is drawn (the app draws only what is in view). */
async function timeToDrawWhole(page: Page): Promise<number> {
  const pressedAt = await page.evaluate("performance.now()");
  await page.evaluate("window.watchDrawing()");
  await page.getByRole("button", { name: "Fit View" }).click();
  return (await drawnAt(page)) - (pressedAt as number);
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
  if (!point) throw new Error("found no empty spot on the canvas to drag");
  return point;
}

async function panFigures(page: Page): Promise<PanFigures> {
  const start = await emptyPanePoint(page);
  await page.evaluate(RECORD_FRAMES);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // About two seconds of dragging, back and forth, a move every frame or so.
  for (let i = 1; i <= 120; i++) {
    const offset = 240 * Math.sin((i / 120) * Math.PI * 2);
    await page.mouse.move(start.x + offset, start.y + offset / 3);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const state = window as unknown as { frameTimes: number[]; recording: boolean };
    state.recording = false;
    return state.frameTimes;
  });
  const gaps = frames.slice(1).map((time, i) => time - (frames[i] as number));
  const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
  return { fps: 1000 / mean, p95: percentile(gaps, 0.95) };
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number;
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

interface Row {
  nodes: number;
  page: string;
  drawMs: number;
  ratio: string;
  pan: PanFigures;
  /** The app only: drawing the whole map after Fit View, and panning it. */
  wholeMs?: number;
  panWhole?: PanFigures;
}

async function measure(browser: Browser, base: string, nodes: number): Promise<Row[]> {
  const draws = { app: [] as number[], bare: [] as number[] };
  const pans: Record<string, PanFigures[]> = { app: [], appWhole: [], bare: [] };
  const wholeDraws: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate the two pages so both see the same machine state.
    for (const kind of ["bare", "app"] as const) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      const url = kind === "app" ? `${base}?generate=${nodes}` : `${base}bench/bare-flow.html?n=${nodes}`;
      draws[kind].push(await timeToDraw(page, url));
      await page.waitForTimeout(500);
      pans[kind]?.push(await panFigures(page));
      if (kind === "app") {
        wholeDraws.push(await timeToDrawWhole(page));
        await page.waitForTimeout(500);
        pans.appWhole?.push(await panFigures(page));
      }
      await context.close();
    }
  }
  const bare = median(draws.bare);
  const app = median(draws.app);
  const summary = (list: PanFigures[]) => ({
    fps: median(list.map((pan) => pan.fps)),
    p95: median(list.map((pan) => pan.p95)),
  });
  return [
    { nodes, page: "bare React Flow", drawMs: bare, ratio: "1.00", pan: summary(pans.bare ?? []) },
    {
      nodes,
      page: "Warrant explore",
      drawMs: app,
      ratio: (app / bare).toFixed(2),
      pan: summary(pans.app ?? []),
      wholeMs: median(wholeDraws),
      panWhole: summary(pans.appWhole ?? []),
    },
  ];
}

function printTable(rows: Row[]): void {
  const header = [
    "nodes",
    "page",
    "draw ms",
    "× bare",
    "pan fps",
    "pan p95 ms",
    "whole map: draw ms",
    "pan fps",
    "pan p95 ms",
  ];
  const lines = rows.map((row) => [
    String(row.nodes),
    row.page,
    row.drawMs.toFixed(0),
    row.ratio,
    row.pan.fps.toFixed(1),
    row.pan.p95.toFixed(1),
    row.wholeMs === undefined ? "(same)" : row.wholeMs.toFixed(0),
    row.panWhole ? row.panWhole.fps.toFixed(1) : "",
    row.panWhole ? row.panWhole.p95.toFixed(1) : "",
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...lines.map((line) => (line[i] ?? "").length)),
  );
  const format = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(" | ")} |`;
  console.log(format(header));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const line of lines) console.log(format(line));
}

const outDir = mkdtempSync(join(tmpdir(), "warrant-bench-"));
try {
  await build({
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: { input: { app: resolve("index.html"), bare: resolve("bench/bare-flow.html") } },
    },
  });
  const server = await preview({
    logLevel: "warn",
    build: { outDir },
    preview: { port: 0, strictPort: false, host: "127.0.0.1" },
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error("the preview server did not report its address");
  const browser = await chromium.launch({ executablePath: findChromium(), args: FLAGS, headless: true });
  try {
    const rows: Row[] = [];
    for (const nodes of sizes) {
      console.log(`measuring ${nodes} nodes…`);
      rows.push(...(await measure(browser, base, nodes)));
    }
    console.log(
      `\nHeadless Chromium, ${VIEWPORT.width}x${VIEWPORT.height}, median of ${RUNS} runs (see the top of this file).\n`,
    );
    printTable(rows);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
