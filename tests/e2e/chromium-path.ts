/** The Chromium that the browser tests and benchmarks drive, found by the same lookup `npm test` uses. */
import {
  findChromium as lookUpChromium,
  planBrowserSetup,
  thisMachine,
} from "../../scripts/setup/browser.mjs";

export function findChromium(): string {
  const found = lookUpChromium();
  if (found.path) return found.path;
  const plan = planBrowserSetup(thisMachine());
  throw new Error(
    plan.action === "stop"
      ? plan.message
      : "Chromium is not installed yet: npm test installs it, then runs the browser tests.",
  );
}

/** How the browser tests and benchmarks start it: headless, and quiet on the network (no updates, no sync). */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
