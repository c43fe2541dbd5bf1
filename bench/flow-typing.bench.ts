/**
 * Typing into the flow sheet of a big round, in headless Chromium: a policy round of N points (1,000 by
 * default; sizes as arguments) spread over its eight speeches, each point answering one of the speech
 * before, is imported, the Flow view opened, a cell opened for typing, and words typed one key at a time.
 * For each key the page records the time from the key's event to the next frame (a requestAnimationFrame
 * callback, then a task after it: the frame the typed letter is painted in). The target is one frame
 * (16.7 ms at 60 Hz) for the median and the slowest key. The same words typed into a bare textarea on an
 * empty page are the floor the machine allows (on a shared machine, a slow key there is another program's
 * doing, not the sheet's). Run with `npx tsx bench/flow-typing.bench.ts`.
 */

import type { Page } from "playwright-core";
import { flowSpeeches, formatOfMap } from "../src/model/debate-formats";
import type { ArgEdge, ArgNode, ArgumentMap } from "../src/model/schema";
import { withServedApp } from "./served-app";

const SIZES = process.argv.slice(2).map(Number).filter(Number.isInteger);
const sizes = SIZES.length > 0 ? SIZES : [1000];
const WORDS = "Their evidence is from before the plan";

/** A policy round of `count` points: the thesis, then each speech's points answering the one before. */
function policyRound(count: number): ArgumentMap {
  const speeches = flowSpeeches(formatOfMap({ debate: { format: "policy" } }));
  const nodes: ArgNode[] = [{ id: "t", kind: "thesis", text: "Adopt the plan", speech: "1AC" }];
  const edges: ArgEdge[] = [];
  const bySpeech: string[][] = speeches.map(() => []);
  (bySpeech[0] as string[]).push("t");
  for (let i = 1; i < count; i++) {
    const s = i % speeches.length;
    const speech = speeches[s] as (typeof speeches)[number];
    const id = `p${i}`;
    const before = bySpeech
      .slice(0, s)
      .map((ids, at) => ({ ids, side: speeches[at]?.side }))
      .filter((entry) => entry.side !== speech.side && entry.ids.length > 0)
      .at(-1);
    const kind = speech.side === "for" ? (before ? "rebuttal" : "claim") : "critique";
    nodes.push({ id, kind, text: `Point ${i} of the ${speech.id}`, speech: speech.id });
    const target = before ? (before.ids[i % before.ids.length] as string) : "t";
    edges.push({ id: `e${i}`, from: id, to: target, relation: before ? "attack" : "support" });
    (bySpeech[s] as string[]).push(id);
  }
  return {
    format: "argument-map",
    version: 3,
    map: { id: "bench-round", title: "Bench round", debate: { format: "policy" } },
    nodes,
    edges,
  };
}

const WATCH = `(() => {
  window.keyFrames = [];
  window.addEventListener("keydown", (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.keyFrames.push(performance.now() - start)));
  }, true);
})();`;

/** The keys' times, sorted, once `WORDS` are typed into the focused box of `page`. */
async function typeTimes(page: Page): Promise<number[]> {
  await page.evaluate(WATCH);
  await page.keyboard.type(WORDS, { delay: 60 });
  await page.waitForFunction(`window.keyFrames.length >= ${WORDS.length}`);
  return ((await page.evaluate("window.keyFrames")) as number[]).sort((a, b) => a - b);
}

function row(what: string | number, times: number[]): string {
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return `| ${what} | ${times.length} | ${median.toFixed(1)} | ${(times.at(-1) ?? 0).toFixed(1)} |`;
}

await withServedApp(async (browser, base) => {
  console.log("\n| points | keys | median ms | slowest ms |\n|--------|------|-----------|------------|");
  for (const count of sizes) {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(base);
    await page.locator(".react-flow__node").first().waitFor({ state: "visible" });
    await page.locator(".keep-header-controls input[type=file]").setInputFiles({
      name: "round.argmap.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(policyRound(count))),
    });
    await page.getByRole("heading", { level: 1, name: "Bench round" }).waitFor({ timeout: 120_000 });
    await page.getByRole("button", { name: "Flow", exact: true }).click();
    const cell = page.locator('td[data-node-id="p2"]');
    await cell.waitFor({ timeout: 120_000 });
    await cell.focus();
    await page.keyboard.press("Tab");
    await page.locator("textarea.flow-cell-input").waitFor();
    console.log(row(count, await typeTimes(page)));
    await page.context().close();
  }
  const bare = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await bare.setContent("<textarea></textarea>");
  await bare.locator("textarea").focus();
  console.log(row("bare textarea", await typeTimes(bare)));
  await bare.context().close();
});
