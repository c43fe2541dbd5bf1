#!/usr/bin/env node
// The `warrant` executable: loads the CLI built to plain JavaScript (scripts/build-cli.mjs). Every way it
// can fail, the loading included, ends in one line on standard error, never a stack trace.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundleUrl = new URL("../dist-cli/warrant.mjs", import.meta.url);
const bundle = fileURLToPath(bundleUrl);

function fail(message) {
  process.stderr.write(`warrant: ${message}\n`);
  process.exit(3);
}

const reasonOf = (error) => (error instanceof Error ? error.message.split("\n")[0] : String(error));
process.on("uncaughtException", (error) => fail(`unexpected failure: ${reasonOf(error)}`));
process.on("unhandledRejection", (error) => fail(`unexpected failure: ${reasonOf(error)}`));

if (!existsSync(bundle)) {
  fail(`the command is not built (no ${bundle}); run npm run build:cli in the project`);
}
try {
  await import(bundleUrl.href);
} catch (error) {
  // The bundle's own failures are caught inside it; what reaches here is a file that does not load.
  const broken = error instanceof SyntaxError || error?.code === "ERR_MODULE_NOT_FOUND";
  fail(
    broken
      ? `the built command cannot be loaded (${reasonOf(error)}); rebuild it with npm run build:cli`
      : `unexpected failure: ${reasonOf(error)}`,
  );
}
