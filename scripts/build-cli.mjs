#!/usr/bin/env node
// Builds the `warrant` command to one plain JavaScript file, so that running it needs neither a TypeScript
// loader nor any package: `bin/warrant.js` loads dist-cli/warrant.mjs. npm runs this whenever an install
// changes node_modules (the `dependencies` script, so a fresh clone's first `npm install` builds it) and
// before packing; `npm start`, `npm run build` and the unit tests' global set-up run it too, so the
// command matches the source. Not `prepare`: npm would list a packed package's `prepare` among the
// unapproved install scripts of whoever installs the tarball, though it never runs it there.
import { mkdirSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const CLI_BUNDLE = fileURLToPath(new URL("../dist-cli/warrant.mjs", import.meta.url));

export async function buildCli() {
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  // Written beside the bundle and renamed over it, so a command started meanwhile never loads half a file.
  const partial = `${CLI_BUNDLE}.${process.pid}.partial`;
  await build({
    entryPoints: [fileURLToPath(new URL("../src/cli/entry.ts", import.meta.url))],
    outfile: partial,
    // One file: esbuild's code splitting would hand the CommonJS modules that the source loads with
    // import() (the Argdown parser) over as a bare default export, without their named exports.
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // @argdown/core requires "punycode", which Node resolves to its own deprecated module and an ES module
    // bundle cannot require at all: bundle the package of that name that @argdown/core depends on.
    alias: { punycode: "punycode/" },
    // Smaller to parse at every start; messages stay readable, and the CLI never prints a stack trace.
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  });
  renameSync(partial, CLI_BUNDLE);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
