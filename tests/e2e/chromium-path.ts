/** Finds the Chromium that the browser tests drive; CI installs Debian's package at /usr/bin/chromium. */
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    "The browser tests need Chromium and none was found " +
      `(looked for ${CANDIDATES.join(", ")}). Install it with "apt-get install -y chromium", ` +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}
