// Installing the project's dependencies when they are missing or stale: `npm start` and `npm test` both
// begin here, so a fresh clone needs no other command.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { NPM, ROOT, run } from "./run.mjs";

/**
 * npm records what it installed in node_modules/.package-lock.json; the dependencies are stale when that
 * record is missing or older than the project's lock file.
 */
export function dependenciesAreStale(root = ROOT) {
  const installed = join(root, "node_modules", ".package-lock.json");
  if (!existsSync(installed)) return true;
  return statSync(installed).mtimeMs < statSync(join(root, "package-lock.json")).mtimeMs;
}

export function ensureDependencies() {
  if (!dependenciesAreStale()) return;
  console.log("Installing dependencies…");
  // npm install, not npm ci: ci refuses a lock file that lacks anything package.json asks for (as this
  // one did while the registry here did not serve a Windows-only optional package of vite's), where
  // install completes the lock and skips an optional package it cannot get.
  run(NPM, ["install", "--no-audit", "--no-fund"]);
}
