#!/usr/bin/env node
// `npm test`: set up what the tests need, as `npm start` does (and Chromium too), then run every test.
// Plain JavaScript so that it runs on a fresh clone, before any dependency is installed.
import { prepareBrowser } from "./setup/browser.mjs";
import { ensureDependencies } from "./setup/dependencies.mjs";
import { NPM, run } from "./setup/run.mjs";

// Chromium first: without it the run would stop at the browser tests anyway, so say so at once.
const browser = prepareBrowser();
if ("problem" in browser) {
  console.error(browser.problem);
  process.exit(1);
}
ensureDependencies();
run(NPM, ["run", "-s", "check"]);
run(NPM, ["run", "-s", "package-test"]);
run(NPM, ["run", "-s", "e2e"]);
