#!/usr/bin/env node
// Node 20 cannot run TypeScript itself: register tsx's loader, then start the CLI from its source.
import { register } from "tsx/esm/api";

register();
try {
  await import("../src/cli/entry.ts");
} catch (error) {
  process.stderr.write(
    `warrant: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 3;
}
