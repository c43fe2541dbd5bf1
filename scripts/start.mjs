#!/usr/bin/env node
// `npm start`: install what is missing, build the app, and serve it on localhost.
// Plain JavaScript so that it runs before any dependency (tsx included) is installed.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// npm records what it installed in node_modules/.package-lock.json; reinstall when it is
// missing or older than the project's lock file.
const installed = "node_modules/.package-lock.json";
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync("package-lock.json").mtimeMs;
if (stale) {
  console.log("Installing dependencies…");
  run(npm, ["install", "--no-audit", "--no-fund"]);
}

console.log("Building the app…");
run(npx, ["vite", "build", "--logLevel", "warn"]);

const port = process.env.PORT ?? "5173";
console.log(`Serving Warrant at http://localhost:${port}/ (Ctrl+C to stop)`);
run(npx, ["vite", "preview", "--port", port, "--strictPort"]);
