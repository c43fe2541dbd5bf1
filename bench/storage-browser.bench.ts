/**
 * The storage benchmark in Chromium, with the browser's real localStorage: the main-thread time of one
 * autosave write of a 1,000-node map, and the largest map the browser's quota takes, with and without
 * compression. The modules run as the app runs them (served by Vite), on a blank page of the same origin;
 * the in-page half is bench/storage-browser-page.ts.
 * Run with `npx tsx bench/storage-browser.bench.ts`.
 */
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { createServer } from "vite";
import type { ArgumentMap } from "../src/model/schema";
import { findChromium } from "../tests/e2e/chromium-path";
import { vocabularyOf } from "./storage-maps";

const essay = JSON.parse(readFileSync("fixtures/icc-essay.argmap.json", "utf8")) as ArgumentMap;
const vocabulary = vocabularyOf(essay.map.sourceText ?? "");

const server = await createServer({ logLevel: "warn", server: { port: 0, host: "127.0.0.1" } });
await server.listen();
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error("the Vite server did not report its address");
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});

try {
  const page = await browser.newPage();
  await page.route("**/storage-bench.html", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>storage bench</title>" }),
  );
  await page.goto(new URL("storage-bench.html", base).href);
  // The page imports the bench module through Vite; a string keeps Node's transpiler out of it.
  const report = (await page.evaluate(
    `import("/bench/storage-browser-page.ts").then((bench) => bench.runStorageBench(${JSON.stringify(vocabulary)}))`,
  )) as string[];
  console.log(`Chromium ${browser.version()}`);
  for (const line of report) console.log(line);
} finally {
  await browser.close();
  await server.close();
}
