/**
 * Builds the app once and serves the build for every browser test, the way a user gets it from
 * `npm start`. Fails at once, with the reason, when no Chromium is installed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type PreviewServer, preview } from "vite";
import type { TestProject } from "vitest/node";
import { findChromium } from "./chromium-path";

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  // A build folder of its own, so two test runs (or a running `npm start`) never share one.
  const outDir = mkdtempSync(join(tmpdir(), "warrant-e2e-"));
  // The one difference from `npm run build`: `?fault=<part>` can break a part of the page on purpose.
  await build({
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
    define: { __WARRANT_TEST_FAULTS__: "true" },
  });
  server = await preview({
    logLevel: "warn",
    build: { outDir },
    preview: { port: 0, strictPort: false, host: "127.0.0.1" },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the preview server did not report its address");
  project.provide("baseUrl", url);
  project.provide("chromiumPath", chromium);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}
