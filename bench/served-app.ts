/**
 * The app built and served for a browser benchmark, with headless Chromium started on it: `run` gets the
 * browser and the address, and everything is stopped and removed after it, whatever it throws.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { build, preview } from "vite";
import { CHROMIUM_FLAGS, findChromium } from "../tests/e2e/chromium-path";

/** `inputs`: pages to build besides the app's own (a bare page to compare with, say), by name. */
export async function withServedApp(
  run: (browser: Browser, base: string) => Promise<void>,
  inputs?: Record<string, string>,
): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), "warrant-bench-"));
  try {
    await build({
      logLevel: "warn",
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        ...(inputs ? { rolldownOptions: { input: inputs } } : {}),
      },
    });
    const server = await preview({
      logLevel: "warn",
      build: { outDir },
      preview: { port: 0, host: "127.0.0.1" },
    });
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error("the preview server did not report its address");
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_FLAGS,
      headless: true,
    });
    try {
      await run(browser, base);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
